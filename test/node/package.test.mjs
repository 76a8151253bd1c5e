// The package as users receive it: the tarball `npm pack` makes (from the last build), unpacked.
// Its size, its file list (only what an import, the command or the CDN can reach), its types
// (only the package itself and its dependencies), publint and @arethetypeswrong/cli.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { publint } from 'publint';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const budget = 160_000;

let dir;
let tarball;
let packed;
let pkg;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pluggy-pack-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root });
  [packed] = JSON.parse(stdout);
  tarball = path.join(dir, packed.filename);
  await run('tar', ['xzf', tarball, '-C', dir]);
  pkg = JSON.parse(readFileSync(path.join(dir, 'package/package.json'), 'utf8'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

const unpacked = (file) => path.join(dir, 'package', file);
const read = (file) => readFileSync(unpacked(file), 'utf8');

/** Relative specifiers and bare ones a JS or .d.ts file imports (static, dynamic, re-exports). */
function importsOf(file) {
  const text = read(file);
  const found = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)].map((match) => match[1]);
  const references = [...text.matchAll(/\/\/\/\s*<reference\s+(?:types|path)="([^"]+)"/g)].map((match) => match[1]);
  return [...found, ...references];
}

/** `./x.js` imported from `from`, as a path in the package; a `.d.ts` importer means the `.d.ts`. */
function resolveRelative(from, specifier) {
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return from.endsWith('.d.ts') ? resolved.replace(/\.js$/, '.d.ts') : resolved;
}

/** Every file reachable from `roots` through relative imports. */
function closure(roots) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.(m?js|d\.ts)$/.test(file)) return;
    for (const specifier of importsOf(file)) if (specifier.startsWith('.')) visit(resolveRelative(file, specifier));
  };
  roots.forEach(visit);
  return seen;
}

/** The package's entry points: each `exports` target (patterns expanded over the packed files), the CDN entry. */
function entryPoints() {
  const files = packed.files.map((file) => file.path);
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const expanded = targets.flatMap((target) => {
    const clean = target.replace(/^\.\//, '');
    if (!clean.includes('*')) return [clean];
    const [prefix, suffix] = clean.split('*');
    return files.filter((file) => file.startsWith(prefix) && file.endsWith(suffix) && !file.slice(prefix.length).includes('/'));
  });
  return [...expanded, 'dist/cdn/pluggy-connect.min.js', 'dist/cdn/integrity.min.json'];
}

test(`the tarball packs to at most ${budget / 1000} KB`, () => {
  console.log(`packed ${(packed.size / 1000).toFixed(1)} KB, unpacked ${(packed.unpackedSize / 1000).toFixed(1)} KB, ${packed.entryCount} files`);
  assert.ok(packed.size <= budget, `${packed.size} bytes packed`);
});

test('the tarball holds exactly what an entry point reaches (plus each module’s types and source map)', () => {
  const reached = closure(entryPoints());
  // tsc writes a .js (and map) for type-only modules too, and a .d.ts beside each module.
  const companions = (file) => [file.replace(/\.js$/, '.d.ts'), `${file}.map`, file.replace(/\.d\.ts$/, '.js'), file.replace(/\.d\.ts$/, '.js.map')];
  const allowed = new Set([...reached, ...[...reached].flatMap(companions), 'package.json', 'README.md', 'LICENSE', 'custom-elements.json']);
  const files = packed.files.map((file) => file.path);
  assert.deepEqual(files.filter((file) => !allowed.has(file)), [], 'packed but unreachable');
  assert.deepEqual([...reached].filter((file) => !files.includes(file)), [], 'reachable but not packed');
  // The Connect emulator is a package of its own (emulator/).
  assert.deepEqual(files.filter((file) => file.includes('emulator')), []);
});

test('source maps carry their sources (the TypeScript is not shipped)', () => {
  const maps = packed.files.map((file) => file.path).filter((file) => file.endsWith('.map'));
  assert.ok(maps.length > 0);
  for (const map of maps) {
    const { sources, sourcesContent } = JSON.parse(read(map));
    assert.equal(sourcesContent?.length, sources.length, `${map} has no sourcesContent`);
  }
});

test('shipped .d.ts files import only the package itself, its dependencies and its optional framework peers', () => {
  const allowed = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const owner = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  const offending = packed.files
    .map((file) => file.path)
    .filter((file) => file.endsWith('.d.ts'))
    .flatMap((file) => importsOf(file).filter((spec) => !spec.startsWith('.') && !allowed.has(owner(spec))).map((spec) => `${file} → ${spec}`));
  assert.deepEqual(offending, []);
});

test("no public type reaches the SDK's own types (they need zoid's and pluggy-js's)", () => {
  const typeEntries = entryPoints().filter((file) => file.endsWith('.d.ts'));
  assert.ok(typeEntries.length >= 6, `type entries: ${typeEntries.join(', ')}`);
  const reaching = [...closure(typeEntries)]
    .filter((file) => file.endsWith('.d.ts') && existsSync(unpacked(file)))
    .filter((file) => importsOf(file).some((spec) => /^(pluggy-connect-sdk|zoid|pluggy-js)(\/|$)/.test(spec)));
  assert.deepEqual(reaching, []);
});

test('publint finds nothing to fix', async () => {
  const { messages } = await publint({ pkgDir: path.join(dir, 'package'), strict: true, pack: false });
  assert.deepEqual(messages, []);
});

test('@arethetypeswrong/cli is clean for the node16 and bundler resolutions (the package is ESM-only)', async () => {
  const attw = path.join(root, 'node_modules/.bin/attw');
  const result = await run(attw, [tarball, '--profile', 'esm-only', '--format', 'ascii'], { cwd: root }).catch((error) => error);
  assert.equal(result.code ?? 0, 0, result.stdout);
});
