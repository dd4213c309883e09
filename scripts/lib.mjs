/** Small helpers shared by the root scripts (start, test, dev). */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** pnpm 10 through npx, so a machine with only Node 20 and npm needs nothing else. */
export const PNPM = ['npx', '--yes', 'pnpm@10'];

/**
 * Runs a command, streaming its output, and resolves with its exit code and what it printed
 * (so totals lines can be read). Never rejects for a non-zero exit.
 */
export function run(cmd, args, { cwd = root, env = {}, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (stream, target) =>
      stream.on('data', (chunk) => {
        if (capture) output += chunk.toString();
        target.write(chunk);
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('error', (error) => {
      process.stderr.write(`${cmd}: ${error.message}\n`);
      resolve({ code: 1, output });
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Installs dependencies from the lockfile when they are missing or out of date. */
export async function ensureInstalled() {
  // pnpm confirms an up-to-date tree in a second or two, so it always runs.
  const args = [...PNPM.slice(1), 'install', '--frozen-lockfile', '--reporter=append-only'];
  const { code } = await run(PNPM[0], args);
  if (code !== 0) throw new Error('Installing dependencies failed (see above).');
}

/** Runs a pnpm command in the workspace; throws when it fails. */
export async function pnpm(args, options = {}) {
  const result = await run(PNPM[0], [...PNPM.slice(1), ...args], options);
  if (result.code !== 0) throw new Error(`pnpm ${args.join(' ')} failed`);
  return result;
}
