import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OffersService } from './offers.service';
import { RemindersService } from './reminders.service';

/**
 * Registers the booking life cycle's pg-boss schedules one after the other, at module start
 * (after the jobs module has started pg-boss, before any bootstrap hook): pg-boss can
 * deadlock creating queues at the same moment, which Nest's concurrent hooks would do.
 */
@Injectable()
export class BookingJobs implements OnModuleInit {
  constructor(
    private readonly offers: OffersService,
    private readonly reminders: RemindersService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.offers.registerJob();
    await this.reminders.registerJob();
  }
}
