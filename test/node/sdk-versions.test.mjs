// The workarounds in src/sdk/ patch behaviours of exact SDK and zoid versions (src/sdk/verified.ts).
// An upgrade must be re-verified on purpose: these fail when the installed or the depended-on
// versions are not the verified ones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { loadTs } from '../../scripts/load-ts.mjs';

const { verified } = await loadTs('src/sdk/verified.ts');
const require = createRequire(import.meta.url);
const installed = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`, { paths: [require.resolve('pluggy-connect-sdk')] }), 'utf8')).version;
const reverify = 'new version: re-verify every workaround in src/sdk/ (each file says what to check), then record it in src/sdk/verified.ts';

for (const name of ['pluggy-connect-sdk', 'zoid']) {
  test(`the installed ${name} is the verified version`, () => {
    assert.equal(installed(name), verified[name], reverify);
  });
}

test('package.json depends on exactly the verified SDK, so users get the version the workarounds fit', () => {
  const { dependencies } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(dependencies['pluggy-connect-sdk'], verified['pluggy-connect-sdk'], reverify);
});
