import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SCENARIO_LIMITS } from '@common-ground/shared';
import { MaxItems } from '../../../common/graphql/list-size';
import { CONTENT_LIMITS } from '../lesson-content';
import type { EndingRating, LessonKindName, QuestionKind as QuestionKindName } from '@common-ground/shared';
import type { AttemptStatusName, TestRoleName } from '../learning.constants';
import { AttemptStatus, EndingRatingEnum, LessonKind, QuestionKind, TestRole } from './enums';

@ObjectType({ description: 'A published lesson as learners see it: the frozen revision, never the draft.' })
export class Lesson {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The module it belongs to.' })
  moduleId: string;

  @Field(() => Int, { description: 'Order inside the module, smallest first.' })
  position: number;

  @Field(() => Int, { description: 'Its step number in the module, from 1 ("Step 3 of 7").' })
  step: number;

  @Field(() => Int, { description: 'How many lessons the module has ("Step 3 of 7").' })
  stepCount: number;

  @Field(() => LessonKind, { description: 'Article, scenario or knowledge check.' })
  kind: LessonKindName;

  @Field({ description: 'Title, as published.' })
  title: string;

  @Field(() => [String], { description: 'Learning outcomes, stated up front.' })
  outcomes: string[];

  @Field(() => String, {
    nullable: true,
    description: 'A warning shown before the lesson starts when its story may distress, with where to find support.',
  })
  contentWarning: string | null;

  @Field(() => TestRole, { description: 'Pre-test or post-test role of a knowledge check; NONE otherwise.' })
  testRole: TestRoleName;

  @Field(() => Int, { description: 'The number of the published revision learners get.' })
  revisionNumber: number;

  @Field({ description: 'When this revision was published.' })
  publishedAt: Date;

  /** The frozen revision learners start on. */
  revisionId: string;
}

@ObjectType({ description: 'An article’s body.' })
export class ArticleBody {
  @Field({ description: 'Sanitised HTML (headings h2–h4, lists, links, images and audio from /api/media).' })
  html: string;

  /** The lesson it belongs to (the glossary links terms in it, see GlossaryLinkingResolver). */
  lessonId?: string;
}

@ObjectType({ description: 'An option of a question, without whether it is right.' })
export class CheckOption {
  @Field({ description: 'Identifier within the question.' })
  id: string;

  @Field({ description: 'The option’s text.' })
  label: string;
}

@ObjectType({ description: 'A question of a knowledge check, as a learner sees it before answering.' })
export class CheckQuestion {
  @Field({ description: 'Identifier within the check.' })
  id: string;

  @Field({ description: 'The question.' })
  prompt: string;

  @Field(() => QuestionKind, { description: 'One right option (radios) or several (checkboxes).' })
  kind: QuestionKindName;

  @MaxItems(CONTENT_LIMITS.optionsMax)
  @Field(() => [CheckOption], { description: 'The options, in the author’s order.' })
  options: CheckOption[];
}

@ObjectType({ description: 'A knowledge check’s questions, without the answers.' })
export class KnowledgeCheckQuestions {
  @Field(() => Int, { description: 'Percentage of questions to get right to pass.' })
  passMark: number;

  @MaxItems(CONTENT_LIMITS.questionsMax)
  @Field(() => [CheckQuestion], { description: 'The questions, in order.' })
  questions: CheckQuestion[];
}

@ObjectType({ description: 'A person in a scenario.' })
export class ScenarioCharacterView {
  @Field({ description: 'Identifier within the scenario.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field({ description: 'Role in the story, e.g. Tenant.' })
  role: string;

  /** Resolved into `avatar`. */
  avatarMediaId: string | null;
}

@ObjectType({ description: 'A scene named without its content.' })
export class SceneReference {
  @Field({ description: 'Identifier within the scenario.' })
  id: string;

  @Field({ description: 'The scene’s title.' })
  title: string;
}

@ObjectType({ description: 'What a learner knows about a scenario before playing it.' })
export class ScenarioOverview {
  @MaxItems(SCENARIO_LIMITS.charactersMax)
  @Field(() => [ScenarioCharacterView], { description: 'The characters.' })
  characters: ScenarioCharacterView[];

  @Field(() => Int, { description: 'How many scenes it has.' })
  sceneCount: number;

  @Field(() => Int, { description: 'How many endings it has.' })
  endingCount: number;

  @Field(() => SceneReference, {
    description: 'Where every learner begins: no spoiler, so discussion of it is never folded.',
  })
  startScene: SceneReference;
}

@ObjectType({ description: 'A choice the learner may make now.' })
export class PlayChoice {
  @Field({ description: 'Identifier: pass it to chooseScenarioOption.' })
  id: string;

  @Field({ description: 'What the learner would do.' })
  label: string;
}

@ObjectType({ description: 'The scene the learner is in.' })
export class PlayScene {
  @Field({ description: 'Identifier within the scenario (for colleague statistics and discussion).' })
  id: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'Sanitised HTML narrative.' })
  narrative: string;

