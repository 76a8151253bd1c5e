// `npm run test:browser`: the browser tests (web-test-runner.config.mjs) in Chromium, Firefox and
// WebKit, one engine after another (in parallel, three browsers on a small machine make timing
// tests flaky), then a summary: each engine's version, its tests passed, failed and skipped (with
// the skipped tests' titles, which say why), and its wall time.
//
//   node scripts/test-browsers.mjs [engine…] [web-test-runner arguments…]
//
// Engines: chromium, firefox, webkit (all three when none is named). An engine that is not
// installed is skipped with a loud notice that says what to install, unless REQUIRE_ALL_ENGINES=1
// (CI: .ci/run), which makes it an error. Exits non-zero when a test failed, a required engine is
// missing, or no engine ran at all.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { engineNames, engineVersion, findEngine, installHints } from './engines.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const named = args.filter((arg) => engineNames.includes(arg));
const passOn = args.filter((arg) => !engineNames.includes(arg));
const engines = named.length ? engineNames.filter((engine) => named.includes(engine)) : engineNames;
const requireAll = process.env.REQUIRE_ALL_ENGINES === '1';
const labels = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

function loud(lines) {
  const bar = '!'.repeat(78);
  console.error(['', bar, ...lines.map((line) => `!! ${line}`), bar, ''].join('\n'));
}

const missingNotice = (engine, found) => [
  `${requireAll ? 'ERROR' : 'SKIPPED'}: the browser tests did NOT run in ${labels[engine]}: ${found.missing} not found.`,
  ...(requireAll ? ['REQUIRE_ALL_ENGINES=1 (CI) requires every engine.'] : []),
  ...installHints[engine].split('\n'),
];

/** Runs web-test-runner in `engine`; resolves with its exit code and wall time. */
function run(engine, resultsPath) {
  const started = Date.now();
  const child = spawn(process.execPath, [`${root}node_modules/@web/test-runner/dist/bin.js`, ...passOn], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TEST_ENGINE: engine, TEST_RESULTS: resultsPath },
  });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 })));
}

const duration = (seconds) => `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;

const outcomes = [];
for (const engine of engines) {
  const found = findEngine(engine);
  if (!found.ok) {
    loud(missingNotice(engine, found));
    outcomes.push({ engine, missing: found });
    continue;
  }
  const resultsPath = `${root}test-results/browsers/${engine}.json`;
  rmSync(resultsPath, { force: true });
  console.log(`\n=== ${labels[engine]}: the browser tests ===\n`);
  const { code, seconds } = await run(engine, resultsPath);
  // No results: the runner ended before its reporter wrote them (a crash, a config error).
  const results = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : { files: [{ file: 'web-test-runner', passed: [], failed: [], skipped: [], errors: ['ended without results'] }] };
  const files = results.files;
  const all = (key) => files.flatMap((file) => file[key].map((title) => ({ file: file.file, title })));
  outcomes.push({
    engine,
    code,
    seconds,
    version: engine === 'webkit' ? files[0]?.browser : engineVersion(engine, found),
    passed: all('passed'),
    failed: all('failed'),
    skipped: all('skipped'),
    broken: files.filter((file) => file.errors.length).map((file) => ({ file: file.file, errors: file.errors })),
  });
}

console.log('\n=== The browser tests in each engine ===\n');
const rows = [['engine', 'version', 'passed', 'failed', 'skipped', 'wall time']];
for (const outcome of outcomes) {
  if (outcome.missing) {
    rows.push([labels[outcome.engine], `NOT RUN: ${outcome.missing.missing} not found`, '-', '-', '-', '-']);
    continue;
  }
  rows.push([labels[outcome.engine], outcome.version ?? '?', outcome.passed.length, outcome.failed.length, outcome.skipped.length, duration(outcome.seconds)]);
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
for (const [index, row] of rows.entries()) {
  console.log(row.map((cell, column) => String(cell).padEnd(widths[column])).join('  '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}

for (const outcome of outcomes.filter((candidate) => !candidate.missing)) {
  if (!outcome.skipped.length && !outcome.failed.length && !outcome.broken.length) continue;
  console.log(`\n${labels[outcome.engine]}:`);
  for (const test of outcome.failed) console.log(`  FAILED   ${test.file}: ${test.title}`);
  for (const file of outcome.broken) console.log(`  BROKEN   ${file.file}: ${file.errors.join('; ')}`);
  for (const test of outcome.skipped) console.log(`  skipped  ${test.file}: ${test.title}`);
}

const missing = outcomes.filter((outcome) => outcome.missing);
for (const outcome of missing) loud(missingNotice(outcome.engine, outcome.missing));
const failed = outcomes.filter((outcome) => !outcome.missing && (outcome.code !== 0 || outcome.failed.length || outcome.broken.length));
if (failed.length) console.error(`\nThe browser tests failed in ${failed.map((outcome) => labels[outcome.engine]).join(', ')}.`);
if (missing.length === outcomes.length) console.error('\nThe browser tests ran in no engine.');
process.exit(failed.length || missing.length === outcomes.length || (requireAll && missing.length) ? 1 : 0);
