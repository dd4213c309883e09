import {
  SCENARIO_ID_PATTERN,
  SCENARIO_LIMITS,
  choose,
  endingOf,
  isEnding,
  startScenario,
  validateScenario,
  visibleChoices,
  type KnowledgeCheckContent,
  type ScenarioContent,
} from '@common-ground/shared';
import { DEMO_MODULES } from './index';
import type { DemoLesson, DemoModule } from './types';

type Lesson<K extends DemoLesson['kind']> = Extract<DemoLesson, { kind: K }>;

const lessonsOf = <K extends DemoLesson['kind']>(module: DemoModule, kind: K): Lesson<K>[] =>
  module.lessons.filter((lesson): lesson is Lesson<K> => lesson.kind === kind);

const scenarios = DEMO_MODULES.flatMap((module) =>
  lessonsOf(module, 'SCENARIO').map((lesson) => [`${module.title}: ${lesson.title}`, lesson.content] as const),
);
const checks = DEMO_MODULES.flatMap((module) =>
  lessonsOf(module, 'KNOWLEDGE_CHECK').map((lesson) => [`${module.title}: ${lesson.title}`, lesson.content] as const),
);
const articles = DEMO_MODULES.flatMap((module) =>
  lessonsOf(module, 'ARTICLE').map((lesson) => [`${module.title}: ${lesson.title}`, lesson.content.html] as const),
);

/** Tags and attributes the server's sanitiser keeps in articles and scene narratives. */
const ARTICLE_TAGS = new Set(['h2', 'h3', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'span']);
const NARRATIVE_TAGS = new Set(['p', 'strong', 'em', 'span']);

function tagProblems(html: string, allowed: Set<string>): string[] {
  const problems: string[] = [];
  for (const [, name, attributes] of html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
    const tag = name.toLowerCase();
    if (!allowed.has(tag)) problems.push(`<${tag}> is not allowed`);
    const attrs = [...attributes.matchAll(/([a-zA-Z-]+)\s*=\s*"([^"]*)"/g)];
    for (const [, attr, value] of attrs) {
      if (tag === 'a' && attr === 'href') {
        if (!/^(https:\/\/|\/)/.test(value)) problems.push(`link "${value}" is neither https nor relative`);
      } else if (tag === 'span' && attr === 'lang') {
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value)) problems.push(`lang "${value}" is not a language tag`);
      } else {
        problems.push(`<${tag} ${attr}> is not allowed`);
      }
    }
    if (tag === 'span' && !attributes.startsWith('/') && !html.includes('</span>')) problems.push('unclosed span');
    if (tag === 'span' && attributes.trim() !== '' && attrs.length === 0) problems.push('span without lang');
  }
  return problems;
}

const wordCount = (html: string): number =>
  html
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((word) => /[A-Za-z0-9]/.test(word)).length;

