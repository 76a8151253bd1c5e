// The page's backend for development and tests: serves the pages and answers the token endpoint
// with emulator tokens. In production your backend answers POST /api/connect-token with
// `pluggyClient.createConnectToken()` from `pluggy-sdk`.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { mintToken } from 'pluggy-connect-emulator';

const pages = { '/': 'index.html', '/elsewhere': 'elsewhere.html', '/elsewhere/': 'elsewhere.html' };
const port = Number(process.env.PORT ?? 3000);

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'POST' && pathname === '/api/connect-token') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accessToken: mintToken() }));
  } else if (pages[pathname]) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(new URL(pages[pathname], import.meta.url)));
  } else {
    response.writeHead(404).end();
  }
}).listen(port, () => console.log(`http://localhost:${port}/`));
