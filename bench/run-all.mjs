/**
 * `npm run bench`: runs every benchmark in turn (each starts its own database, API and
 * bare baseline, and prints its own table and notes), then prints one table of them all.
 * Arguments after `--` go to every benchmark, e.g. `npm run bench -- --rounds 1`.
 *   npm run build && npm run bench
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BENCHMARKS = [
  'lesson-page.mjs',
  'thread-page.mjs',
  'fan-out.mjs',
  'search.mjs',
  'podcast-feed.mjs',
  'glossary-linker.mjs',
  'programme.mjs',
];
const dir = mkdtempSync(join(tmpdir(), 'cg-bench-results-'));

/** Runs one benchmark with its output shown; its rows, or one row saying it failed. */
async function run(file) {
  const json = join(dir, `${file}.json`);
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, file), ...process.argv.slice(2)], {
      env: { ...process.env, BENCH_JSON: json },
      stdio: 'inherit',
    });
    child.on('exit', (status) => resolve(status ?? 1));
  });
  try {
    return { code, rows: JSON.parse(readFileSync(json, 'utf8')) };
  } catch {
    return { code, rows: [{ benchmark: file, server: '-', goal: `did not finish (exit ${code})` }] };
  }
}

const cell = (value, width) => String(value ?? '-').padStart(width);
let failed = false;
const rows = [];
for (const file of BENCHMARKS) {
  console.log(`\n=== ${file}`);
  const result = await run(file);
  failed ||= result.code !== 0;
  rows.push(...result.rows);
}
rmSync(dir, { recursive: true, force: true });

const nameWidth = Math.max(9, ...rows.map((r) => r.benchmark.length));
const serverWidth = Math.max(6, ...rows.map((r) => r.server.length));
console.log('\n=== All benchmarks (latency in ms; fan-out: time until the last viewer has the post)\n');
console.log(
  `| ${'benchmark'.padEnd(nameWidth)} | ${'server'.padEnd(serverWidth)} |  req/s |    p50 |    p99 | failures | goal`,
);
console.log(`| ${'-'.repeat(nameWidth)} | ${'-'.repeat(serverWidth)} | ------ | ------ | ------ | -------- | ----`);
for (const r of rows) {
  console.log(
    `| ${r.benchmark.padEnd(nameWidth)} | ${r.server.padEnd(serverWidth)} | ${cell(r.rps, 6)} | ${cell(r.p50, 6)} | ${cell(r.p99, 6)} | ${cell(r.failures, 8)} | ${r.goal ?? ''}`,
  );
}
if (failed) process.exitCode = 1;
