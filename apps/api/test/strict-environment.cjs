/**
 * Jest's Node environment, plus one rule no lint rule can enforce on every spelling: a test
 * that runs because it (or a describe around it) is focused with `.only`/`fit`/`fdescribe`
 * fails, since focus silently turns the rest of the file into skipped tests.
 */
const { createRequire } = require('node:module');

// jest-environment-node is Jest's own dependency (jest → @jest/core → jest-config), not ours:
// follow that chain rather than rely on how the package manager hoists it.
const fromJestConfig = ['jest', '@jest/core', 'jest-config'].reduce(
  (load, name) => createRequire(load.resolve(name)),
  require,
);
const { TestEnvironment } = fromJestConfig('jest-environment-node');

/** The outermost test or describe block focusing this test (Jest passes a block's focus down). */
function focusedBy(test) {
  let focus = null;
  for (let node = test; node; node = node.parent) {
    if (node.mode === 'only') focus = node;
  }
  return focus;
}

class StrictEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name !== 'test_done') return;
    const focus = focusedBy(event.test);
    if (!focus) return;
    const what = focus === event.test ? 'This test is' : `Its describe block "${focus.name}" is`;
    const error = new Error(
      `${what} focused (.only, fit or fdescribe), which skips the file's other tests. Remove the focus.`,
    );
    error.stack = `Error: ${error.message}`; // the stack would point here, not at the test
    event.test.errors.push(error);
  }
}

module.exports = StrictEnvironment;
