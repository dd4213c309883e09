import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../../common/auth/decorators';
import { Clock } from '../../../common/clock';
import { requestContext } from '../../../common/context/request-context';
import { AppConfig } from '../../../config/app-config';
import { PeopleService } from '../../identity/people.service';
import { OrganisationsService } from '../../identity/organisations.service';
import { blogFeedXml } from './blog-feed';
import { BlogService } from './blog.service';

/** How many of the newest posts the feed carries. */
const FEED_SIZE = 50;

/**
 * GET /api/feeds/blog.xml: the RSS 2.0 feed of published PUBLIC blog posts, newest first.
 * Always read as a signed-out visitor, whoever asks, so a STAFF post can never reach it (a
 * feed URL is shared and cached).
 */
@Controller('api/feeds')
export class BlogFeedController {
  constructor(
    private readonly blog: BlogService,
    private readonly people: PeopleService,
    private readonly organisations: OrganisationsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get('blog.xml')
  async blogFeed(@Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = { ...requestContext(req, res), actor: null };
    const page = await this.blog.list(ctx, FEED_SIZE, null, { status: 'PUBLISHED' });
    const posts = await Promise.all(
      page.items.map(async (record) => {
        const person = await this.people.find(ctx, record.item.authorId);
        const organisation = person ? await this.organisations.organisationOf(ctx, person) : null;
        return { record, authorName: person?.name ?? null, organisationName: organisation?.name ?? null };
      }),
    );
    res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(blogFeedXml(this.config.publicUrl, posts, this.clock.now()));
  }
}
