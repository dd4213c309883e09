import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';

/** The PostgreSQL schema pg-boss keeps its tables in, beside the product's `public` schema. */
export const JOBS_SCHEMA = 'pgboss';

/** How a queue retries and, optionally, when it runs on its own. */
export interface QueuePolicy {
  /** How many times a failed job is tried again before it is marked failed. */
  retryLimit: number;
  /** Seconds before the first retry; doubled on each later retry when `backoff` is set. */
  retryDelaySeconds: number;
  backoff: boolean;
  /** A cron expression (Europe/London) on which the queue gets a job with no data. */
  cron?: string;
}

/** Does one job's work. It must be idempotent: a job can run again after a crash or a retry. */
export type JobHandler<T extends object> = (data: T) => Promise<void>;

/**
 * One job runner for the whole product, safe with many API instances: pg-boss in the
 * product's own PostgreSQL. Jobs are rows that workers take with SKIP LOCKED, so each runs
 * on one instance at a time; schedules fire once per slot across all instances.
 *
 * With background jobs off (BACKGROUND_JOBS=false, and the default under test) this
 * process neither starts pg-boss nor works queues; sending is then a no-op, which is safe
 * because every job's work is also reachable some other way (publishing on read).
 */
@Injectable()
export class JobsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Starts pg-boss (creating or upgrading its schema) before features register their queues. */
  async onModuleInit(): Promise<void> {
    if (!this.config.backgroundJobs) return;
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: JOBS_SCHEMA,
      application_name: 'common-ground-jobs',
      max: 4,
    });
    boss.on('error', (error: Error) => this.logger.error({ msg: 'background job runner error', err: error }));
    await boss.start();
    this.boss = boss;
  }

  /** Stops taking jobs and waits for running ones, before the database pool closes (Jest must not hang). */
  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** True when this process works queues. */
  get running(): boolean {
    return this.boss !== null;
  }

  /**
   * Creates the queue if needed (applying `policy` each time, so code changes take effect),
   * works it in this process, and keeps its cron schedule. A handler that throws is retried
   * as the policy says, then left failed for admins to see. No-op with background jobs off.
   */
  async register<T extends object>(queue: string, policy: QueuePolicy, handler: JobHandler<T>): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    // `short`: at most one queued job per singleton key, so a keyed job is never queued twice.
    const options: PgBoss.Queue = {
      name: queue,
      policy: 'short',
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: policy.backoff,
    };
    await boss.createQueue(queue, options);
    await boss.updateQueue(queue, options);
    await boss.work<T>(queue, { pollingIntervalSeconds: 1 }, async ([job]) => {
      try {
        await handler(job.data);
      } catch (error) {
        this.logger.warn({ msg: 'background job failed', queue, jobId: job.id, err: error });
        throw error;
      }
    });
    if (policy.cron) await boss.schedule(queue, policy.cron, {}, { tz: 'Europe/London' });
    else await boss.unschedule(queue);
  }

  /** Queues a job to run as soon as a worker is free. No-op with background jobs off. */
  async send<T extends object>(queue: string, data: T): Promise<void> {
    await this.boss?.send(queue, data);
  }

  /**
   * Queues a job for `runAt` on the app's clock, replacing any job still queued under the
   * same key, so rescheduling moves the job instead of adding a second one. The delay is
   * measured on the app's clock and handed to pg-boss as seconds (rounded up, so a job never
   * starts early), which keeps it right even when the database's clock differs.
   */
  async sendAt<T extends object>(queue: string, key: string, data: T, runAt: Date): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    await boss
      .getDb()
      .executeSql(`delete from ${JOBS_SCHEMA}.job where name = $1 and singleton_key = $2 and state = 'created'`, [
        queue,
        key,
      ]);
    const seconds = Math.max(0, Math.ceil((runAt.getTime() - this.clock.now().getTime()) / 1000));
    await boss.sendAfter(queue, data, { singletonKey: key }, seconds);
  }
}
