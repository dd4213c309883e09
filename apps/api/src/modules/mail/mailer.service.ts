import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { OutboxMessageEntity } from './entities/outbox-message.entity';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe on a digest (kept in the outbox with the message). */
  headers?: Record<string, string>;
  /** Small text attachments, e.g. a calendar entry (.ics); kept in the outbox with the message. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * Sends email. Every message is written to the outbox first, so nothing is silently
 * dropped: with SMTP configured it is then delivered and marked SENT (or FAILED with the
 * reason); with no SMTP it stays QUEUED in the outbox, where admins can read it.
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter | null;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectRepository(OutboxMessageEntity) private readonly outbox: Repository<OutboxMessageEntity>,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /** Records and (when SMTP is set) delivers one message; never throws for a delivery failure. */
  async send(message: MailMessage): Promise<OutboxMessageEntity> {
    const row = await this.outbox.save(
      this.outbox.create({
        ...message,
        html: message.html ?? null,
        headers: message.headers ?? null,
        attachments: message.attachments ?? null,
        status: 'QUEUED',
        error: null,
        sentAt: null,
      }),
    );
    if (!this.transport) return row;
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, ...message });
      row.status = 'SENT';
      row.sentAt = new Date();
    } catch (error) {
      row.status = 'FAILED';
      row.error = error instanceof Error ? error.message.slice(0, 500) : 'Unknown delivery error';
      this.logger.warn({ msg: 'email delivery failed', outboxId: row.id, error: row.error });
    }
    return this.outbox.save(row);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
