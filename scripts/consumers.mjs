// `npm run test:consumers [app…]`: the packages as users receive them. Packs the element's tarball
// and the emulator's (emulator/, a workspace), then for each
// app under examples/ (each its own package.json and lockfile), copied outside this repository so
// nothing resolves from its node_modules: install (four apps at a time), then one app at a time the
// framework's type-check, the production build, the production server, its server-rendered HTML,
// and the Playwright tests in examples/e2e against the Connect emulator's command. Prints a table;
// exits 1 when an app fails.
//
// CONSUMERS_TARBALL=<file.tgz> reuses an element tarball instead of building and packing (the
// emulator is packed from emulator/dist as it is); CONSUMERS_DIR sets the work
// folder (default: <tmp>/pluggy-consumers, emptied first); `--update-locks` rewrites the named
// apps' lockfiles (after a dependency of theirs or of the package changed; `e2e` names examples/e2e).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromeOrExit } from './browser.mjs';
import { freePort } from './free-port.mjs';

const root = new URL('..', import.meta.url).pathname;

/**
 * The apps: where each lives, the package whose version the table shows, and the environment
 * variable through which its build or server reads the emulator's URL (its `connect-url`).
 * Apps without a `start` script (the typings project) stop after the type-check; a `clientOnly`
 * app renders in the browser only (its server sends no <pluggy-connect>).
 */
export const apps = {
  next: { dir: 'examples/next', framework: 'next', connectUrlEnv: 'NEXT_PUBLIC_CONNECT_URL' },
  nuxt: { dir: 'examples/nuxt', framework: 'nuxt', connectUrlEnv: 'NUXT_PUBLIC_CONNECT_URL' },
  sveltekit: { dir: 'examples/sveltekit', framework: '@sveltejs/kit', connectUrlEnv: 'PUBLIC_CONNECT_URL' },
  angular: { dir: 'examples/angular', framework: '@angular/core', connectUrlEnv: 'CONNECT_URL' },
  vite: { dir: 'examples/vite', framework: 'vite', connectUrlEnv: 'VITE_CONNECT_URL' },
  'react-18': { dir: 'examples/react-18', framework: 'react', connectUrlEnv: 'VITE_CONNECT_URL', clientOnly: true },
  // The page names the emulator's URL itself (the CLI's default port).
  html: { dir: 'examples/html', framework: 'pluggy-connect-element', emulatorPort: 4010 },
  astro: { dir: 'examples/astro', framework: 'astro', connectUrlEnv: 'PUBLIC_CONNECT_URL' },
  'react-router': { dir: 'examples/react-router', framework: 'react-router', connectUrlEnv: 'VITE_CONNECT_URL' },
  solid: { dir: 'examples/solid', framework: 'solid-js', connectUrlEnv: 'VITE_CONNECT_URL' },
  preact: { dir: 'examples/preact', framework: 'preact', connectUrlEnv: 'VITE_CONNECT_URL', clientOnly: true },
  vue: { dir: 'examples/vue', framework: 'vue', connectUrlEnv: 'VITE_CONNECT_URL', clientOnly: true },
  'angular-csr': { dir: 'examples/angular-csr', framework: '@angular/core', connectUrlEnv: 'CONNECT_URL', clientOnly: true },
  qwik: { dir: 'examples/qwik', framework: '@builder.io/qwik', connectUrlEnv: 'VITE_CONNECT_URL' },
  lit: { dir: 'examples/lit', framework: 'lit', connectUrlEnv: 'VITE_CONNECT_URL', clientOnly: true },
  turbo: { dir: 'examples/turbo', framework: '@hotwired/turbo', connectUrlEnv: 'CONNECT_URL' },
  htmx: { dir: 'examples/htmx', framework: 'htmx.org', connectUrlEnv: 'CONNECT_URL' },
  'types-react': { dir: 'test/consumers/types-react', framework: 'typescript' },
  'types-frameworks': { dir: 'test/consumers/types-frameworks', framework: 'typescript' },
};
/** The Playwright project every app with a server is tested with. */
const e2eDir = 'examples/e2e';

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { 'update-locks': { type: 'boolean' } } });
const chosen = positionals.length ? positionals.filter((name) => name !== 'e2e') : Object.keys(apps);
/** `--update-locks` rewrites examples/e2e's lockfile too when no app is named, or `e2e` is. */
const updateE2eLock = flags['update-locks'] && (!positionals.length || positionals.includes('e2e'));
for (const name of chosen) if (!apps[name]) throw new Error(`unknown app ${name}: ${Object.keys(apps).join(', ')}`);

