import { SCENARIO_PROBLEM_CODES, type ScenarioProblem, type ScenarioProblemCode } from '@common-ground/shared';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

function isCode(value: unknown): value is ScenarioProblemCode {
  return typeof value === 'string' && (SCENARIO_PROBLEM_CODES as readonly string[]).includes(value);
}

/** A problem as the API sends it (choiceId null rather than absent), in the shared engine's shape. */
export function toScenarioProblem(raw: {
  sceneId?: string | null;
  choiceId?: string | null;
  code: string;
  message: string;
}): ScenarioProblem | null {
  if (!isCode(raw.code)) return null;
  return {
    sceneId: raw.sceneId ?? null,
    ...(raw.choiceId ? { choiceId: raw.choiceId } : {}),
    code: raw.code,
    message: raw.message,
  };
}

/**
 * The scenario problems a refused publication lists in `extensions.problems`
 * (BAD_USER_INPUT), or null when the error is something else.
 */
export function scenarioProblemsFromError(error: unknown): ScenarioProblem[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const raw = graphQLError.extensions?.['problems'];
    if (graphQLError.extensions?.['code'] !== 'BAD_USER_INPUT' || !Array.isArray(raw)) continue;
    return raw.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const record = item as Record<string, unknown>;
      if (typeof record.message !== 'string' || typeof record.code !== 'string') return [];
      const problem = toScenarioProblem({
        sceneId: typeof record.sceneId === 'string' ? record.sceneId : null,
        choiceId: typeof record.choiceId === 'string' ? record.choiceId : null,
        code: record.code,
        message: record.message,
      });
      return problem ? [problem] : [];
    });
  }
  return null;
}
