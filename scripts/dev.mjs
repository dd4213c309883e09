/**
 * `npm run dev`: the API recompiled and restarted on change (tsc --watch + node --watch)
 * and the Vite dev server with hot reload on http://localhost:5173, proxying the API.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, pnpm, root, PNPM } from './lib.mjs';

await ensureInstalled();
await pnpm(['--filter', '@common-ground/shared', 'run', 'build']);
await pnpm(['--filter', '@common-ground/api', 'run', 'build']);
const api = join(root, 'apps', 'api');
const children = [
  spawn(PNPM[0], [...PNPM.slice(1), 'exec', 'tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
    cwd: api,
    stdio: 'inherit',
  }),
  spawn(process.execPath, ['--watch-path=dist', 'dist/main.js'], {
    cwd: api,
    stdio: 'inherit',
    env: { ...process.env, DATA_DIR: process.env.DATA_DIR ?? join(root, '.data'), WEB_DIST: '/nonexistent' },
  }),
  spawn(PNPM[0], [...PNPM.slice(1), '--filter', '@common-ground/web', 'run', 'dev'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGINT');
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
