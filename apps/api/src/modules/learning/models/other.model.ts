import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS, SCENARIO_LIMITS, SECTORS } from '@common-ground/shared';
import { MaxItems } from '../../../common/graphql/list-size';
import type { LessonKindName, ScenarioProblemCode as ProblemCodeName, SectorName } from '@common-ground/shared';
import { Connection } from '../../../common/graphql/connection';
import { type JsonObject, JSONObjectScalar } from '../../../common/graphql/json-object.scalar';
import { Sector } from '../../identity/models/enums';
import type { AudienceName, PublicationStatusName, TestRoleName } from '../learning.constants';
import type { CertificateKindName } from '../certificates.service';
import { Audience, CertificateKind, LessonKind, PublicationStatus, ScenarioProblemCode, TestRole } from './enums';
import { KnowledgeCheckResult, LessonAttempt, PlayChoice } from './lesson.model';
import { LearningModule, ModuleCover } from './module.model';

/** Scenario problems listed for an editor at once (a draft can have more; fixing some shows the rest). */
export const SCENARIO_PROBLEMS_MAX = 500;

@ObjectType({
  description: 'A certificate: of a module completed, or of a course session attended in full and evaluated.',
})
export class Certificate {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Verification code: 10 characters (Crockford base32).' })
  code: string;

  @Field({ description: 'When it was issued.' })
  issuedAt: Date;

  @Field(() => CertificateKind, { description: 'What it is for: a module or a course.' })
  kind: CertificateKindName;

  @Field(() => ID, { nullable: true, description: 'The module completed; null for a course certificate.' })
  moduleId: string | null;

  @Field(() => ID, { nullable: true, description: 'The course session attended; null for a module certificate.' })
  courseSessionId: string | null;

  @Field({ description: 'The module’s or course’s title.' })
  title: string;

  @Field({ description: 'The module’s or course’s title.', deprecationReason: 'Use title.' })
  moduleTitle: string;

  @Field(() => Int, {
    description: 'CPD time it earns, in minutes: the module’s stated time (0 when none), or the session’s length.',
  })
  cpdMinutes: number;

  @Field({ description: 'The tagged PDF, for the owner (and admins): /api/certificates/<code>.pdf.' })
  pdfUrl: string;

  @Field({ description: 'The public page that verifies the code.' })
  verificationUrl: string;
}

@ObjectType({ description: 'A verified certificate, with nothing personal beyond the name.' })
export class CertificateVerification {
  @Field({ description: 'The code, in canonical form.' })
  code: string;

  @Field({ description: 'Who it was issued to.' })
  personName: string;

  @Field(() => CertificateKind, { description: 'What it is for: a module or a course.' })
  kind: CertificateKindName;

  @Field({ description: 'The module completed or the course attended.' })
  title: string;

  @Field({ description: 'The module completed or the course attended.', deprecationReason: 'Use title.' })
  moduleTitle: string;

  @Field({ description: 'When it was issued.' })
  issuedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the course session was held; null for a module.' })
  heldOn: Date | null;
}

@ObjectType({ description: 'Result of a scenario choice: feedback, and the learner’s new position.' })
export class ChooseScenarioOptionPayload {
  @Field({ description: 'Feedback on the choice, to show before the next scene.' })
  feedback: string;

  @Field(() => PlayChoice, { description: 'The choice made.' })
  choice: PlayChoice;

  @Field(() => Int, { description: 'What the choice scored.' })
  choiceScore: number;

  @Field(() => LessonAttempt, { description: 'The attempt: new scene, its choices, score, ending and path.' })
  attempt: LessonAttempt;

  @Field(() => Certificate, {
    nullable: true,
    description: 'The module’s certificate, when this step completed the module (or it was already complete).',
  })
  certificate: Certificate | null;
}

@ObjectType({ description: 'Result of finishing an article.' })
export class CompleteArticlePayload {
  @Field(() => LessonAttempt, { description: 'The completed attempt.' })
  attempt: LessonAttempt;

  @Field(() => Certificate, { nullable: true, description: 'The module’s certificate, when the module is complete.' })
  certificate: Certificate | null;
}

@ObjectType({ description: 'Result of submitting a knowledge check.' })
export class SubmitKnowledgeCheckPayload {
  @Field(() => KnowledgeCheckResult, { description: 'Score, pass or fail, and per-question explanations.' })
  result: KnowledgeCheckResult;

  @Field(() => LessonAttempt, { description: 'The completed attempt.' })
  attempt: LessonAttempt;

  @Field(() => Certificate, { nullable: true, description: 'The module’s certificate, when the module is complete.' })
  certificate: Certificate | null;
}

@ObjectType({ description: 'Share of colleagues who made one choice.' })
export class ChoiceShare {
  @Field({ description: 'The choice.' })
  choiceId: string;

  @Field({ description: 'Its label.' })
  label: string;