  @Field(() => ScenarioCharacterView, { nullable: true, description: 'Who is speaking, if anyone.' })
  speaker: ScenarioCharacterView | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text alternative of the scene’s image, or its audio’s description.',
  })
  mediaAlt: string | null;

  /** Resolved into `media`. */
  mediaId: string | null;
}

@ObjectType({ description: 'How a scenario ended.' })
export class ScenarioEndingView {
  @Field({ description: 'What to take away.' })
  summary: string;

  @Field(() => EndingRatingEnum, { description: 'Good, mixed or poor.' })
  rating: EndingRating;
}

@ObjectType({ description: 'One step of the path the learner took.' })
export class PathStep {
  @Field({ description: 'The scene they were in.' })
  sceneId: string;

  @Field({ description: 'The scene’s title.' })
  sceneTitle: string;

  @Field({ description: 'The choice they made.' })
  choiceId: string;

  @Field({ description: 'The choice’s label.' })
  choiceLabel: string;

  @Field({ description: 'The feedback the choice gave.' })
  feedback: string;

  @Field(() => Int, { description: 'What the choice scored.' })
  score: number;
}

@ObjectType({ description: 'Where the learner is in a scenario: the server’s copy, never the client’s.' })
export class ScenarioPlay {
  @Field(() => PlayScene, { description: 'The current scene (an ending once it has ended).' })
  scene: PlayScene;

  @MaxItems(SCENARIO_LIMITS.choicesPerSceneMax)
  @Field(() => [PlayChoice], { description: 'The choices offered now; empty once ended.' })
  choices: PlayChoice[];

  @Field(() => Int, { description: 'Score so far.' })
  score: number;

  @Field({ description: 'True once an ending is reached.' })
  ended: boolean;

  @Field(() => ScenarioEndingView, { nullable: true, description: 'The ending reached, once ended.' })
  ending: ScenarioEndingView | null;

  @MaxItems(SCENARIO_LIMITS.scenesMax)
  @Field(() => [PathStep], { description: 'Every choice made so far, in order.' })
  path: PathStep[];
}

@ObjectType({ description: 'How one question was answered.' })
export class QuestionResult {
  @Field({ description: 'The question.' })
  questionId: string;

  @Field({ description: 'True when exactly the right options were chosen.' })
  correct: boolean;

  @Field(() => [String], { description: 'The options the learner chose.' })
  chosenOptionIds: string[];

  @Field(() => [String], { description: 'The right options.' })
  correctOptionIds: string[];

  @Field({ description: 'Why, as the author explains it.' })
  explanation: string;
}

@ObjectType({ description: 'The result of a submitted knowledge check.' })
export class KnowledgeCheckResult {
  @Field(() => Int, { description: 'Questions answered correctly.' })
  correctCount: number;

  @Field(() => Int, { description: 'Questions in the check.' })
  questionCount: number;

  @Field(() => Int, { description: 'Percentage right.' })
  percent: number;

  @Field(() => Int, { description: 'Percentage needed to pass.' })
  passMark: number;

  @Field({ description: 'True when the pass mark was reached.' })
  passed: boolean;

  @MaxItems(CONTENT_LIMITS.questionsMax)
  @Field(() => [QuestionResult], { description: 'Each question, in order.' })
  questions: QuestionResult[];
}

@ObjectType({ description: 'One go at a lesson by the viewer. Progress is saved after every step.' })
export class LessonAttempt {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The lesson.' })
  lessonId: string;

  @Field(() => Int, { description: 'The revision it is played on (a later publication does not change it).' })
  revisionNumber: number;

  @Field(() => Int, { description: '1 for the first go, then 2, 3…' })
  attemptNumber: number;

  @Field(() => AttemptStatus, { description: 'In progress, completed or abandoned.' })
  status: AttemptStatusName;

  @Field(() => Int, { nullable: true, description: 'Scenario score, or a knowledge check’s percentage.' })
  score: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Knowledge checks: whether it passed.' })
  passed: boolean | null;

  @Field({ description: 'When it started.' })
  startedAt: Date;

  @Field({ description: 'When progress was last saved.' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was completed.' })
  completedAt: Date | null;

  @Field(() => ScenarioPlay, { nullable: true, description: 'Scenarios: where the learner is.' })
  scenario: ScenarioPlay | null;

  @Field(() => KnowledgeCheckResult, { nullable: true, description: 'Knowledge checks: the result, once submitted.' })
  knowledgeCheckResult: KnowledgeCheckResult | null;
}
