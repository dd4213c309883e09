import type { DataSource } from 'typeorm';
import { CompetencyEntity } from '../../../modules/framework/entities/competency.entity';
import { ConfidenceRatingEntity } from '../../../modules/framework/entities/confidence-rating.entity';
import { ResourceCompetencyEntity } from '../../../modules/framework/entities/resource-competency.entity';
import { ResourceDoneEntity } from '../../../modules/framework/entities/resource-done.entity';
import { ResourceEntity } from '../../../modules/framework/entities/resource.entity';
import { StrandEntity } from '../../../modules/framework/entities/strand.entity';
import { WorkforceGroupEntity } from '../../../modules/framework/entities/workforce-group.entity';
import { LearningModuleEntity } from '../../../modules/learning/entities/learning-module.entity';
import { PersonEntity } from '../../../modules/identity/entities/person.entity';
import { DEMO_COMPETENCIES, DEMO_GROUPS, DEMO_RATINGS, DEMO_RESOURCES, DEMO_STRANDS } from './demo-framework';

/**
 * Loads the demo framework once (skipped when any strand exists), after the demo people and
 * modules: strands, groups, competencies, resources with their mapping (module resources
 * point at the demo modules by slug; one whose module is missing is left out), and the demo
 * learner's and a colleague's ratings, so a plan is in progress and their manager sees it.
 */
export async function loadDemoFramework(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(StrandEntity).count()) > 0) return;
  await dataSource.transaction(async (tx) => {
    const strands = new Map<string, string>();
    for (const [position, s] of DEMO_STRANDS.entries()) {
      const row = await tx.save(StrandEntity, { name: s.name, description: s.description, position: position + 1 });
      strands.set(s.key, row.id);
    }
    const groups = new Map<string, string>();
    for (const [position, g] of DEMO_GROUPS.entries()) {
      const row = await tx.save(WorkforceGroupEntity, {
        name: g.name,
        description: g.description,
        position: position + 1,
        profileGroup: g.profileGroup,
        openToPublic: g.openToPublic,
      });
      groups.set(g.key, row.id);
    }
    const competencies = new Map<string, string>();
    const positions = new Map<string, number>();
    for (const c of DEMO_COMPETENCIES) {
      const cell = `${c.strand}/${c.group}`;
      const position = (positions.get(cell) ?? 0) + 1;
      positions.set(cell, position);
      const row = await tx.save(CompetencyEntity, {
        strandId: strands.get(c.strand) as string,
        workforceGroupId: groups.get(c.group) as string,
        kind: c.kind,
        statement: c.statement,
        position,
      });
      competencies.set(c.key, row.id);
    }
    const modules = new Map((await tx.find(LearningModuleEntity)).map((m) => [m.slug, m.id]));
    const resources = new Map<string, string>();
    for (const r of DEMO_RESOURCES) {
      const moduleId = r.moduleSlug ? modules.get(r.moduleSlug) : null;
      if (r.moduleSlug && !moduleId) continue;
      const row = await tx.save(ResourceEntity, {
        kind: r.kind,
        title: r.title,
        description: r.description,
        url: r.url ?? null,
        moduleId: moduleId ?? null,
      });
      resources.set(r.key, row.id);
      await tx.insert(
        ResourceCompetencyEntity,
        r.serves.map((key) => ({ resourceId: row.id, competencyId: competencies.get(key) as string })),
      );
    }
    for (const person of DEMO_RATINGS) {
      const found = await tx.findOneBy(PersonEntity, { email: person.email });
      if (!found) continue;
      await tx.insert(
        ConfidenceRatingEntity,
        person.ratings.map(([key, confidence]) => ({
          personId: found.id,
          competencyId: competencies.get(key) as string,
          confidence,
        })),
      );
      for (const [key, reflection] of person.done) {
        const resourceId = resources.get(key);
        if (resourceId) await tx.insert(ResourceDoneEntity, { personId: found.id, resourceId, reflection });
      }
    }
  });
}
