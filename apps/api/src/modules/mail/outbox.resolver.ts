import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/decorators';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { OutboxMessage, OutboxMessageConnection, toOutboxMessage } from './models/outbox-message.model';
import { OutboxService } from './outbox.service';

/** Admins read every email the service sent, so nothing is silently dropped. */
@Resolver(() => OutboxMessage)
@Roles('ADMIN')
export class OutboxResolver {
  constructor(private readonly outbox: OutboxService) {}

  @Query(() => OutboxMessageConnection, { description: 'Emails the service has written, newest first. Admins only.' })
  async outboxMessages(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<OutboxMessageConnection> {
    const page = await this.outbox.list(pageSize(first), after);
    return toConnection(page, toOutboxMessage);
  }

  @Query(() => OutboxMessage, { nullable: true, description: 'One email from the outbox. Admins only.' })
  async outboxMessage(@Args('id', { type: () => ID }) id: string): Promise<OutboxMessage> {
    return toOutboxMessage(await this.outbox.get(id));
  }
}
