// `pluggy-connect-emulator/server` (Node): serves the Connect emulator's static app at the
// root of an origin of its own, as `connect-url` needs (the SDK accepts the widget's messages only
// from an origin equal to its `url`). The `pluggy-connect-emulator` command runs it.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { logLine, logMeta } from './log-meta.js';

export interface EmulatorServerOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`: cross-site from pages on `localhost`, as the hosted app is from yours. */
  host?: string;
  /** Receives one line per widget session and per webhook the emulator sends. Default: none. */
  log?: (line: string) => void;
}

export interface EmulatorServer {
  /** The `connect-url` to give `<pluggy-connect>`, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** Stops the server (and ends its open connections). */
  close(): Promise<void>;
}

const app = new URL('./app/', import.meta.url);
const files: Partial<Record<string, [file: string, type: string]>> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/emulator.js': ['emulator.js', 'text/javascript; charset=utf-8'],
};

/** The page, asking the emulator to report its sessions and webhooks to this server. */
async function page(): Promise<string> {
  const html = await readFile(new URL('index.html', app), 'utf8');
  return html.replace('</head>', `  ${logMeta('/log')}\n  </head>`);
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

function handler(log: (line: string) => void) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://emulator').pathname;
    if (request.method === 'POST' && path === '/log') {
      log(logLine(await readBody(request)));
      response.writeHead(204).end();
      return;
    }
    const served = files[path];
    if (!served || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the emulator serves / and /emulator.js\n');
      return;
    }
    const [file, type] = served;
    const body = file === 'index.html' ? await page() : await readFile(new URL(file, app));
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(request.method === 'HEAD' ? undefined : body);
  };
}

/**
 * Starts the emulator's server. Rejects with a clear message when the port is taken.
 *
 * ```js
 * const emulator = await serveEmulator({ port: 4010 });
 * // <pluggy-connect connect-url="http://127.0.0.1:4010">; later: await emulator.close();
 * ```
 */
export async function serveEmulator({ port = 4010, host = '127.0.0.1', log = () => undefined }: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const server = createServer((request, response) => {
    handler(log)(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is in use: choose another one (--port)`) : error);
    });
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
