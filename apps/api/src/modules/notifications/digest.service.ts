import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoleName } from '@common-ground/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { MailerService } from '../mail/mailer.service';
import { NotificationAudience } from './notification-audience';
import { DIGEST_CRON, DIGEST_QUEUE, NOTIFICATION_LIMITS, type NotificationKindName } from './notifications.constants';
import { UNSUBSCRIBE_PAGE } from './unsubscribe.controller';
import { unsubscribeToken } from './unsubscribe-token';

interface Candidate {
  id: string;
  email: string;
  name: string;
  organisation_id: string;
  roles: RoleName[];
  last_digest_at: Date | null;
}

interface DigestItem {
  kind: NotificationKindName;
  thread_id: string | null;
  post_seq: number | null;
  title: string | null;
  actor_name: string | null;
  reaction: string | null;
  total: number;
}

/** The same day in London (the product's time zone), as SQL comparing two timestamps. */
const LONDON_DAY = (column: string) => `(${column} at time zone 'Europe/London')::date`;

/**
 * The daily email digest: once a day, each person with unread notifications since their last
 * digest who has not turned it off gets one email listing them, with a one-click unsubscribe
 * link (RFC 8058 headers). What it lists is checked again at sending: only threads the person
 * may still read (roles, forums and lessons as they are now) and posts still shown, so a
 * moderator's decision or an access change made since is respected. A person is claimed for the day before their email is written, so
 * running twice (a retry, two instances, a second run the same day) sends nothing twice.
 * pg-boss runs it on a schedule; `run` is also what tests and admins' tools call.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly mailer: MailerService,
    private readonly jobs: JobsService,
    private readonly audience: NotificationAudience,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register(
      DIGEST_QUEUE,
      { retryLimit: 3, retryDelaySeconds: 300, backoff: true, cron: DIGEST_CRON },
      async () => {
        await this.run();
      },
    );
  }

  /** Sends today's digests; returns how many emails were sent. */
  async run(): Promise<number> {
    const now = this.clock.now();
    let sent = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch: Candidate[] = await this.dataSource.query(
        `select p.id, p.email, p.name, p.organisation_id, p.roles, s.last_digest_at
           from person p left join notification_settings s on s.person_id = p.id
          where p.id > $3 and p.deactivated_at is null and coalesce(s.email_digest, true)
            and (s.last_digest_at is null or ${LONDON_DAY('s.last_digest_at')} < ${LONDON_DAY('$1::timestamptz')})
            and exists (select 1 from notification n where n.recipient_id = p.id and n.read_at is null
                          and n.created_at > coalesce(s.last_digest_at, '-infinity') and n.created_at <= $1)
          order by p.id limit $2`,
        [now, NOTIFICATION_LIMITS.digestBatch, after],
      );
      for (const person of batch) if (await this.sendOne(person, now)) sent += 1;
      if (batch.length < NOTIFICATION_LIMITS.digestBatch) return sent;
      after = batch[batch.length - 1].id;
    }
  }

  /** Claims the person for today (only one run can) and sends their digest. */
  private async sendOne(person: Candidate, now: Date): Promise<boolean> {
    const claimed: unknown[] = await this.dataSource.query(
      `insert into notification_settings (person_id, last_digest_at) values ($1, $2)
       on conflict (person_id) do update set last_digest_at = excluded.last_digest_at
        where notification_settings.email_digest
          and (notification_settings.last_digest_at is null
               or ${LONDON_DAY('notification_settings.last_digest_at')} < ${LONDON_DAY('excluded.last_digest_at')})
       returning person_id`,
      [person.id, now],
    );
    if (!claimed.length) return false;
    const since = person.last_digest_at ?? new Date(0);
    const threads: { thread_id: string }[] = await this.dataSource.query(
      `select distinct thread_id from notification
        where recipient_id = $1 and read_at is null and created_at > $2 and created_at <= $3 and thread_id is not null`,
      [person.id, since, now],
    );
    const visible = await this.audience.visibleTo(
      { id: person.id, organisationId: person.organisation_id, roles: person.roles },
      threads.map((row) => row.thread_id),
    );
    // Only threads the person may still read, and posts still shown (a decision about the
    // person's own post is told even once it is hidden: that is what it is about).
    const items: DigestItem[] = await this.dataSource.query(
      `select n.kind, n.thread_id, n.post_seq, t.title, case when n.actor_anonymous then null else a.name end as actor_name,
              n.reaction, count(*) over ()::int as total
         from notification n
         left join discussion_thread t on t.id = n.thread_id
         left join person a on a.id = n.actor_id
        where n.recipient_id = $1 and n.read_at is null and n.created_at > $2 and n.created_at <= $3
          and (n.thread_id is null or n.thread_id = any($5::uuid[]))
          and (n.kind = 'MODERATION' or n.post_id is null or exists (
                select 1 from post p where p.id = n.post_id and p.deleted_at is null and p.moderation_state = 'VISIBLE'))
        order by n.created_at desc, n.id desc limit $4`,
      [person.id, since, now, NOTIFICATION_LIMITS.digestItemsMax, [...visible.keys()]],
    );
    if (!items.length) return false;
    const base = this.config.publicUrl;
    const token = encodeURIComponent(unsubscribeToken(this.config.sessionSecret, person.id));
    const total = items[0].total;
    const lines = items.map((item) => {
      const lesson = item.thread_id ? visible.get(item.thread_id)?.lesson : null;
      const seq = `?seq=${item.post_seq ?? 1}`;
      const link = lesson
        ? ` ${base}/learn/${lesson.module.slug}/lessons/${lesson.lesson.id}${seq}#discussion-heading`
        : item.thread_id
          ? ` ${base}/discuss/threads/${item.thread_id}${seq}`
          : '';
      return `- ${describe(item)}${link}`;
    });
    const more = total > items.length ? [`…and ${total - items.length} more.`] : [];
    const text = [
      `Hello ${person.name},`,
      '',
      `You have ${total === 1 ? '1 unread notification' : `${total} unread notifications`} on Common Ground:`,
      '',
      ...lines,
      ...more,
      '',
      `See them all: ${base}/notifications`,
      '',
      `You get this email once a day when something new happens. To stop it, go to ${base}${UNSUBSCRIBE_PAGE}?token=${token} or change your emails in your profile: ${base}/profile`,
    ].join('\n');
    await this.mailer.send({
      to: person.email,
      subject: total === 1 ? 'You have 1 unread notification' : `You have ${total} unread notifications`,
      text,
      headers: {
        'List-Unsubscribe': `<${base}/api/notifications/unsubscribe?token=${token}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    return true;
  }
}

/** One line of the digest in plain English. */
function describe(item: DigestItem): string {
  const who = item.actor_name ?? 'A colleague';
  const where = item.title ? `“${item.title}”` : 'a discussion';
  switch (item.kind) {
    case 'REPLY':
      return `${who} replied in ${where}`;
    case 'MENTION':
      return `${who} mentioned you in ${where}`;
    case 'REACTION':
      return `${who} reacted to your post in ${where}`;
    case 'NEW_THREAD':
      return `${who} started ${where}`;
    case 'MODERATION':
      return `A moderator made a decision about your ${item.post_seq ? 'post' : 'thread'} in ${where}`;
  }
}
