/** Why the engine refused: play after the end, an unoffered choice, a corrupt state or malformed content. */
export type ScenarioErrorCode = 'ENDED' | 'NOT_OFFERED' | 'INVALID_STATE' | 'INVALID_CONTENT';

/**
 * The one error the scenario engine throws, so the API can map `code` to a domain error
 * (ENDED and NOT_OFFERED are the learner's doing; INVALID_STATE and INVALID_CONTENT are ours or a
 * malformed request's).
 */
export class ScenarioError extends Error {
  constructor(
    readonly code: ScenarioErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ScenarioError';
  }
}
