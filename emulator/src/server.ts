// `pluggy-connect-emulator/server` (Node): serves the Connect emulator's static app at the
// root of an origin of its own, as `connect-url` needs (the SDK accepts the widget's messages only
// from an origin equal to its `url`), and its Open Finance bank on a second origin. The
// `pluggy-connect-emulator` command runs it.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { Server, Socket } from 'node:net';
import { bankSite, consentApi, type Consents } from './bank.js';
import { bankMeta } from './bank-meta.js';
import { readBody } from './http.js';
import { icon } from './icon.js';
import { webhookJournal } from './journal.js';
import { logLine, logMeta } from './log-meta.js';
import { contentHash, immutable, revalidate, serveStatic, staticFile, type StaticFile } from './static.js';

export interface EmulatorServerOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** The Open Finance bank's port. Default: `port` + 1 (0 when `port` is 0: a free port). */
  bankPort?: number;
  /** Default `127.0.0.1`: cross-site from pages on `localhost`, as the hosted app is from yours. */
  host?: string;
  /** Receives one line per widget session and per webhook the emulator sends. Default: none. */
  log?: (line: string) => void;
  /**
   * A key and certificate (PEM text) to serve both origins over HTTPS, with HTTP/2 (and HTTP/1.1 for
   * clients without it), as hosted origins are. Default: plain HTTP.
   */
  tls?: { key: string; cert: string };
}

export interface EmulatorServer {
  /** The `connect-url` to give `<pluggy-connect>`, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** The origin of the Open Finance bank, where the widget sends the person to consent, e.g. `http://127.0.0.1:4011`. */
  readonly bankUrl: string;
  /** Stops the server (and ends its open connections). */
  close(): Promise<void>;
}

const app = new URL('./app/', import.meta.url);

/**
 * The app's files as served: the page (telling it where this server takes its log lines and where
 * the bank is, and naming the script by its content), and the script under that name and its own.
 */
async function appFiles(bankUrl: string): Promise<Map<string, StaticFile>> {
  const script = await readFile(new URL('emulator.js', app));
  const name = `emulator.${contentHash(script)}.js`;
  const html = (await readFile(new URL('index.html', app), 'utf8'))
    .replace('src="./emulator.js"', `src="./${name}"`)
    .replace('</head>', `  ${logMeta('/log')}\n  ${bankMeta(bankUrl)}\n  </head>`);
  const type = 'text/javascript; charset=utf-8';
  return new Map([
    ['/', staticFile(html, 'text/html; charset=utf-8', revalidate)],
    [`/${name}`, staticFile(script, type, immutable)],
    ['/emulator.js', staticFile(script, type, revalidate)],
    ['/favicon.ico', staticFile(icon.body, icon.type, revalidate)],
  ]);
}

function handler(log: (line: string) => void, consents: Consents, bankUrl: () => string) {
  const apis = [consentApi(consents), webhookJournal()];
  let files: Promise<Map<string, StaticFile>> | undefined;
  return async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://emulator').pathname;
    for (const api of apis) if (await api(request, response)) return;
    if (request.method === 'POST' && path === '/log') {
      log(logLine(await readBody(request)));
      response.writeHead(204).end();
      return;
    }
    const file = (await (files ??= appFiles(bankUrl()))).get(path);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the emulator serves /, its script and its icon\n');
      return;
    }
    serveStatic(request, response, file);
  };
}

/** Listens on `port` (0: a free one); resolves with the port bound, or rejects with a clear message when it is taken. */
async function listen(server: Server, port: number, host: string, flag: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is in use: choose another one (${flag})`) : error);
    });
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

/** The connections each server has open, which stopping it ends. */
const connections = new WeakMap<Server, Set<Socket>>();

/**
 * A server whose errors answer 500 instead of crashing the process: HTTP, or with `tls` HTTPS with
 * HTTP/2, whose compatibility API gives the handlers the same request and response methods.
 */
function serverOf(handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>, tls?: EmulatorServerOptions['tls']): Server {
  const listener: RequestListener = (request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  };
  // HTTP/2's compatibility request and response have what the handlers use (url, method, headers,
  // the body as a stream, writeHead().end()), under other type names.
  const server: Server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, listener as never) : createServer(listener);
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  connections.set(server, open);
  return server;
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    for (const socket of connections.get(server) ?? []) socket.destroy();
  });

/**
 * Starts the emulator's server, and its Open Finance bank on a second port. Rejects with a clear
 * message when a port is taken.
 *
 * ```js
 * const emulator = await serveEmulator({ port: 4010 });
 * // <pluggy-connect connect-url="http://127.0.0.1:4010">; later: await emulator.close();
 * ```
 */
export async function serveEmulator({ port = 4010, bankPort, host = '127.0.0.1', log = () => undefined, tls }: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const consents: Consents = new Map();
  const origin = (bound: number) => `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${bound}`;
  let bankUrl = '';
  const server = serverOf(handler(log, consents, () => bankUrl), tls);
  const bound = await listen(server, port, host, '--port');
  const bank = serverOf(bankSite(consents, log), tls);
  bankUrl = origin(
    await listen(bank, bankPort ?? (port === 0 ? 0 : port + 1), host, '--bank-port').catch(async (error: unknown) => {
      await stop(server);
      throw error;
    }),
  );
  return {
    url: origin(bound),
    port: bound,
    bankUrl,
    close: async () => {
      await Promise.all([stop(server), stop(bank)]);
    },
  };
}
