import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { NotificationErrors } from './notifications.errors';
import { personOfUnsubscribeToken } from './unsubscribe-token';

/** A person's email choices: the daily digest is on until they turn it off (in the profile or by the link). */
@Injectable()
export class NotificationSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Whether the viewer gets the daily digest. */
  async emailDigest(ctx: RequestContext): Promise<boolean> {
    const rows: { email_digest: boolean }[] = await this.dataSource.query(
      'select email_digest from notification_settings where person_id = $1',
      [this.actorId(ctx)],
    );
    return rows[0]?.email_digest ?? true;
  }

  /** Turns the viewer's digest on or off. */
  async setEmailDigest(ctx: RequestContext, on: boolean): Promise<boolean> {
    await this.set(this.actorId(ctx), on);
    return on;
  }

  /**
   * Turns off the digest of the person an emailed unsubscribe link names, without signing
   * in (RFC 8058 one-click). Doing it twice is harmless. Throws BAD_USER_INPUT for a link
   * this app did not make.
   */
  async unsubscribe(token: string): Promise<void> {
    const personId = personOfUnsubscribeToken(this.config.sessionSecret, token);
    if (!personId) throw NotificationErrors.badUnsubscribeLink();
    const exists: unknown[] = await this.dataSource.query('select 1 from person where id = $1', [personId]);
    if (!exists.length) throw NotificationErrors.badUnsubscribeLink();
    await this.set(personId, false);
  }

  private async set(personId: string, on: boolean): Promise<void> {
    await this.dataSource.query(
      `insert into notification_settings (person_id, email_digest) values ($1, $2)
       on conflict (person_id) do update set email_digest = excluded.email_digest`,
      [personId, on],
    );
  }

  private actorId(ctx: RequestContext): string {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor.id;
  }
}