  @Field(() => Int, { description: 'Whole-number percentage of the people counted.' })
  percent: number;
}

@ObjectType({ description: 'How colleagues in one sector chose.' })
export class SectorChoiceShares {
  @Field(() => Sector, { description: 'The sector.' })
  sector: SectorName;

  @Field({ description: 'True when fewer than 5 people in the sector answered, so no percentages are shown.' })
  suppressed: boolean;

  @MaxItems(SCENARIO_LIMITS.choicesPerSceneMax)
  @Field(() => [ChoiceShare], { description: 'Percentages per choice (empty when suppressed).' })
  choices: ChoiceShare[];
}

@ObjectType({
  description:
    'How colleagues chose at one decision point: anonymous percentages (each person’s latest choice), overall and by sector.',
})
export class ScenarioChoiceStats {
  @Field(() => ID, { description: 'The lesson.' })
  lessonId: string;

  @Field({ description: 'The scene.' })
  sceneId: string;

  @Field({ description: 'False until at least 5 different people have answered here.' })
  available: boolean;

  @Field(() => Int, { description: 'How many more people must answer before statistics are shown (0 when available).' })
  peopleNeeded: number;

  @MaxItems(SCENARIO_LIMITS.choicesPerSceneMax)
  @Field(() => [ChoiceShare], { description: 'Percentages per choice (empty while unavailable).' })
  choices: ChoiceShare[];

  @MaxItems(SECTORS.length)
  @Field(() => [SectorChoiceShares], { description: 'Percentages by sector (empty while unavailable).' })
  bySector: SectorChoiceShares[];
}

@ObjectType({ description: 'How often one choice was made.' })
export class ChoiceCount {
  @Field({ description: 'The choice.' })
  choiceId: string;

  @Field({ description: 'Its label in the published revision (its id when no longer there).' })
  label: string;

  @Field(() => Int, { description: 'How many times it was chosen.' })
  count: number;
}

@ObjectType({ description: 'One scene of the editor’s report.' })
export class SceneReport {
  @Field({ description: 'The scene.' })
  sceneId: string;

  @Field({ description: 'Its title.' })
  title: string;

  @Field({ description: 'True for an ending.' })
  isEnding: boolean;

  @Field(() => Int, { description: 'Attempts that reached it.' })
  reached: number;

  @Field(() => Int, { description: 'Attempts that stopped here without ending (in progress or abandoned).' })
  stoppedHere: number;

  @MaxItems(SCENARIO_LIMITS.choicesPerSceneMax)
  @Field(() => [ChoiceCount], { description: 'What was chosen here.' })
  choices: ChoiceCount[];
}

@ObjectType({ description: 'Per-scene report of a scenario for editors: reach, choices and drop-out.' })
export class ScenarioReport {
  @Field(() => ID, { description: 'The lesson.' })
  lessonId: string;

  @Field(() => Int, { description: 'Attempts started.' })
  attempts: number;

  @Field(() => Int, { description: 'Attempts that reached an ending.' })
  completedAttempts: number;

  @MaxItems(SCENARIO_LIMITS.scenesMax)
  @Field(() => [SceneReport], { description: 'Scenes of the published revision (or the draft if never published).' })
  scenes: SceneReport[];
}

@ObjectType({ description: 'Something that blocks publishing a scenario, placed on its scene and choice.' })
export class ScenarioProblemView {
  @Field(() => String, { nullable: true, description: 'The scene at fault; null for the scenario as a whole.' })
  sceneId: string | null;

  @Field(() => String, { nullable: true, description: 'The choice at fault, if one.' })
  choiceId: string | null;

  @Field(() => ScenarioProblemCode, { description: 'What kind of problem.' })
  code: ProblemCodeName;

  @Field({ description: 'A plain-English message for the editor.' })
  message: string;
}

@ObjectType({ description: 'A scene on the editor’s map.' })
export class SceneGraphNodeView {
  @Field({ description: 'Scene id.' })
  id: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'True for an ending.' })
  isEnding: boolean;

  @Field({ description: 'True for the start scene.' })
  isStart: boolean;

  @Field(() => [ScenarioProblemCode], { description: 'Problems found in this scene.' })
  problems: ProblemCodeName[];
}

@ObjectType({ description: 'A choice on the editor’s map, drawn as an arrow.' })
export class SceneGraphEdgeView {
  @Field({ description: 'From scene.' })
  from: string;

  @Field({ description: 'To scene.' })
  to: string;

  @Field({ description: 'The choice.' })
  choiceId: string;

  @Field({ description: 'The choice’s label.' })
  label: string;

  @Field({ description: 'True when the choice is shown only under a condition.' })
  conditional: boolean;
}

@ObjectType({ description: 'The editor’s map of a scenario draft.' })
export class SceneGraphView {
  @MaxItems(SCENARIO_LIMITS.scenesMax)
  @Field(() => [SceneGraphNodeView], { description: 'Scenes.' })
  nodes: SceneGraphNodeView[];

