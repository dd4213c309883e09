import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { requestContext } from '../../common/context/request-context';
import { AppConfig } from '../../config/app-config';
import { ProgrammeService } from './programme.service';
import { calendar } from './rules/ics';

/** How many of the soonest sessions the feed carries. */
const FEED_SIZE = 100;

/**
 * GET /api/feeds/courses.ics: the programme's upcoming sessions as a calendar people can
 * subscribe to. Each session keeps the UID its confirmation used, so a subscribed calendar
 * and a booked entry describe the same event.
 */
@Controller('api/feeds')
export class ProgrammeFeedController {
  constructor(
    private readonly programme: ProgrammeService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get('courses.ics')
  async programmeFeed(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = { ...requestContext(req, res), actor: null };
    const page = await this.programme.programme(ctx, {}, FEED_SIZE, null);
    const events = page.items.map(({ session, course }) => {
      const link = `${this.config.publicUrl}/courses/sessions/${session.id}`;
      return {
        uid: `course-session-${session.id}@common-ground`,
        sequence: session.sequence,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        summary: course.title,
        location: session.venue,
        description: [course.description, link].filter(Boolean).join('\n\n'),
        url: link,
      };
    });
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="courses.ics"');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(calendar('Common Ground course programme', events, this.clock.now()));
  }
}
