import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SignedIn } from '../../common/auth/decorators';
import { Clock } from '../../common/clock';
import { requestContext } from '../../common/context/request-context';
import { AppConfig } from '../../config/app-config';
import { renderLearningPlanPdf } from './learning-plan-pdf';
import { LearningPlanService } from './learning-plan.service';

/**
 * GET /api/framework/plan.pdf: the viewer's learning plan as a tagged PDF; with
 * `?person=<id>`, a plan they may see (a team member's, for their line manager). Anyone
 * else's answers NOT_FOUND, as for a person who does not exist.
 */
@Controller('api/framework')
export class LearningPlanController {
  constructor(
    private readonly plans: LearningPlanService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @SignedIn()
  @Get('plan.pdf')
  async download(
    @Query('person') person: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const plan = await this.plans.plan(requestContext(req, res), typeof person === 'string' ? person : null);
    const bytes = await renderLearningPlanPdf(plan, this.config.publicUrl, this.clock.now());
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', 'inline; filename="learning-plan.pdf"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(bytes);
  }
}
