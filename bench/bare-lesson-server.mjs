/**
 * The baseline for the lesson-page benchmark: a bare GraphQL server (graphql-http on
 * node:http) answering the same signed-in lesson-page request from the same database with
 * hand-written SQL and no framework. It does what a competent hand-written server must for
 * that request and no more: checks the session cookie's signature, reads the session with
 * its person (one statement), reads the lesson with everything the page shows (one
 * statement) and parses the revision content once.
 *   SESSION_SECRET=<the API's secret> node bench/bare-lesson-server.mjs <databaseUrl> <port>
 */
import { createRequire } from 'node:module';
import { buildSchema } from 'graphql';
import { pool, serveGraphql } from './bare-lib.mjs';

const require = createRequire(import.meta.url);
const { visibleChoices } = require('../packages/shared/dist/index.js');

const schema = buildSchema(`
  type Query { lesson(id: ID!): Lesson }
  type Lesson { id: ID! title: String! kind: String! step: Int! stepCount: Int! outcomes: [String!]!
    module: Module! scenario: Overview viewerStatus: String! viewerAttempt: Attempt }
  type Module { id: ID! title: String! slug: String! }
  type Overview { sceneCount: Int! endingCount: Int! characters: [Character!]! }
  type Character { id: String! name: String! role: String! }
  type Attempt { id: ID! status: String! score: Int scenario: Play }
  type Play { scene: Scene! choices: [Choice!]! ended: Boolean! score: Int! path: [Step!]! }
  type Scene { id: String! title: String! narrative: String! speaker: Character }
  type Choice { id: String! label: String! }
  type Step { sceneId: String! sceneTitle: String! choiceId: String! choiceLabel: String! feedback: String! score: Int! }
`);

// The attempt's revision content is read only when it differs from the published one, so
// the usual request carries and parses the content once.
const LESSON_SQL = `
  select l.id, l.title, l.kind, l.outcomes, l.module_id, m.title as module_title, m.slug, r.content,
    (select count(*) from lesson s where s.module_id = l.module_id and s.published_revision_id is not null
       and s.status <> 'ARCHIVED' and s.position <= l.position)::int as step,
    (select count(*) from lesson s where s.module_id = l.module_id and s.published_revision_id is not null
       and s.status <> 'ARCHIVED')::int as step_count,
    a.id as attempt_id, a.status as attempt_status, a.score as attempt_score, a.state, ar.content as attempt_content
  from lesson l
  join learning_module m on m.id = l.module_id and m.status = 'PUBLISHED' and (m.audience = 'PUBLIC' or $2::uuid is not null)
  join lesson_revision r on r.id = l.published_revision_id
  left join lateral (
    select * from lesson_attempt x where x.person_id = $2::uuid and x.lesson_id = l.id and x.status <> 'ABANDONED'
    order by (x.status = 'IN_PROGRESS') desc, x.attempt_number desc limit 1
  ) a on true
  left join lesson_revision ar on ar.id = a.revision_id and a.revision_id <> l.published_revision_id
  where l.id = $1 and l.status <> 'ARCHIVED'`;

function play(content, state) {
  const scenes = new Map(content.scenes.map((s) => [s.id, s]));
  const characters = new Map(content.characters.map((c) => [c.id, c]));
  const scene = scenes.get(state.sceneId);
  const speaker = scene.speakerId ? characters.get(scene.speakerId) : null;
  return {
    scene: { id: scene.id, title: scene.title, narrative: scene.narrative, speaker: speaker ?? null },
    choices: state.ended ? [] : visibleChoices(content, state).map((c) => ({ id: c.id, label: c.label })),
    ended: state.ended,
    score: state.score,
    path: state.path.map((step) => {
      const from = scenes.get(step.sceneId);
      const choice = from?.choices.find((c) => c.id === step.choiceId);
      return {
        sceneId: step.sceneId,
        sceneTitle: from?.title ?? step.sceneId,
        choiceId: step.choiceId,
        choiceLabel: choice?.label ?? step.choiceId,
        feedback: choice?.feedback ?? '',
        score: step.score,
      };
    }),
  };
}

const rootValue = {
  async lesson({ id }, context) {
    const { rows } = await pool.query(LESSON_SQL, [id, context.viewer?.id ?? null]);
    const row = rows[0];
    if (!row) return null;
    const content = row.content;
    return {
      id: row.id,
      title: row.title,
      kind: row.kind,
      step: row.step,
      stepCount: row.step_count,
      outcomes: row.outcomes,
      module: { id: row.module_id, title: row.module_title, slug: row.slug },
      scenario:
        row.kind === 'SCENARIO'
          ? {
              sceneCount: content.scenes.length,
              endingCount: content.scenes.filter((s) => s.ending).length,
              characters: content.characters.map((c) => ({ id: c.id, name: c.name, role: c.role })),
            }
          : null,
      viewerStatus:
        row.attempt_status === 'COMPLETED' ? 'COMPLETED' : row.attempt_status ? 'IN_PROGRESS' : 'NOT_STARTED',
      viewerAttempt: row.attempt_id
        ? {
            id: row.attempt_id,
            status: row.attempt_status,
            score: row.attempt_score,
            scenario: row.kind === 'SCENARIO' ? play(row.attempt_content ?? content, row.state) : null,
          }
        : null,
    };
  },
};

serveGraphql(schema, rootValue);
