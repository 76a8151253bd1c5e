// The site's server: writes the pages' HTML, serves the built script (dist/assets), and answers
// the token endpoint with emulator tokens. In production your backend answers
// POST /api/connect-token with `pluggyClient.createConnectToken()` from `pluggy-sdk`.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { mintToken } from 'pluggy-connect-emulator';

const port = Number(process.env.PORT ?? 3000);
// The Connect emulator (npx pluggy-connect-emulator) in development and tests; unset in production.
const connectUrl = process.env.CONNECT_URL;

const escape = (text) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** A whole page: hx-boost on <body>: its links load the next page with htmx, which swaps the <body>'s content and the title. */
const page = (title, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/assets/main.js"></script>
  </head>
  <body hx-boost="true">
${body}
  </body>
</html>
`;

const pages = {
  '/': page(
    'Connect your bank',
    `    <main>
      <h1>Connect your bank</h1>
      <pluggy-connect token-url="/api/connect-token" include-sandbox connector-ids="0, 601, 604"${connectUrl ? ` connect-url="${escape(connectUrl)}"` : ''}></pluggy-connect>
      <p role="status"></p>
      <p><a href="/elsewhere/">Elsewhere</a></p>
    </main>`,
  ),
  '/elsewhere/': page('Elsewhere', '    <a href="/">Connect your bank</a>'),
};
pages['/elsewhere'] = pages['/elsewhere/'];

const types = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const asset = /^\/assets\/[\w.-]+$/.test(pathname) && types[pathname.slice(pathname.lastIndexOf('.'))];
  if (request.method === 'POST' && pathname === '/api/connect-token') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accessToken: mintToken() }));
  } else if (pages[pathname]) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[pathname]);
  } else if (asset) {
    const body = await readFile(new URL(`dist${pathname}`, import.meta.url)).catch(() => undefined);
    if (body) response.writeHead(200, { 'content-type': asset }).end(body);
    else response.writeHead(404).end();
  } else {
    response.writeHead(404).end();
  }
}).listen(port, () => console.log(`http://localhost:${port}/`));
