// The emulator's two files served as a hosted app's are: compressed as the browser accepts
// (brotli, else gzip), with an ETag, and the script at a path named by its content, cached for a
// year (the page, which names it, is revalidated on each load).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A file ready to serve: its bytes in each encoding, and its headers. */
export interface StaticFile {
  readonly type: string;
  readonly cache: string;
  readonly etag: string;
  readonly bodies: Readonly<Record<'identity' | 'br' | 'gzip', Buffer>>;
}

/** A page or script of the emulator is revalidated (`no-cache`) unless its path names its content (`immutable`). */
export const revalidate = 'no-cache';
export const immutable = 'public, max-age=31536000, immutable';

/** The first 10 hex digits of the SHA-256 of `body`: a script's name, and its ETag. */
export const contentHash = (body: Buffer) => createHash('sha256').update(body).digest('hex').slice(0, 10);

export function staticFile(content: Buffer | string, type: string, cache: string): StaticFile {
  const identity = Buffer.from(content);
  return {
    type,
    cache,
    etag: `"${contentHash(identity)}"`,
    bodies: {
      identity,
      br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
      gzip: gzipSync(identity, { level: 9 }),
    },
  };
}

/** The encoding to answer with: brotli or gzip when the request accepts it (and not with q=0). */
function encodingFor(request: IncomingMessage): 'br' | 'gzip' | 'identity' {
  const accepted = (request.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter((parts) => !/^\s*q=0(\.0*)?\s*$/.test(parts[1] ?? ''))
    .map(([name]) => name.toLowerCase());
  if (accepted.includes('br')) return 'br';
  return accepted.includes('gzip') ? 'gzip' : 'identity';
}

/** Answers GET or HEAD with `file`: 304 when the request has its ETag already. */
export function serveStatic(request: IncomingMessage, response: ServerResponse, file: StaticFile): void {
  const headers: Record<string, string> = { 'cache-control': file.cache, etag: file.etag, vary: 'accept-encoding' };
  if (request.headers['if-none-match'] === file.etag) {
    response.writeHead(304, headers).end();
    return;
  }
  const encoding = encodingFor(request);
  const body = file.bodies[encoding];
  response
    .writeHead(200, {
      ...headers,
      'content-type': file.type,
      'content-length': String(body.length),
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    })
    .end(request.method === 'HEAD' ? undefined : body);
}