const work = process.env.CONSUMERS_DIR ?? path.join(tmpdir(), 'pluggy-consumers');
/** The packages the apps install from tarballs beside them (`file:../<name>.tgz`). */
const packages = ['pluggy-connect-element', 'pluggy-connect-emulator'];
/** Build outputs and installs that must not be copied with an app. */
const generated = new Set(['node_modules', 'dist', 'build', '.next', '.nuxt', '.output', '.svelte-kit', '.angular', 'test-results', 'playwright-report', '.astro', '.react-router', '.vinxi']);

const log = (text) => console.log(`\n▶ ${text}`);

function sh(command, args, { cwd, env = {}, quiet = false } = {}) {
  return execFileSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
}

function timed(fn) {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

/** Packs the element (`npm pack`, after `npm run build`) and the emulator (`npm pack -w emulator`) into the work folder. */
function pack() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const packInto = (args) => JSON.parse(sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work, ...args], { cwd: root, quiet: true }))[0].filename;
  if (process.env.CONSUMERS_TARBALL) {
    cpSync(process.env.CONSUMERS_TARBALL, path.join(work, 'pluggy-connect-element.tgz'));
  } else {
    log('npm run build, npm pack');
    sh('npm', ['run', 'build'], { cwd: root });
    cpSync(path.join(work, packInto([])), path.join(work, 'pluggy-connect-element.tgz'));
  }
  cpSync(path.join(work, packInto(['-w', 'emulator'])), path.join(work, 'pluggy-connect-emulator.tgz'));
}

/** Copies an app next to the tarballs (`file:../pluggy-connect-element.tgz` resolves there). */
function copyApp(dir) {
  const target = path.join(work, path.basename(dir));
  cpSync(path.join(root, dir), target, { recursive: true, filter: (source) => !generated.has(path.basename(source)) });
  return target;
}

/**
 * The lockfile records the tarballs without an integrity: with one, npm would install the copy
 * in its cache from an earlier pack instead of this one.
 */
function checkLock(dir, name) {
  const lock = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));
  const pinned = packages.filter((pkg) => lock.packages[`node_modules/${pkg}`]?.integrity);
  if (pinned.length) throw new Error(`${name}/package-lock.json pins the integrity of ${pinned.join(', ')}: run npm run test:consumers -- --update-locks`);
}

function updateLock(source, dir) {
  log(`${source}: npm install (new lockfile)`);
  rmSync(path.join(dir, 'package-lock.json'), { force: true });
  sh('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir });
  const file = path.join(dir, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  for (const pkg of packages) delete lock.packages[`node_modules/${pkg}`]?.integrity;
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  cpSync(file, path.join(root, source, 'package-lock.json'));
}

async function waitForHttp(url, server, output) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${output()}`);
    const response = await fetch(url).catch(() => undefined);
    if (response) return response;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 60 s:\n${output()}`);
}

