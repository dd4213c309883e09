import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { requestContext } from '../../common/context/request-context';
import { badInput } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { COURSE_LIMITS } from '@common-ground/shared';
import { AppConfig } from '../../config/app-config';
import { ProgrammeService } from './programme.service';
import { calendar } from './rules/ics';

/** How many of the soonest sessions the feed carries. */
const FEED_SIZE = 100;

/** A query parameter given once as text, or undefined; repeated or nested ones are refused. */
function single(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw badInput(name, `Give ${name} once, as text.`);
  return value;
}

/**
 * GET /api/feeds/courses.ics[?strand=<id>&locality=<name>]: the programme's upcoming
 * sessions (of courses serving a strand, in a locality) as a calendar people can
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
  async programmeFeed(
    @Req() req: Request,
    @Res() res: Response,
    @Query('strand') strandParam: unknown,
    @Query('locality') localityParam: unknown,
  ): Promise<void> {
    const strandId = single('strand', strandParam);
    if (strandId !== undefined && !isUuid(strandId))
      throw badInput('strand', 'Choose a strand from the programme page.');
    const locality = single('locality', localityParam);
    if (locality !== undefined && locality.length > COURSE_LIMITS.localityMax) {
      throw badInput('locality', `The locality must be ${COURSE_LIMITS.localityMax} characters or fewer`);
    }
    const ctx = { ...requestContext(req, res), actor: null };
    const page = await this.programme.programme(ctx, { strandId, locality }, FEED_SIZE, null);
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
