// Dev-server plugins and middleware shared by the test runner (web-test-runner.config.mjs) and the demo
// server (npm start). They only shape how files are served; no product code lives here.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/**
 * `pluggy-connect-sdk` imports zoid's UMD build, which the dev server cannot serve as an ES
 * module. Wrap that one file: run the UMD factory against a local `module`, then re-export
 * every name its webpack header declares.
 */
export function zoidAsEsm() {
  return {
    name: 'zoid-as-esm',
    transform(context) {
      if (!/\/zoid\/dist\/[^/]+\.js$/.test(context.path)) return undefined;
      const names = [...context.body.matchAll(/__webpack_require__\.d\(__webpack_exports__, "(\w+)"/g)].map(
        (match) => match[1],
      );
      return {
        body: [
          'const module = { exports: {} };',
          'const exports = module.exports;',
          context.body,
          `export const { ${names.join(', ')} } = module.exports;`,
          'export default module.exports;',
        ].join('\n'),
      };
    },
  };
}

/**
 * Koa middleware serving a child app at the root of a second origin: requests for `/` whose
 * host is `childHost` get `page` (a path relative to the project root). The page under test
 * stays on `localhost`; pointing the SDK at `http://127.0.0.1:<port>` makes the widget
 * cross-origin, and serving it at the origin's root is what the SDK's `event.origin === url`
 * check needs. A middleware, not a plugin: the test runner serves its own page at `/`.
 */
export function childAtRoot({ childHost = '127.0.0.1', page }) {
  return async function childAtRootMiddleware(context, next) {
    if (context.hostname !== childHost) return next();
    if (context.path === '/favicon.ico') {
      // What <pluggy-connect> loads, hidden, on intent, to open its connection (src/warm-up.ts).
      // Cached for a year, as a hosted app's icon may be: the warm-up has to reach the server anyway.
      context.set('cache-control', 'public, max-age=31536000');
      context.type = 'image/svg+xml';
      context.body = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>';
      return undefined;
    }
    if (context.path !== '/') return next();
    context.type = 'html';
    context.body = await readFile(new URL(`../${page}`, import.meta.url), 'utf8');
    return undefined;
  };
}

/**
 * Koa middleware that sends scripts and pages gzip-compressed, as a CDN does (the dev server sends
 * them as they are): for the benchmark on a network profile, where bytes cost time.
 */
export function gzip() {
  return async function gzipMiddleware(context, next) {
    await next();
    if (!/javascript|html/.test(context.type) || !context.acceptsEncodings('gzip') || context.body == null) return;
    let body = context.body;
    if (typeof body.pipe === 'function') {
      const chunks = [];
      for await (const chunk of body) chunks.push(Buffer.from(chunk));
      body = Buffer.concat(chunks);
    }
    context.body = gzipSync(body);
    context.set('Content-Encoding', 'gzip');
  };
}
