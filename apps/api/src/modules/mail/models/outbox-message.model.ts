import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';
import type { OutboxMessageEntity, OutboxStatusName } from '../entities/outbox-message.entity';

export enum OutboxStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description: 'Whether an email has been handed to the mail server.',
  valuesMap: {
    QUEUED: { description: 'Recorded; not delivered (no mail server is configured, or not yet sent).' },
    SENT: { description: 'Accepted by the mail server.' },
    FAILED: { description: 'The mail server refused it; see the error.' },
  },
});

@ObjectType({ description: 'An email the service sent or would have sent, kept for audit.' })
export class OutboxMessage {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Recipient address.' })
  to: string;

  @Field({ description: 'Subject line.' })
  subject: string;

  @Field({ description: 'Plain-text body.' })
  text: string;

  @Field(() => OutboxStatus, { description: 'Delivery status.' })
  status: OutboxStatusName;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the mail server accepted it.' })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why delivery failed.' })
  error: string | null;
}

@ObjectType({ description: 'A page of outbox messages, newest first.' })
export class OutboxMessageConnection extends Connection(OutboxMessage, 'OutboxMessage') {}

export const toOutboxMessage = (e: OutboxMessageEntity): OutboxMessage => ({
  id: e.id,
  to: e.to,
  subject: e.subject,
  text: e.text,
  status: e.status,
  createdAt: e.createdAt,
  sentAt: e.sentAt,
  error: e.error,
});