/** Starts `npm start` with PORT; resolves once it answers, with its output and a stop function. */
async function startServer(dir, env) {
  const server = spawn('npm', ['start', '--silent'], { cwd: dir, env: { ...process.env, ...env }, detached: true });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const stop = () =>
    new Promise((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once('exit', resolve);
      process.kill(-server.pid, 'SIGTERM');
    });
  try {
    await waitForHttp(`http://localhost:${env.PORT}/`, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { output: () => output, stop };
}

const kb = (bytes) => (bytes === undefined ? '' : `${(bytes / 1000).toFixed(1)} KB`);

/** Runs a command without blocking; its output is kept, and shown when it fails. */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** Copies an app (or examples/e2e) next to the tarball and installs it: its folder and the seconds the install took. */
async function install(source) {
  const dir = copyApp(source);
  const start = performance.now();
  if (flags['update-locks'] && (source !== e2eDir || updateE2eLock)) updateLock(source, dir);
  checkLock(dir, source);
  log(`${source}: npm ci`);
  await run('npm', ['ci', '--no-audit', '--no-fund'], dir);
  return { dir, seconds: (performance.now() - start) / 1000 };
}

/**
 * Installs the folders, `parallel` at a time: downloads and unpacking overlap (npm's cache is
 * shared), while the builds and browser tests that follow run one app at a time. Each result is
 * the install, or the error it failed with.
 */
async function installAll(sources, parallel = 4) {
  const queue = [...sources];
  const results = new Map();
  const worker = async () => {
    for (let source = queue.shift(); source; source = queue.shift()) results.set(source, await install(source).catch((error) => ({ error })));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

async function testApp(name, installed, e2e) {
  const app = apps[name];
  const row = { app: name, framework: '', install: 0, build: 0, initial: undefined, lazy: undefined, result: 'failed' };
  try {
    if (installed.error) throw installed.error;
    const { dir } = installed;
    row.install = installed.seconds;
    row.framework = JSON.parse(readFileSync(path.join(dir, 'node_modules', app.framework, 'package.json'), 'utf8')).version;
    const scripts = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).scripts ?? {};
    if (scripts.typecheck) {
      log(`${name}: npm run typecheck`);
      sh('npm', ['run', 'typecheck'], { cwd: dir });
    }
    if (!scripts.start) {
      row.result = 'passed';
      return row;
    }
    const emulatorPort = app.emulatorPort ?? (await freePort());
    const env = { NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1' };
    if (app.connectUrlEnv) env[app.connectUrlEnv] = `http://127.0.0.1:${emulatorPort}`;
    if (scripts.build) {
      log(`${name}: npm run build`);
      row.build = timed(() => sh('npm', ['run', 'build'], { cwd: dir, env }));
    }
    const port = await freePort();
    log(`${name}: npm start (port ${port})`);
    const server = await startServer(dir, { ...env, PORT: String(port) });
    try {
      const html = await (await fetch(`http://localhost:${port}/`)).text();
      if (!app.clientOnly && !html.includes('<pluggy-connect')) throw new Error(`the server-rendered HTML of / has no <pluggy-connect>:\n${html.slice(0, 2000)}`);
      log(`${name}: playwright test`);
      const e2eEnv = { APP_URL: `http://localhost:${port}`, APP_NAME: name, EMULATOR_PORT: String(emulatorPort), CHROME_PATH: chrome };
      try {
        process.stdout.write(sh('npx', ['playwright', 'test'], { cwd: e2e, env: e2eEnv, quiet: true }));
      } catch (error) {
        // Its report is the error's message: printed when the app fails, and again after the table.
        throw new Error(`playwright test failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
      }
    } finally {
      await server.stop();
    }
    const serverErrors = server.output().split('\n').filter((line) => /\b(error|exception|unhandled)\b/i.test(line));
    if (serverErrors.length) throw new Error(`the server logged errors:\n${serverErrors.join('\n')}`);
    const bundle = JSON.parse(readFileSync(path.join(e2e, 'test-results', `bundle-${name}.json`), 'utf8'));
    Object.assign(row, bundle, { result: 'passed' });
  } catch (error) {
    row.error = error.message;
    console.error(`\n✖ ${name}: ${error.message}`);
  }
  return row;
}

const started = performance.now();
const chrome = chromeOrExit(); // before any app: without a browser, the suite stops at once
pack();
const needsE2e = chosen.some((name) => apps[name].dir.startsWith('examples/'));
const installs = await installAll([...(needsE2e ? [e2eDir] : []), ...chosen.map((name) => apps[name].dir)]);
const e2eInstall = installs.get(e2eDir);
if (e2eInstall?.error) throw e2eInstall.error;
if (e2eInstall) {
  log('e2e: npm run typecheck'); // the Playwright helpers' types, as a user's suite receives them
  sh('npm', ['run', 'typecheck'], { cwd: e2eInstall.dir });
}
const rows = [];
for (const name of chosen) rows.push(await testApp(name, installs.get(apps[name].dir), e2eInstall?.dir));

console.log(`\n| app | framework | install | build | initial JS (gzip) | lazy JS after the click (gzip) | result |\n|---|---|---:|---:|---:|---:|---|`);
for (const row of rows) {
  const seconds = (value) => (value ? `${value.toFixed(1)} s` : '');
  console.log(`| ${row.app} | ${apps[row.app].framework} ${row.framework} | ${seconds(row.install)} | ${seconds(row.build)} | ${kb(row.initial)} | ${kb(row.lazy)} | ${row.result} |`);
}
console.log(`\n${rows.filter((row) => row.result === 'passed').length}/${rows.length} apps passed in ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
// The failures again, last: a CI log is often read from its end.
for (const row of rows.filter((row) => row.error)) console.error(`\n✖ ${row.app}:\n${row.error.split('\n').slice(-60).join('\n')}`);
if (rows.some((row) => row.result !== 'passed')) process.exitCode = 1;
if (existsSync(work) && !process.env.KEEP_CONSUMERS) rmSync(work, { recursive: true, force: true });
