// The production server of the built app: the files of dist/example/browser, index.html for every
// other path (the router's pages), and the token endpoint.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { mintToken } from 'pluggy-connect-emulator';

const browser = new URL('dist/example/browser/', import.meta.url);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain' };

// The Connect emulator's URL in development and tests, read when the server starts and handed to
// the page in a <meta>; unset in production, where the element opens the hosted Connect app.
const connectUrl = process.env.CONNECT_URL;
const meta = connectUrl ? `<meta name="connect-url" content="${connectUrl.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" />` : '';
const index = (await readFile(new URL('index.html', browser), 'utf8')).replace('</head>', `${meta}</head>`);

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  // Your backend's token endpoint: `<pluggy-connect token-url>` POSTs here and reads `accessToken`.
  // This example mints a token of the Connect emulator; production code answers with
  // `await pluggyClient.createConnectToken()` from `pluggy-sdk` instead.
  if (request.method === 'POST' && pathname === '/api/connect-token') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accessToken: mintToken() }));
    return;
  }
  const type = types[extname(pathname)];
  const file = type && (await readFile(new URL(`.${pathname}`, browser)).catch(() => undefined));
  if (file) response.writeHead(200, { 'content-type': type }).end(file);
  else if (type) response.writeHead(404).end();
  else response.writeHead(200, { 'content-type': types['.html'] }).end(index);
}).listen(Number(process.env.PORT ?? 4000), () => console.log(`Listening on http://localhost:${process.env.PORT ?? 4000}`));
