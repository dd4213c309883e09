import type { ArticleContent, KnowledgeCheckContent, ScenarioContent } from '@common-ground/shared';

/**
 * The demo learning content the seed loads: four modules written for Fenmouth's front-line staff.
 * Plain data, so the seed can turn each module into rows and each lesson into a published revision.
 */
export interface DemoModule {
  /** Stable, URL-safe key; the seed uses it to find a module it has already loaded. */
  slug: string;
  title: string;
  summary: string;
  /** What a learner can do after the module: 3 to 5, each starting with a verb. */
  outcomes: string[];
  /** A short catalogue topic the learn page can filter on. */
  topic: string;
  /** CPD time the module earns, in minutes (the certificate states it). */
  cpdMinutes: number;
  /** PUBLIC modules can be read while signed out; STAFF modules need a partnership account. */
  audience: 'PUBLIC' | 'STAFF';
  /** Alt text for the module's cover image. */
  coverAlt: string;
  /** In the order a learner meets them. */
  lessons: DemoLesson[];
}

/** One lesson of a demo module, by kind. */
export type DemoLesson =
  | { kind: 'ARTICLE'; title: string; outcomes: string[]; content: ArticleContent }
  | { kind: 'SCENARIO'; title: string; outcomes: string[]; content: ScenarioContent; contentWarning?: string }
  | {
      kind: 'KNOWLEDGE_CHECK';
      title: string;
      outcomes: string[];
      testRole: 'PRE_TEST' | 'POST_TEST' | 'NONE';
      content: KnowledgeCheckContent;
    };
