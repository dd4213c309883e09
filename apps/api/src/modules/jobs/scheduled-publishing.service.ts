import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from './jobs.service';

/**
 * The background-job queue that publishes scheduled content of every feature (lessons, library
 * items): one job per scheduled item at its time, and a job every minute for anything overdue
 * (a job lost or run early).
 */
export const PUBLISH_QUEUE = 'publish-scheduled';

/** Publishes whatever of one feature's scheduled content is due; returns how many it published. */
export type DuePublisher = () => Promise<number>;

/**
 * The one scheduled-publishing job, shared by every feature that schedules content, so the
 * product runs a single queue and a single minute's sweep however many kinds of content there
 * are. Features add their publisher when they start; each job runs every publisher, whose work
 * must be idempotent (publish only what is due, once, with SKIP LOCKED).
 */
@Injectable()
export class ScheduledPublishingService implements OnApplicationBootstrap {
  private readonly publishers = new Map<string, DuePublisher>();

  constructor(private readonly jobs: JobsService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register(
      PUBLISH_QUEUE,
      { retryLimit: 5, retryDelaySeconds: 10, backoff: true, cron: '* * * * *' },
      async () => {
        await this.publishAllDue();
      },
    );
  }

  /** Adds a feature's publisher under a name (adding the same name again replaces it). */
  add(name: string, publishDue: DuePublisher): void {
    this.publishers.set(name, publishDue);
  }

  /**
   * Runs every publisher, even when one fails, and then throws the first failure so the job
   * is retried; returns how many items were published in all.
   */
  async publishAllDue(): Promise<number> {
    let total = 0;
    const failures: unknown[] = [];
    for (const publishDue of this.publishers.values()) {
      try {
        total += await publishDue();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length) throw failures[0];
    return total;
  }

  /**
   * Queues the publishing job for `runAt`, replacing the job still queued under the same key
   * (e.g. `lesson:<id>`), so rescheduling moves it. No-op with background jobs off.
   */
  async scheduleAt(key: string, runAt: Date): Promise<void> {
    await this.jobs.sendAt(PUBLISH_QUEUE, key, { key }, runAt);
  }
}
