// The package under Lit's own server-side rendering (@lit-labs/ssr), against the build (dist/): it
// registers under SSR's DOM shim and renders its default trigger as declarative shadow DOM. The
// shim goes onto this process's global scope, which is this file's own (node --test runs each
// file in a process of its own).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult, collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

// After the shim, so that the package loads against the shim's DOM (document, customElements).
const { PluggyConnectElement } = await import('pluggy-connect-element');

/** The HTML without Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node 1-->`, …). */
const withoutMarkers = (markup) => markup.replace(/<!--\/?lit-[^>]*-->/g, '');

test('importing the package under the DOM shim registers the element and writes no window', () => {
  assert.equal(globalThis.customElements.get('pluggy-connect'), PluggyConnectElement);
  // The shim defines `window` as undefined; the package (and the SDK, which writes to it) leave it so.
  assert.equal(globalThis.window, undefined);
  assert.equal(globalThis.__PLUGGY_CONNECT_SDK_VERSION, undefined);
});

test('renders the default trigger as declarative shadow DOM: the styles and the labelled button', async () => {
  const markup = await collectResult(render(html`<pluggy-connect language="en"></pluggy-connect>`));
  const shadow = /<pluggy-connect\s+language="en"><template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template><\/pluggy-connect>/.exec(markup);
  assert.ok(shadow, markup);
  const [, content] = shadow;
  assert.ok(content.startsWith(`<style>${PluggyConnectElement.styles.cssText}</style>`), content);
  assert.match(content, /--pluggy-connect-button-background,#d01c43/);
  assert.equal(
    withoutMarkers(content.slice(content.indexOf('</style>') + '</style>'.length)),
    '<slot><button part="button" lang="en" aria-haspopup="dialog" aria-expanded="false" aria-busy="false" >Connect account</button></slot>',
  );
  // Lit's markers, which the client's hydration reads, are there.
  assert.match(content, /<!--lit-part [\w+/=]+--><slot><!--lit-node 1--><button /);
});

test('labels the button in Portuguese by default, and disables it with the element', () => {
  const markup = withoutMarkers(collectResultSync(render(html`<pluggy-connect></pluggy-connect>`)));
  assert.match(markup, /<button part="button" lang="pt" aria-haspopup="dialog" aria-expanded="false" aria-busy="false" >Conectar conta<\/button>/);
  const disabled = withoutMarkers(collectResultSync(render(html`<pluggy-connect language="es-MX" disabled></pluggy-connect>`)));
  assert.match(disabled, /<pluggy-connect\s+language="es-MX" disabled><template /);
  assert.match(disabled, /<button part="button" lang="es" [^>]* disabled>Conectar cuenta<\/button>/);
});

test('registers and renders without the global DOM shim too (Lit supplies customElements in Node)', async () => {
  // In a process of its own, without this file's shim: as an app's server imports only @lit-labs/ssr.
  const script = `
    import { render } from '@lit-labs/ssr';
    import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    import 'pluggy-connect-element';
    process.stdout.write(JSON.stringify({ document: typeof document, window: typeof window, html: await collectResult(render(html\`<pluggy-connect language="en"></pluggy-connect>\`)) }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('../..', import.meta.url) });
  const result = JSON.parse(stdout);
  assert.deepEqual([result.document, result.window], ['undefined', 'undefined']);
  assert.match(withoutMarkers(result.html), /<template shadowroot="open" shadowrootmode="open"><style>[\s\S]*<\/style><slot><button [^>]*lang="en"[^>]*>Connect account<\/button><\/slot><\/template>/);
});
