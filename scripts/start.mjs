/**
 * `npm start`: installs what is missing, builds, and runs the whole product on one port
 * (http://localhost:3000 unless PORT is set). Without DATABASE_URL the API starts an
 * embedded PostgreSQL whose data lives in .data/ and survives restarts.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, pnpm, root } from './lib.mjs';

async function main() {
  process.stdout.write('Installing dependencies (first run takes about a minute)…\n');
  await ensureInstalled();
  process.stdout.write('Building…\n');
  await pnpm(['-r', '--workspace-concurrency=1', 'run', 'build']);
  const api = spawn(process.execPath, [join(root, 'apps', 'api', 'dist', 'main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      DATA_DIR: process.env.DATA_DIR ?? join(root, '.data'),
      WEB_DIST: process.env.WEB_DIST ?? join(root, 'apps', 'web', 'dist'),
    },
  });
  const forward = (signal) => api.kill(signal);
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  api.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
