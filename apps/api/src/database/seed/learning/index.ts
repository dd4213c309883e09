import { culturalAwareness } from './cultural-awareness';
import { languageBarriers } from './language-barriers';
import { rightsAndResponsibilities } from './rights-and-responsibilities';
import { socialCohesion } from './social-cohesion';
import type { DemoModule } from './types';

export type { DemoLesson, DemoModule } from './types';

/** The four demo modules, in catalogue order. */
export const DEMO_MODULES: DemoModule[] = [
  socialCohesion,
  culturalAwareness,
  languageBarriers,
  rightsAndResponsibilities,
];