  @MaxItems(SCENARIO_LIMITS.scenesMax * SCENARIO_LIMITS.choicesPerSceneMax)
  @Field(() => [SceneGraphEdgeView], { description: 'Choices between scenes.' })
  edges: SceneGraphEdgeView[];
}

@ObjectType({ description: 'A frozen, published copy of a lesson: who published it and when.' })
export class LessonRevision {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => Int, { description: '1 for the first publication, then 2, 3…' })
  number: number;

  @Field({ description: 'The title as published.' })
  title: string;

  @Field(() => JSONObjectScalar, { description: 'The content as published.' })
  content: JsonObject;

  @Field({ description: 'When it was published.' })
  createdAt: Date;

  /** Resolved into `createdBy`. */
  createdById: string | null;
}

@ObjectType({ description: 'A page of a lesson’s revisions, newest first.' })
export class LessonRevisionConnection extends Connection(LessonRevision, 'LessonRevision') {}

@ObjectType({ description: 'A lesson as editors see it: the draft, its status and what blocks publishing.' })
export class AuthoringLesson {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The module.' })
  moduleId: string;

  @Field(() => Int, { description: 'Order inside the module.' })
  position: number;

  @Field(() => LessonKind, { description: 'Kind; fixed once created.' })
  kind: LessonKindName;

  @Field({ description: 'Title (of the draft).' })
  title: string;

  @Field(() => [String], { description: 'Learning outcomes.' })
  outcomes: string[];

  @Field(() => String, {
    nullable: true,
    description: 'A warning shown before the lesson starts when its story may distress, with where to find support.',
  })
  contentWarning: string | null;

  @Field(() => TestRole, { description: 'Pre-test or post-test role.' })
  testRole: TestRoleName;

  @Field(() => PublicationStatus, { description: 'Editorial status.' })
  status: PublicationStatusName;

  @Field(() => JSONObjectScalar, { description: 'The draft content; its shape depends on `kind`.' })
  draftContent: JsonObject;

  @Field(() => Date, { nullable: true, description: 'When the draft is scheduled to be published.' })
  publishAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The number of the revision learners get, if published.' })
  publishedRevisionNumber: number | null;

  @Field(() => [String], {
    description:
      'Plain-English reasons the draft cannot be published yet (scenario problems are in `scenarioProblems`).',
  })
  publishBlockers: string[];

  @MaxItems(SCENARIO_PROBLEMS_MAX)
  @Field(() => [ScenarioProblemView], { description: 'Scenarios: every problem, per scene and choice.' })
  scenarioProblems: ScenarioProblemView[];

  @Field(() => SceneGraphView, { nullable: true, description: 'Scenarios: the map of scenes and choices.' })
  sceneGraph: SceneGraphView | null;

  @Field({ description: 'When the draft last changed.' })
  updatedAt: Date;

  /** Resolved into `updatedBy`. */
  updatedById: string | null;
}

@ObjectType({ description: 'A module as editors see it, in any status, with every lesson.' })
export class AuthoringModule {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Unique readable identifier.' })
  slug: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'Summary.' })
  summary: string;

  @Field(() => [String], { description: 'Learning outcomes.' })
  outcomes: string[];

  @Field({ description: 'Topic.' })
  topic: string;

  @Field(() => Audience, { description: 'Who may see it once published.' })
  audience: AudienceName;

  @Field(() => PublicationStatus, { description: 'Editorial status.' })
  status: PublicationStatusName;

  @Field(() => Int, { description: 'Order in the catalogue.' })
  position: number;

  @Field(() => Int, { description: 'CPD time it earns, in minutes; 0 when none is stated.' })
  cpdMinutes: number;

  @Field(() => ModuleCover, { nullable: true, description: 'Cover image.' })
  cover: ModuleCover | null;

  @MaxItems(LIMITS.lessonsPerModule)
  @Field(() => [AuthoringLesson], { description: 'Every lesson (archived too), in order.' })
  lessons: AuthoringLesson[];

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of modules for editors.' })
export class AuthoringModuleConnection extends Connection(AuthoringModule, 'AuthoringModule') {}

@ObjectType({ description: 'The viewer’s learning: modules in progress, completed, and certificates.' })
export class MyLearning {
  @MaxItems(LIMITS.myLearningListMax)
  @Field(() => [LearningModule], { description: 'Modules started and not completed, most recently active first.' })
  inProgress: LearningModule[];

  @MaxItems(LIMITS.myLearningListMax)
  @Field(() => [LearningModule], { description: 'Modules completed, most recent first.' })
  completed: LearningModule[];

  @MaxItems(LIMITS.myLearningListMax)
  @Field(() => [Certificate], { description: 'Certificates, newest first.' })
  certificates: Certificate[];
}
