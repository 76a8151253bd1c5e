// The engine the browser tests run in: web-test-runner.config.mjs writes it into the test page
// (`TEST_ENGINE`; scripts/test-browsers.mjs runs the suite in each engine, one after another).

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine = (window as unknown as { testEngine: Engine }).testEngine;

/**
 * A suite that needs Chromium's DevTools protocol, which Firefox and WebKit do not have: it runs
 * in Chromium and is skipped elsewhere, with `reason` in its title in every engine.
 */
export function describeInChromiumOnly(title: string, reason: string, suite: (this: Mocha.Suite) => void): void {
  (engine === 'chromium' ? describe : describe.skip)(`${title} (Chromium only: ${reason})`, suite);
}

/** A test that needs Chromium's DevTools protocol: see `describeInChromiumOnly`. */
export function itInChromiumOnly(title: string, reason: string, test: Mocha.AsyncFunc): void {
  (engine === 'chromium' ? it : it.skip)(`${title} (Chromium only: ${reason})`, test);
}
