import { type BeforeApplicationShutdown, Inject, Logger, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { InjectDataSource } from '@nestjs/typeorm';
import { createAdapter } from '@socket.io/redis-adapter';
import {
  type JoinAck,
  LIVE_LIMITS,
  LIVE_SOCKET_PATH,
  type LiveAck,
  type LiveErrorCode,
  type LiveServerEvents,
  type NamedPostEvent,
  type RoleName,
  type SectorName,
  type ThreadUnavailableReason,
} from '@common-ground/shared';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RemoteSocket, Server, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../common/auth/actor';
import type { RequestContext } from '../../common/context/request-context';
import { Sessions } from '../../common/session/session.module';
import { type SessionEnding, SessionEndings } from '../identity/session-endings';
import { canSeeCategory } from './discussion.policy';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { DiscussionEvents, type PostChange, type ReactionChange, type ThreadChange } from './live/discussion-events';
import { joinThreadMessage, threadRefMessage } from './live/live-messages';
import { LivePostsReader } from './live/live-posts.reader';
import { LIVE_REDIS, type LiveRedis } from './live/live-redis';
import { RateWindow } from './live/rate-window';
import { londonDateTime } from './moderation/london-date-time';
import { SuspensionsService } from './moderation/suspensions.service';
import { ReactionsService } from './reactions/reactions.service';
import { ThreadsService } from './threads.service';

/** What a socket carries about its person (visible to every instance through fetchSockets). */
interface LiveSocketData {
  personId: string;
  sessionId: string;
  /** Threads joined whose category allows anonymous posts: typing there shows "A colleague". */
  anonymousThreads: string[];
  /** The person's name, read on their first typing indicator. */
  name?: string;
}

type LiveServer = Server<Record<string, never>, LiveServerEvents, Record<string, never>, LiveSocketData>;
type LiveSocket = Socket<Record<string, never>, LiveServerEvents, Record<string, never>, LiveSocketData>;
type AnySocket = LiveSocket | RemoteSocket<LiveServerEvents, LiveSocketData>;
type Reply = (reply: LiveAck | JoinAck) => void;

const threadRoom = (threadId: string) => `thread:${threadId}`;
const refuse = (code: LiveErrorCode, message: string) => ({ ok: false as const, code, message });
/**
 * Presence changes within this long share one count: each count reads the room and tells
 * all of it, so counting once per join would send viewers² messages when a crowd arrives.
 */
const PRESENCE_BATCH_MS = 250;

/**
 * The live discussion over socket.io, on the app's port at /socket.io. The handshake goes
 * through the API's own session middleware, so a socket is its signed-in person or is
 * refused (UNAUTHENTICATED). Every message is rate-limited, validated and authorised
 * before it does anything, and answered through its acknowledgement (one larger than
 * LIVE_LIMITS.messageBytes is refused with PAYLOAD_TOO_LARGE; past LIVE_LIMITS.frameBytes
 * socket.io closes the connection, by design); posts are never
 * written here (GraphQL is the one write path): committed changes are broadcast to the
 * thread's room, serialised once per event. Ending a session closes its sockets.
 */
@WebSocketGateway({ path: LIVE_SOCKET_PATH, serveClient: false, maxHttpBufferSize: LIVE_LIMITS.frameBytes })
export class DiscussionGateway
  implements OnGatewayInit, OnGatewayConnection, BeforeApplicationShutdown, OnApplicationShutdown
{
  @WebSocketServer() private server!: LiveServer;

  private readonly logger = new Logger('DiscussionGateway');
  private readonly messages = new RateWindow(LIVE_LIMITS.messagesPerSecond, 1000);
  private readonly typing = new RateWindow(1, LIVE_LIMITS.typingEveryMs);
  private readonly unsubscribe: (() => void)[] = [];
  /** Set while the app stops: sockets closing then change no presence (Redis is going too). */
  private stopping = false;
  /** Presence counts under way, awaited before Redis closes (the adapter cannot publish after). */
  private readonly counting = new Set<Promise<void>>();
  /** Threads with a presence count waiting to be taken. */
  private readonly presenceDue = new Set<string>();

  constructor(
    private readonly sessions: Sessions,
    private readonly events: DiscussionEvents,
    private readonly endings: SessionEndings,
    private readonly reader: LivePostsReader,
    private readonly threads: ThreadsService,
    private readonly reactions: ReactionsService,
    private readonly suspensions: SuspensionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(LIVE_REDIS) private readonly redis: LiveRedis | null,
  ) {}

  afterInit(server: LiveServer): void {
    if (this.redis) server.adapter(createAdapter(this.redis.pub, this.redis.sub, { requestsTimeout: 2000 }));
    const { middleware, actor } = this.sessions.layer;
    type EngineMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
    const asEngine = (handler: (req: Request, res: Response, next: NextFunction) => void) =>
      handler as unknown as EngineMiddleware;
    server.engine.use(asEngine(middleware));
    server.engine.use(asEngine(actor));
    server.use((socket, next) => {
      const req = socket.request as Request;
      if (!req.actor) {
        next(Object.assign(new Error('Sign in to see live discussion.'), { data: { code: 'UNAUTHENTICATED' } }));
        return;
      }
      socket.data = { personId: req.actor.id, sessionId: req.sessionID, anonymousThreads: [] };
      next();
    });
    this.unsubscribe.push(
      this.events.onPostChanged((change) => void this.broadcast(change)),
      this.events.onThreadChanged((change) => void this.broadcastThread(change)),
      this.events.onReactionChanged((change) => void this.broadcastReaction(change)),
      this.events.onCategoryChanged((categoryId) => void this.narrowForCategory(categoryId)),
      this.endings.subscribe((ending) => this.closeSessions(ending)),
      this.endings.onRolesChanged((personId) => void this.narrowForPerson(personId)),
    );
  }

  handleConnection(socket: LiveSocket): void {
    const { personId, sessionId } = socket.data;
    void socket.join([`user:${personId}`, `session:${sessionId}`]);
    socket.use((packet: unknown[], _next) => {
      const [event, ...args] = packet;
      const last = args[args.length - 1];
      const reply: Reply = typeof last === 'function' ? (last as Reply) : () => undefined;
      this.dispatch(socket, String(event), args[0])
        .then(reply)
        .catch((error: unknown) => {
          this.logger.error(error);
          reply(refuse('INTERNAL', 'Something went wrong. Try again.'));
        });
    });
    socket.on('disconnecting', () => {
      const rooms = [...socket.rooms].filter((room) => room.startsWith('thread:'));
      socket.once('disconnect', () => rooms.forEach((room) => this.publishPresence(room.slice(7))));
    });
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribe.forEach((stop) => stop());
    await Promise.all(this.counting);
    await this.redis?.close();
  }

  /** Runs one message from a client and returns its acknowledgement. */
  private async dispatch(socket: LiveSocket, event: string, payload: unknown): Promise<LiveAck | JoinAck> {
    if (!this.messages.take(socket.data.personId)) {
      return refuse('RATE_LIMITED', `Send at most ${LIVE_LIMITS.messagesPerSecond} messages a second.`);
    }
    if (Buffer.byteLength(JSON.stringify(payload) ?? '') > LIVE_LIMITS.messageBytes) {
      return refuse('PAYLOAD_TOO_LARGE', `A message can be at most ${LIVE_LIMITS.messageBytes} bytes.`);
    }
    switch (event) {
      case 'thread.join':
        return this.join(socket, payload);
      case 'thread.leave':
        return this.leave(socket, payload);
      case 'typing.start':
        return this.startTyping(socket, payload);
      default:
        return refuse('UNKNOWN_EVENT', 'That message is not part of live discussion.');
    }
  }

  /** Joins a thread the person may read and returns what they missed after `lastSeq`. */
  private async join(socket: LiveSocket, payload: unknown): Promise<JoinAck> {
    const message = parse(joinThreadMessage, payload);
    if (!message)
      return refuse('BAD_USER_INPUT', 'Send { threadId, lastSeq? } with a thread id and a number 0 or more.');
    const actor = await this.currentActor(socket.data.personId);
    if (!actor) return refuse('UNAUTHENTICATED', 'Sign in to see live discussion.');
    const visible = await this.threads.find(this.contextOf(socket, actor), message.threadId);
    if (!visible) return refuse('NOT_FOUND', 'That discussion could not be found.');
    const { thread, category } = visible;
    if (message.lastSeq !== undefined && message.lastSeq > thread.seq) {
      return refuse('BAD_USER_INPUT', `This discussion has ${thread.seq} posts so far: lastSeq cannot be after that.`);
    }
    await socket.join(threadRoom(thread.id));
    if (category?.allowsAnonymous && !socket.data.anonymousThreads.includes(thread.id)) {
      socket.data.anonymousThreads.push(thread.id);
    }
    this.publishPresence(thread.id);
    if (message.lastSeq === undefined) return { ok: true, missed: [], lastSeq: thread.seq };
    const posts = await this.reader.after(thread.id, message.lastSeq, LIVE_LIMITS.catchUpMax);
    if (!posts) {
      await socket.leave(threadRoom(thread.id));
      return refuse('CATCH_UP_TOO_LARGE', 'Too much has happened since you were last here. Reload the page.');
    }
    const missed = posts.map(({ type, post }): NamedPostEvent => ({ type, threadId: thread.id, seq: post.seq, post }));
    return { ok: true, missed, lastSeq: Math.max(thread.seq, posts[posts.length - 1]?.post.seq ?? 0) };
  }

  private async leave(socket: LiveSocket, payload: unknown): Promise<LiveAck> {
    const message = parse(threadRefMessage, payload);
    if (!message) return refuse('BAD_USER_INPUT', 'Send { threadId } with a thread id.');
    if (socket.rooms.has(threadRoom(message.threadId))) {
      await socket.leave(threadRoom(message.threadId));
      this.publishPresence(message.threadId);
    }
    return { ok: true };
  }

  /** Tells the others in a joined thread that this person is writing (at most once per interval). */
  private async startTyping(socket: LiveSocket, payload: unknown): Promise<LiveAck> {
    const message = parse(threadRefMessage, payload);
    if (!message) return refuse('BAD_USER_INPUT', 'Send { threadId } with a thread id.');
    const room = threadRoom(message.threadId);
    if (!socket.rooms.has(room)) return refuse('NOT_FOUND', 'Join the discussion before writing in it.');
    const suspendedUntil = await this.suspensions.activeUntil(socket.data.personId);
    if (suspendedUntil) {
      return refuse('FORBIDDEN', `You are suspended from posting until ${londonDateTime(suspendedUntil)}.`);
    }
    if (!this.typing.take(`${socket.data.personId}:${message.threadId}`)) return { ok: true };
    const colleagueName = socket.data.anonymousThreads.includes(message.threadId)
      ? 'A colleague'
      : await this.nameOf(socket);
    socket.to(room).emit('typing', { threadId: message.threadId, colleagueName });
    return { ok: true };
  }

  /** Sends a committed change to everyone viewing its thread, on every instance. */
  private async broadcast(change: PostChange): Promise<void> {
    try {
      const post = await this.reader.one(change.postId);
      if (post)
        this.server
          .to(threadRoom(change.threadId))
          .emit(change.type, { threadId: change.threadId, seq: post.seq, post });
    } catch (error) {
      this.logger.error(error);
    }
  }

  /** Sends a post's reaction counts, read once, to everyone viewing its thread. */
  private async broadcastReaction(change: ReactionChange): Promise<void> {
    try {
      const counts = await this.reactions.counts(change.postId);
      this.server.to(threadRoom(change.threadId)).emit('reaction.changed', {
        threadId: change.threadId,
        postId: change.postId,
        counts,
      });
    } catch (error) {
      this.logger.error(error);
    }
  }

  /** Sends a thread's new state (locked, pinned, moved) to everyone viewing it, on every instance. */
  private async broadcastThread(change: ThreadChange): Promise<void> {
    try {
      const rows: { locked: boolean; pinned: boolean; category_id: string | null }[] = await this.dataSource.query(
        'select locked, pinned, category_id from discussion_thread where id = $1',
        [change.threadId],
      );
      if (!rows[0]) return;
      const { locked, pinned, category_id: categoryId } = rows[0];
      this.server
        .to(threadRoom(change.threadId))
        .emit(change.kind, { threadId: change.threadId, locked, pinned, categoryId });
      if (change.kind === 'thread.moved' && categoryId) {
        await this.narrowToCategory([change.threadId], categoryId, 'MOVED');
      }
    } catch (error) {
      this.logger.error(error);
    }
  }

  /** After a category's audience changes, takes its threads' viewers who may no longer read it out of them. */
  private async narrowForCategory(categoryId: string): Promise<void> {
    try {
      const rows: { id: string }[] = await this.dataSource.query(
        'select id from discussion_thread where category_id = $1',
        [categoryId],
      );
      if (rows.length) {
        await this.narrowToCategory(
          rows.map((r) => r.id),
          categoryId,
          'ACCESS_CHANGED',
        );
      }
    } catch (error) {
      this.logger.error(error);
    }
  }

  /**
   * Takes out of the rooms of `threadIds` (on every instance) everyone who may not read
   * `categoryId`, where those threads now are, telling each why. Two statements whatever
   * the number of viewers: the category, then the viewers with their roles and sectors.
   */
  private async narrowToCategory(
    threadIds: string[],
    categoryId: string,
    reason: ThreadUnavailableReason,
  ): Promise<void> {
    const sockets = await this.server.in(threadIds.map(threadRoom)).fetchSockets();
    if (!sockets.length) return;
    const category = await this.dataSource.manager.findOneBy(ForumCategoryEntity, { id: categoryId });
    const people: { id: string; organisation_id: string; roles: RoleName[]; sector: SectorName }[] =
      await this.dataSource.query(
        `select p.id, p.organisation_id, p.roles, o.sector from person p join organisation o on o.id = p.organisation_id
          where p.id = any($1::uuid[]) and p.deactivated_at is null`,
        [[...new Set(sockets.map((s) => s.data.personId))]],
      );
    const readers = new Set<string>();
    for (const person of people) {
      const actor: Actor = { id: person.id, organisationId: person.organisation_id, roles: person.roles };
      if (category && (await canSeeCategory(actor, category, () => Promise.resolve(person.sector)))) {
        readers.add(person.id);
      }
    }
    this.takeOut(
      sockets.filter((s) => !readers.has(s.data.personId)),
      threadIds,
      reason,
    );
  }

  /**
   * After a person's roles change, takes their sockets (on every instance) out of the
   * threads they may no longer read, telling each why. Joins read the person afresh.
   */
  private async narrowForPerson(personId: string): Promise<void> {
    try {
      const sockets = await this.server.in(`user:${personId}`).fetchSockets();
      const actor = await this.currentActor(personId);
      if (!sockets.length || !actor) return;
      const threadIds = [...new Set(sockets.flatMap((s) => [...s.rooms].filter(isThreadRoom)))].map((r) => r.slice(7));
      const ctx: RequestContext = { actor, req: {} as Request, res: {} as Response, ip: '' };
      const readable = await Promise.all(threadIds.map((id) => this.threads.find(ctx, id)));
      this.takeOut(
        sockets,
        threadIds.filter((_, i) => !readable[i]),
        'ACCESS_CHANGED',
      );
    } catch (error) {
      this.logger.error(error);
    }
  }

  /** Makes `sockets` leave the rooms of `threadIds` they are in, tells them, and recounts presence. */
  private takeOut(sockets: AnySocket[], threadIds: string[], reason: ThreadUnavailableReason): void {
    const closing = new Set(threadIds.map(threadRoom));
    const emptied = new Set<string>();
    for (const socket of sockets) {
      for (const room of [...socket.rooms].filter((r) => closing.has(r))) {
        const threadId = room.slice(7);
        void socket.leave(room);
        socket.emit('thread.unavailable', { threadId, reason });
        emptied.add(threadId);
      }
    }
    emptied.forEach((threadId) => this.publishPresence(threadId));
  }

  /** The person as the discussion's rules see them now (roles may have changed since the handshake), or null once deactivated. */
  private async currentActor(personId: string): Promise<Actor | null> {
    const rows: { id: string; organisation_id: string; roles: RoleName[] }[] = await this.dataSource.query(
      'select id, organisation_id, roles from person where id = $1 and deactivated_at is null',
      [personId],
    );
    return rows[0] ? { id: rows[0].id, organisationId: rows[0].organisation_id, roles: rows[0].roles } : null;
  }

  /**
   * Tells a thread's viewers how many people are there, counted once each across
   * instances, PRESENCE_BATCH_MS after the first change not yet counted.
   */
  private publishPresence(threadId: string): void {
    if (this.stopping || this.presenceDue.has(threadId)) return;
    this.presenceDue.add(threadId);
    const counting = new Promise<void>((resolve) => setTimeout(resolve, PRESENCE_BATCH_MS))
      .then(() => {
        this.presenceDue.delete(threadId);
        return this.stopping ? undefined : this.countPresence(threadId);
      })
      .finally(() => this.counting.delete(counting));
    this.counting.add(counting);
  }

  private async countPresence(threadId: string): Promise<void> {
    try {
      const sockets = await this.server.in(threadRoom(threadId)).fetchSockets();
      const count = new Set(sockets.map((s) => s.data.personId)).size;
      this.server.to(threadRoom(threadId)).emit('presence.changed', { threadId, count });
    } catch (error) {
      this.logger.error(error);
    }
  }

  private closeSessions(ending: SessionEnding): void {
    if ('sessionId' in ending) {
      this.server.in(`session:${ending.sessionId}`).disconnectSockets(true);
    } else if (ending.exceptSessionId) {
      this.server.in(`user:${ending.personId}`).except(`session:${ending.exceptSessionId}`).disconnectSockets(true);
    } else {
      this.server.in(`user:${ending.personId}`).disconnectSockets(true);
    }
  }

  private async nameOf(socket: LiveSocket): Promise<string> {
    if (socket.data.name === undefined) {
      const rows: { name: string }[] = await this.dataSource.query('select name from person where id = $1', [
        socket.data.personId,
      ]);
      socket.data.name = rows[0]?.name ?? 'A colleague';
    }
    return socket.data.name;
  }

  /**
   * The context the discussion services expect, for one message: the person as read for it,
   * and a request object of its own so per-request loaders never outlive the message.
   */
  private contextOf(socket: LiveSocket, actor: Actor): RequestContext {
    const req = Object.create(socket.request) as Request;
    req.actor = actor;
    return { actor, req, res: {} as Response, ip: socket.handshake.address };
  }
}

function isThreadRoom(room: string): boolean {
  return room.startsWith('thread:');
}

function parse<T>(schema: z.ZodType<T>, payload: unknown): T | null {
  const result = schema.safeParse(payload);
  return result.success ? result.data : null;
}
