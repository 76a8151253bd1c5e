/**
 * The plain HTML example (examples/html/index.html: the CDN build, no build step) as its users get
 * it, for test/cdn.test.ts, at `/test/cdn-example/`. Two things differ, and nothing else, the
 * script's SRI `integrity` included:
 * - the CDN build it loads from jsDelivr comes from this server's `dist/cdn/` (the build the page's
 *   hash is written for), at `http://127.0.0.1:<port>/cdn.jsdelivr.net/…`: another origin, as the
 *   CDN is, answered with CORS as jsDelivr answers;
 * - its `connect-url` (the Connect emulator at http://127.0.0.1:4010) is the page's
 *   `?connect-url=`, the emulator the tests serve.
 * With `?tampered`, the CDN files are served with a byte added: the browser must refuse them.
 */
import { readFile } from 'node:fs/promises';

const examplePage = new URL('../../examples/html/index.html', import.meta.url);
const cdnBuild = new URL('../../dist/cdn/', import.meta.url);
const jsDelivr = 'https://cdn.jsdelivr.net/';
const emulatorUrl = 'http://127.0.0.1:4010';
const cdnPath = /^\/cdn\.jsdelivr\.net\/npm\/pluggy-connect-element@[^/]+\/dist\/cdn\/([\w.-]+\.js)$/;

/** `text` with `from` replaced by `to`; throws when the page no longer has `from`. */
function replaced(text, from, to) {
  if (!text.includes(from)) throw new Error(`examples/html/index.html no longer has ${from}: update test/server/cdn.mjs`);
  return text.split(from).join(to);
}

export function cdnExample() {
  return async function cdnExampleMiddleware(context, next) {
    const file = cdnPath.exec(context.path)?.[1];
    if (file) {
      let body = await readFile(new URL(file, cdnBuild), 'utf8');
      if ('tampered' in context.query) body += ' ';
      context.type = 'application/javascript; charset=utf-8';
      context.set('Access-Control-Allow-Origin', '*');
      context.body = body;
      return undefined;
    }
    if (context.path !== '/test/cdn-example/') return next();
    const cdn = `http://127.0.0.1:${context.URL.port}/cdn.jsdelivr.net/`;
    let page = replaced(await readFile(examplePage, 'utf8'), jsDelivr, cdn);
    page = replaced(page, `connect-url="${emulatorUrl}"`, `connect-url="${context.query['connect-url']}"`);
    if ('tampered' in context.query) page = page.replace(/(pluggy-connect\.min\.js)"/, '$1?tampered"');
    context.type = 'html';
    context.body = page;
    return undefined;
  };
}
