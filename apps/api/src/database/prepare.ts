import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { DEMO_EDITOR_EMAIL, loadDemoPartnership, type DemoAccount } from './seed/demo-partnership';
import { loadDemoAttendance } from './seed/courses/load-attendance';
import { loadDemoCourses } from './seed/courses/load-courses';
import { loadDemoDiscussion } from './seed/discussion/load-discussion';
import { loadDemoModeration } from './seed/discussion/load-moderation';
import { loadDemoFramework } from './seed/framework/load-framework';
import { loadDemoLearning } from './seed/learning/load-learning';
import { loadDemoBlog } from './seed/library/load-blog';
import { loadDemoFaqsAndMyths } from './seed/library/load-faqs-and-myths';
import { loadDemoGlossary } from './seed/library/load-glossary';
import { loadDemoPodcasts } from './seed/library/load-podcasts';

/**
 * Brings the database up to date before the app serves anything: runs pending
 * migrations and, the first time only, loads the demo partnership (people, learning, forum, library).
 * Returns the demo accounts when demo data is present, so start-up can print them.
 */
export async function prepareDatabase(config: AppConfig): Promise<DemoAccount[] | null> {
  const dataSource = new DataSource(dataSourceOptions(config.databaseUrl));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (!config.loadDemoData) return null;
    const accounts = await loadDemoPartnership(dataSource);
    await loadDemoLearning(dataSource, DEMO_EDITOR_EMAIL);
    await loadDemoDiscussion(dataSource);
    await loadDemoModeration(dataSource);
    await loadDemoGlossary(dataSource);
    await loadDemoBlog(dataSource, DEMO_EDITOR_EMAIL);
    await loadDemoFaqsAndMyths(dataSource, DEMO_EDITOR_EMAIL);
    await loadDemoPodcasts(dataSource, config.dataDir, DEMO_EDITOR_EMAIL);
    await loadDemoFramework(dataSource);
    await loadDemoCourses(dataSource);
    await loadDemoAttendance(dataSource);
    return accounts;
  } finally {
    await dataSource.destroy();
  }
}
