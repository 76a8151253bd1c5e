// The emulator's server serves its app as a hosted Connect app's origin does, so that a benchmark's
// first open pays what it would pay there: compressed files, ETags, the script at a path named by
// its content and cached for a year, and with a certificate HTTPS and HTTP/2.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:http2';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serveEmulator } from 'pluggy-connect-emulator/server';

/** GET `url` with `headers`; resolves with the status, the headers and the raw (still encoded) body. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

test('the page names its script by content; that script is immutable, the page and /emulator.js are revalidated', async (t) => {
  const emulator = await serveEmulator({ port: 0 });
  t.after(() => emulator.close());
  const page = await get(`${emulator.url}/`);
  assert.equal(page.headers['cache-control'], 'no-cache');
  const [, name] = page.body.toString().match(/<script type="module" src="\.\/(emulator\.[0-9a-f]{10}\.js)">/) ?? [];
  assert.ok(name, 'the page loads a script named by its content');
  const script = await get(`${emulator.url}/${name}`);
  assert.equal(script.status, 200);
  assert.equal(script.headers['cache-control'], 'public, max-age=31536000, immutable');
  const plain = await get(`${emulator.url}/emulator.js`);
  assert.equal(plain.headers['cache-control'], 'no-cache');
  assert.deepEqual(plain.body, script.body);
  assert.equal((await get(`${emulator.url}/emulator.0000000000.js`)).status, 404);
});

test("an icon at /favicon.ico, as a hosted app has: what <pluggy-connect>'s warm-up frame loads", async (t) => {
  const emulator = await serveEmulator({ port: 0 });
  t.after(() => emulator.close());
  const icon = await get(`${emulator.url}/favicon.ico`);
  assert.equal(icon.status, 200);
  assert.equal(icon.headers['content-type'], 'image/svg+xml');
  assert.match(icon.body.toString(), /^<svg [^<]*><rect [^<]*\/><\/svg>$/);
});

test('brotli or gzip as the browser accepts, the same bytes once decoded; an ETag answers 304', async (t) => {
  const emulator = await serveEmulator({ port: 0 });
  t.after(() => emulator.close());
  const identity = await get(`${emulator.url}/emulator.js`);
  assert.equal(identity.headers['content-encoding'], undefined);
  const br = await get(`${emulator.url}/emulator.js`, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'accept-encoding');
  assert.deepEqual(brotliDecompressSync(br.body), identity.body);
  assert.ok(br.body.length < identity.body.length / 3, `brotli: ${br.body.length} of ${identity.body.length} bytes`);
  const gzip = await get(`${emulator.url}/emulator.js`, { 'accept-encoding': 'gzip, br;q=0' });
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gzip.body), identity.body);
  const again = await get(`${emulator.url}/emulator.js`, { 'if-none-match': identity.headers.etag });
  assert.deepEqual([again.status, again.body.length], [304, 0]);
});

test('with a key and certificate: HTTPS on both origins, HTTP/2 for clients that speak it, HTTP/1.1 for others', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'emulator-tls-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const [keyFile, certFile] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  // A throwaway self-signed certificate for 127.0.0.1 (openssl: on Debian, macOS and CI alike).
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });
  const cert = readFileSync(certFile, 'utf8');
  const emulator = await serveEmulator({ port: 0, tls: { key: readFileSync(keyFile, 'utf8'), cert } });
  t.after(() => emulator.close());
  assert.match(emulator.url, /^https:\/\/127\.0\.0\.1:\d+$/);
  assert.match(emulator.bankUrl, /^https:\/\/127\.0\.0\.1:\d+$/);

  const session = connect(emulator.url, { ca: cert });
  t.after(() => session.close());
  const answer = await new Promise((resolve, reject) => {
    const stream = session.request({ ':path': '/emulator.js', 'accept-encoding': 'br' });
    stream.on('response', (headers) => resolve(headers)).on('error', reject).resume();
  });
  assert.equal(session.alpnProtocol, 'h2');
  assert.deepEqual([answer[':status'], answer['content-encoding']], [200, 'br']);

  const page = await new Promise((resolve, reject) => {
    https.get(`${emulator.url}/`, { ca: cert }, (response) => resolve(response.statusCode)).on('error', reject);
  });
  assert.equal(page, 200);
});
