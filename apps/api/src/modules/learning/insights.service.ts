import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ScenarioContent, SectorName } from '@common-ground/shared';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { AuthoringService } from './authoring.service';
import { CatalogueService } from './catalogue.service';
import { LessonRevisionEntity } from './entities/lesson-revision.entity';
import { COLLEAGUE_STATS_MIN_PEOPLE } from './learning.constants';
import { LearningErrors } from './learning.errors';
import { parseScenarioDraft } from './lesson-content';
import type { ChoiceShare, ScenarioChoiceStats, ScenarioReport } from './models/other.model';

/** Whole-number percentages of counts. */
const percent = (n: number, total: number): number => (total ? Math.round((n / total) * 100) : 0);

/**
 * What learners' decisions add up to: anonymous colleague statistics for learners and the
 * per-scene report for editors.
 */
@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly authoring: AuthoringService,
  ) {}

  /**
   * How colleagues chose at one scene: each person's latest choice there, as percentages
   * overall and by sector (a sector with fewer than 5 people is suppressed), never who.
   * Only for someone who has chosen there themselves (FORBIDDEN otherwise), and only once
   * at least 5 different people have (`available: false` with how many more are needed).
   * Throws NOT_FOUND for a lesson the viewer cannot see.
   */
  async choiceStats(ctx: RequestContext, lessonId: string, sceneId: string): Promise<ScenarioChoiceStats> {
    if (!ctx.actor) throw unauthenticated();
    const live = await this.catalogue.getLiveLesson(ctx, lessonId);
    if (live.lesson.kind !== 'SCENARIO') throw LearningErrors.wrongKind('a scenario');
    const own: unknown[] = await this.dataSource.query(
      'select 1 from scenario_decision where lesson_id = $1 and scene_id = $2 and person_id = $3 limit 1',
      [lessonId, sceneId, ctx.actor.id],
    );
    if (!own.length) throw LearningErrors.statsLocked();
    const rows: { choice_id: string; sector: SectorName; n: number }[] = await this.dataSource.query(
      `with latest as (
         select distinct on (person_id) choice_id, sector from scenario_decision
         where lesson_id = $1 and scene_id = $2 order by person_id, created_at desc
       )
       select choice_id, sector, count(*)::int as n from latest group by choice_id, sector`,
      [lessonId, sceneId],
    );
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    const base = { lessonId, sceneId };
    if (total < COLLEAGUE_STATS_MIN_PEOPLE) {
      return { ...base, available: false, peopleNeeded: COLLEAGUE_STATS_MIN_PEOPLE - total, choices: [], bySector: [] };
    }
    const content = live.revision.content as ScenarioContent;
    const scene = content.scenes.find((s) => s.id === sceneId);
    const labels = new Map((scene?.choices ?? []).map((c) => [c.id, c.label]));
    const choiceIds = [...labels.keys(), ...new Set(rows.map((r) => r.choice_id).filter((c) => !labels.has(c)))];
    const shares = (subset: typeof rows): ChoiceShare[] => {
      const n = subset.reduce((sum, r) => sum + r.n, 0);
      return choiceIds.map((choiceId) => ({
        choiceId,
        label: labels.get(choiceId) ?? choiceId,
        percent: percent(
          subset.filter((r) => r.choice_id === choiceId).reduce((s, r) => s + r.n, 0),
          n,
        ),
      }));
    };
    const sectors = [...new Set(rows.map((r) => r.sector))].sort();
    return {
      ...base,
      available: true,
      peopleNeeded: 0,
      choices: shares(rows),
      bySector: sectors.map((sector) => {
        const subset = rows.filter((r) => r.sector === sector);
        const suppressed = subset.reduce((s, r) => s + r.n, 0) < COLLEAGUE_STATS_MIN_PEOPLE;
        return { sector, suppressed, choices: suppressed ? [] : shares(subset) };
      }),
    };
  }

  /**
   * The editor's per-scene report of a scenario: attempts that reached each scene, what
   * was chosen there and how many stopped there without ending. Scenes come from the
   * published revision (the draft when never published). Throws FORBIDDEN, NOT_FOUND.
   */
  async scenarioReport(ctx: RequestContext, lessonId: string): Promise<ScenarioReport> {
    const lesson = await this.authoring.getLesson(ctx, lessonId);
    if (lesson.kind !== 'SCENARIO') throw LearningErrors.wrongKind('a scenario');
    const revision = lesson.publishedRevisionId
      ? await this.dataSource.manager.findOneBy(LessonRevisionEntity, { id: lesson.publishedRevisionId })
      : null;
    const content = (revision?.content as ScenarioContent | undefined) ?? parseScenarioDraft(lesson.draftContent);
    const [reachedRows, choiceRows, stoppedRows, totals] = await Promise.all([
      this.dataSource.query<{ scene_id: string; n: number }[]>(
        `select scene_id, count(distinct attempt_id)::int as n from (
           select scene_id, attempt_id from scenario_decision where lesson_id = $1
           union all
           select state->>'sceneId', id from lesson_attempt where lesson_id = $1 and state ? 'sceneId'
         ) x group by scene_id`,
        [lessonId],
      ),
      this.dataSource.query<{ scene_id: string; choice_id: string; n: number }[]>(
        `select scene_id, choice_id, count(*)::int as n from scenario_decision where lesson_id = $1 group by scene_id, choice_id`,
        [lessonId],
      ),
      this.dataSource.query<{ scene_id: string; n: number }[]>(
        `select state->>'sceneId' as scene_id, count(*)::int as n from lesson_attempt
         where lesson_id = $1 and status <> 'COMPLETED' and coalesce((state->>'ended')::boolean, false) = false
         group by state->>'sceneId'`,
        [lessonId],
      ),
      this.dataSource.query<{ attempts: number; completed: number }[]>(
        `select count(*)::int as attempts, count(*) filter (where status = 'COMPLETED')::int as completed
         from lesson_attempt where lesson_id = $1`,
        [lessonId],
      ),
    ]);
    const reached = new Map(reachedRows.map((r) => [r.scene_id, r.n]));
    const stopped = new Map(stoppedRows.map((r) => [r.scene_id, r.n]));
    return {
      lessonId,
      attempts: totals[0]?.attempts ?? 0,
      completedAttempts: totals[0]?.completed ?? 0,
      scenes: content.scenes.map((scene) => {
        const chosen = choiceRows.filter((r) => r.scene_id === scene.id);
        const ids = [...scene.choices.map((c) => c.id), ...chosen.map((r) => r.choice_id)];
        return {
          sceneId: scene.id,
          title: scene.title,
          isEnding: !!scene.ending && scene.choices.length === 0,
          reached: reached.get(scene.id) ?? 0,
          stoppedHere: stopped.get(scene.id) ?? 0,
          choices: [...new Set(ids)].map((choiceId) => ({
            choiceId,
            label: scene.choices.find((c) => c.id === choiceId)?.label ?? choiceId,
            count: chosen.find((r) => r.choice_id === choiceId)?.n ?? 0,
          })),
        };
      }),
    };
  }
}
