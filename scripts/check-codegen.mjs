/**
 * Drift check: regenerates the web app's typed GraphQL documents from the committed
 * schema into a scratch folder and compares them with the committed ones.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, run, PNPM } from './lib.mjs';

const gqlDir = join(root, 'apps', 'web', 'src', 'gql');
const saved = mkdtempSync(join(tmpdir(), 'cg-gql-'));
cpSync(gqlDir, saved, { recursive: true });
const { code } = await run(PNPM[0], [...PNPM.slice(1), '--filter', '@common-ground/web', 'run', 'codegen']);
const differs = [];
if (code === 0) {
  const names = new Set([...readdirSync(saved), ...readdirSync(gqlDir)]);
  for (const name of names) {
    let a = '';
    let b = '';
    try {
      a = readFileSync(join(saved, name), 'utf8');
    } catch {
      /* missing before */
    }
    try {
      b = readFileSync(join(gqlDir, name), 'utf8');
    } catch {
      /* missing after */
    }
    if (a !== b) differs.push(name);
  }
}
// Put the committed files back either way: a check never changes the tree.
rmSync(gqlDir, { recursive: true, force: true });
cpSync(saved, gqlDir, { recursive: true });
rmSync(saved, { recursive: true, force: true });
if (code !== 0) {
  console.error('codegen failed');
  process.exit(1);
}
if (differs.length) {
  console.error(
    `apps/web/src/gql is out of date (${differs.join(', ')}): run \`npx pnpm@10 --filter @common-ground/web run codegen\` and commit.`,
  );
  process.exit(1);
}
console.log('codegen: generated client types match schema.gql');
