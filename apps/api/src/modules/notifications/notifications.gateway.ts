import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { LIVE_LIMITS, LIVE_SOCKET_PATH, type NotificationServerEvents } from '@common-ground/shared';
import type { Server } from 'socket.io';

/**
 * Tells people about their notifications live, over the discussion's socket server (the same
 * path, so Nest hands this gateway that one server, with its session handshake and its Redis
 * adapter). Every socket joins its person's room `user:<id>` at the handshake, so an event
 * sent there reaches each of that person's tabs on every instance, and nobody else.
 * Clients send nothing here: the discussion gateway refuses any message it does not know.
 */
@WebSocketGateway({ path: LIVE_SOCKET_PATH, serveClient: false, maxHttpBufferSize: LIVE_LIMITS.frameBytes })
export class NotificationsGateway {
  @WebSocketServer() private server?: Server<Record<string, never>, NotificationServerEvents>;

  /** Tells a person a notification was created and how many they have unread. */
  created(personId: string, id: string, unreadCount: number): void {
    this.server?.to(`user:${personId}`).emit('notification.created', { id, unreadCount });
  }

  /** Tells a person's other tabs how many they have unread after reading some. */
  read(personId: string, unreadCount: number): void {
    this.server?.to(`user:${personId}`).emit('notification.read', { unreadCount });
  }
}
