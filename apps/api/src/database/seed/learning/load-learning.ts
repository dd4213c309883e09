import type { DataSource } from 'typeorm';
import { parseLessonContent, publishProblems } from '../../../modules/learning/lesson-content';
import { mediaIdsOf } from '../../../modules/learning/lesson-media';
import { LearningModuleEntity } from '../../../modules/learning/entities/learning-module.entity';
import { LessonEntity } from '../../../modules/learning/entities/lesson.entity';
import { LessonRevisionEntity } from '../../../modules/learning/entities/lesson-revision.entity';
import { PersonEntity } from '../../../modules/identity/entities/person.entity';
import { DEMO_MODULES } from './index';

/**
 * Loads the four demo modules once (skipped when any module exists), each lesson
 * parsed and checked exactly as an editor's publish would be, then published as
 * revision 1 by the demo editor.
 */
export async function loadDemoLearning(dataSource: DataSource, editorEmail: string): Promise<void> {
  if ((await dataSource.getRepository(LearningModuleEntity).count()) > 0) return;
  const editor = await dataSource.getRepository(PersonEntity).findOneBy({ email: editorEmail });
  await dataSource.transaction(async (tx) => {
    for (const [index, demo] of DEMO_MODULES.entries()) {
      const module = await tx.getRepository(LearningModuleEntity).save(
        tx.getRepository(LearningModuleEntity).create({
          slug: demo.slug,
          title: demo.title,
          summary: demo.summary,
          outcomes: demo.outcomes,
          topic: demo.topic,
          audience: demo.audience,
          status: 'PUBLISHED',
          position: index + 1,
          cpdMinutes: demo.cpdMinutes,
          coverMediaId: null,
          coverAlt: null,
          createdById: editor?.id ?? null,
        }),
      );
      for (const [position, demoLesson] of demo.lessons.entries()) {
        const content = parseLessonContent(demoLesson.kind, demoLesson.content);
        const problems = publishProblems(demoLesson.kind, content);
        if (problems.length)
          throw new Error(`Demo lesson "${demoLesson.title}" cannot be published: ${JSON.stringify(problems)}`);
        const lesson = await tx.getRepository(LessonEntity).save(
          tx.getRepository(LessonEntity).create({
            moduleId: module.id,
            kind: demoLesson.kind,
            title: demoLesson.title,
            outcomes: demoLesson.outcomes,
            testRole: demoLesson.kind === 'KNOWLEDGE_CHECK' ? demoLesson.testRole : 'NONE',
            contentWarning: demoLesson.kind === 'SCENARIO' ? (demoLesson.contentWarning ?? null) : null,
            draftContent: content,
            status: 'PUBLISHED',
            position: position + 1,
            updatedById: editor?.id ?? null,
          }),
        );
        const revision = await tx.getRepository(LessonRevisionEntity).save(
          tx.getRepository(LessonRevisionEntity).create({
            lessonId: lesson.id,
            number: 1,
            title: lesson.title,
            content,
            mediaIds: mediaIdsOf(demoLesson.kind, content),
            createdById: editor?.id ?? null,
          }),
        );
        await tx.getRepository(LessonEntity).update(lesson.id, { publishedRevisionId: revision.id });
      }
    }
  });
}