describe('demo learning modules', () => {
  it('ships the four modules, with unique slugs', () => {
    expect(DEMO_MODULES.map((m) => m.title)).toEqual([
      'Social cohesion',
      'Cultural awareness',
      'Managing language barriers',
      'Rights and responsibilities',
    ]);
    expect(new Set(DEMO_MODULES.map((m) => m.slug)).size).toBe(DEMO_MODULES.length);
    for (const module of DEMO_MODULES) expect(module.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has at least one public module, and Managing language barriers is public', () => {
    expect(DEMO_MODULES.some((m) => m.audience === 'PUBLIC')).toBe(true);
    expect(DEMO_MODULES.find((m) => m.slug === 'managing-language-barriers')?.audience).toBe('PUBLIC');
  });

  it.each(DEMO_MODULES.map((m) => [m.title, m] as const))('%s has the required shape', (_title, module) => {
    expect(module.outcomes.length).toBeGreaterThanOrEqual(3);
    expect(module.outcomes.length).toBeLessThanOrEqual(5);
    expect(module.summary.trim()).not.toBe('');
    expect(module.coverAlt.trim()).not.toBe('');
    expect(module.topic.trim()).not.toBe('');
    expect(Number.isInteger(module.cpdMinutes)).toBe(true);
    expect(module.cpdMinutes).toBeGreaterThanOrEqual(45);
    expect(module.cpdMinutes).toBeLessThanOrEqual(90);
    expect(lessonsOf(module, 'ARTICLE').length).toBeGreaterThanOrEqual(1);
    expect(lessonsOf(module, 'SCENARIO')).toHaveLength(1);
    const checksByRole = lessonsOf(module, 'KNOWLEDGE_CHECK');
    expect(checksByRole.filter((c) => c.testRole === 'POST_TEST')).toHaveLength(1);
    expect(checksByRole.filter((c) => c.testRole === 'PRE_TEST').length).toBeLessThanOrEqual(1);
    // Order: an optional pre-test first, the post-test last.
    const last = module.lessons[module.lessons.length - 1];
    expect(last.kind === 'KNOWLEDGE_CHECK' && last.testRole).toBe('POST_TEST');
    module.lessons.forEach((lesson, index) => {
      if (lesson.kind === 'KNOWLEDGE_CHECK' && lesson.testRole === 'PRE_TEST') expect(index).toBe(0);
      expect(lesson.title.trim()).not.toBe('');
      expect(lesson.outcomes.length).toBeGreaterThanOrEqual(1);
    });
  });

  it('gives Managing language barriers a pre-test and a post-test with the same questions', () => {
    const module = DEMO_MODULES.find((m) => m.slug === 'managing-language-barriers')!;
    const checksByRole = lessonsOf(module, 'KNOWLEDGE_CHECK');
    const pre = checksByRole.find((c) => c.testRole === 'PRE_TEST');
    const post = checksByRole.find((c) => c.testRole === 'POST_TEST');
    expect(pre).toBeDefined();
    expect(post).toBeDefined();
    expect(pre!.content).toEqual(post!.content);
  });
});

describe.each(articles)('article %s', (_title, html) => {
  it('is 300 to 600 words', () => {
    const words = wordCount(html);
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThanOrEqual(600);
  });

  it('uses only the allowed tags, https or relative links and lang attributes', () => {
    expect(tagProblems(html, ARTICLE_TAGS)).toEqual([]);
    expect(html).not.toMatch(/style=|<img|<script/i);
  });
});

describe.each(checks)('knowledge check %s', (_title, content: KnowledgeCheckContent) => {
  it('has 5 to 8 questions and a pass mark of 70 or 80', () => {
    expect(content.questions.length).toBeGreaterThanOrEqual(5);
    expect(content.questions.length).toBeLessThanOrEqual(8);
    expect([70, 80]).toContain(content.passMark);
    const kinds = new Set(content.questions.map((q) => q.kind));
    expect(kinds).toEqual(new Set(['SINGLE', 'MULTIPLE']));
  });

  it('has well-formed questions with explanations', () => {
    expect(new Set(content.questions.map((q) => q.id)).size).toBe(content.questions.length);
    for (const question of content.questions) {
      expect(question.prompt.trim()).not.toBe('');
      expect(question.explanation.trim()).not.toBe('');
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      expect(question.options.length).toBeLessThanOrEqual(6);
      expect(new Set(question.options.map((o) => o.id)).size).toBe(question.options.length);
      const correct = question.options.filter((o) => o.correct).length;
      if (question.kind === 'SINGLE') expect(correct).toBe(1);
      else expect(correct).toBeGreaterThanOrEqual(1);
    }
  });
});

describe.each(scenarios)('scenario %s', (_title, content: ScenarioContent) => {
  const endings = content.scenes.filter(isEnding);
  const choices = content.scenes.flatMap((scene) => scene.choices);

  it('passes validation with no problems', () => {
    expect(validateScenario(content)).toEqual([]);
  });

  it('has at least 8 scenes and 3 endings rated GOOD, MIXED and POOR', () => {
    expect(content.scenes.length).toBeGreaterThanOrEqual(8);
    expect(endings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(endings.map((scene) => scene.ending.rating))).toEqual(new Set(['GOOD', 'MIXED', 'POOR']));
  });

  it('lets earlier choices shape later ones', () => {
    expect(choices.some((choice) => choice.condition != null)).toBe(true);
    expect(choices.some((choice) => (choice.effects ?? []).length > 0)).toBe(true);
    const conditioned = new Set(
      choices.flatMap((choice) => {
        const c = choice.condition;
        return c ? ('all' in c ? c.all : c.any).map((comparison) => comparison.variable) : [];
      }),
    );
    const changed = new Set(choices.flatMap((choice) => (choice.effects ?? []).map((effect) => effect.variable)));
    for (const variable of conditioned) expect(changed.has(variable)).toBe(true);
  });

  it('keeps ids short and safe, unique within the scenario, and text within limits', () => {
    const sceneIds = content.scenes.map((scene) => scene.id);
    const choiceIds = choices.map((choice) => choice.id);
    expect(new Set(sceneIds).size).toBe(sceneIds.length);
    expect(new Set(choiceIds).size).toBe(choiceIds.length);
    for (const id of [...sceneIds, ...choiceIds, ...content.characters.map((c) => c.id)]) {
      expect(id).toMatch(SCENARIO_ID_PATTERN);
    }
    for (const scene of content.scenes) {
      expect(scene.title.length).toBeLessThanOrEqual(SCENARIO_LIMITS.labelMaxLength);
      expect(scene.narrative.length).toBeLessThanOrEqual(SCENARIO_LIMITS.narrativeMaxLength);
      expect(tagProblems(scene.narrative, NARRATIVE_TAGS)).toEqual([]);
      expect(scene.narrative.startsWith('<p>')).toBe(true);
      if (scene.ending) expect(scene.ending.summary.length).toBeLessThanOrEqual(SCENARIO_LIMITS.textMaxLength);
    }
    for (const choice of choices) {
      expect(choice.label.length).toBeLessThanOrEqual(SCENARIO_LIMITS.labelMaxLength);
      expect(choice.feedback.trim()).not.toBe('');
      expect(choice.feedback.length).toBeLessThanOrEqual(SCENARIO_LIMITS.textMaxLength);
      expect(typeof choice.score).toBe('number');
    }
    for (const character of content.characters) {
      expect(character.name.trim()).not.toBe('');
      expect(character.role.trim()).not.toBe('');
    }
  });

  it('reaches an ending within 50 steps by always taking the first visible choice', () => {
    let state = startScenario(content);
    for (let step = 0; step < 50 && !state.ended; step += 1) {
      const [first] = visibleChoices(content, state);
      expect(first).toBeDefined();
      state = choose(content, state, first.id).state;
    }
    expect(state.ended).toBe(true);
    expect(endingOf(content, state)).not.toBeNull();
  });

  it('offers every scene that is not an ending at least one visible choice on every path', () => {
    // Walk every path (the graphs are small and loop-free) and check nobody gets stuck.
    const walk = (state: ReturnType<typeof startScenario>, depth: number): void => {
      expect(depth).toBeLessThan(50);
      if (state.ended) return;
      const offered = visibleChoices(content, state);
      expect(offered.length).toBeGreaterThanOrEqual(1);
      for (const choice of offered) walk(choose(content, state, choice.id).state, depth + 1);
    };
    walk(startScenario(content), 0);
  });
});
