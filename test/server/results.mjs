/**
 * A test-runner reporter that writes the run's results to `file` (JSON), for
 * scripts/test-browsers.mjs's summary: the browser and, per test file, each test that passed,
 * failed or was skipped (by its full title, which says why when it is skipped), and the errors of
 * files that did not run to the end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Every test of a file's results, with its suites' titles before its own. */
function testsOf(suite, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  return [...(suite.tests ?? []).map((test) => ({ ...test, title: [...here, test.name].join(' > ') })), ...(suite.suites ?? []).flatMap((child) => testsOf(child, here))];
}

export function resultsFile(file) {
  return {
    // Synchronous: the runner does not wait for its reporters before it exits.
    onTestRunFinished({ sessions }) {
      const files = sessions.map((session) => {
        const tests = session.testResults ? testsOf(session.testResults) : [];
        return {
          file: session.testFile,
          browser: session.browser.name,
          passed: tests.filter((test) => test.passed && !test.skipped).map((test) => test.title),
          failed: tests.filter((test) => !test.passed && !test.skipped).map((test) => test.title),
          skipped: tests.filter((test) => test.skipped).map((test) => test.title),
          errors: (session.errors ?? []).map((error) => error.message ?? String(error)),
          /** The tests' own time, in ms (the file's page load and hooks not included). */
          testsMs: Math.round(tests.reduce((sum, test) => sum + (test.duration ?? 0), 0)),
        };
      });
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ files }, null, 2)}\n`);
    },
  };
}
