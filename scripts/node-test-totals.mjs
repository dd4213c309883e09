/**
 * A node:test reporter printing the same closing line as the Jest and Vitest reporters,
 * `runner: N passed, N failed, N skipped`, with the same rules: a file that leaves tests skipped
 * or todo counts as one failure, and so does a run in which no test executed.
 */
export default async function* totalsReporter(source) {
  let passed = 0;
  let failed = 0;
  let executed = 0;
  const skippedByFile = new Map();
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (data.skip || data.todo) {
      const names = skippedByFile.get(data.file) ?? [];
      skippedByFile.set(data.file, [...names, `${data.name} (${data.skip ? 'skip' : 'todo'})`]);
    } else if (type === 'test:pass') {
      passed += 1;
      executed += 1;
    } else {
      failed += 1;
      if (data.name !== data.file) executed += 1;
    }
  }
  let skipped = 0;
  for (const [file, names] of skippedByFile) {
    skipped += names.length;
    failed += 1;
    yield `runner: FAIL ${file} leaves ${names.length} test(s) skipped: ${names.join('; ')}\n`;
  }
  if (executed === 0) {
    failed += 1;
    yield 'runner: FAIL no test executed\n';
  }
  yield `runner: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}
