// The first open on a network that charges for handshakes (issue #18): what DevTools' throttling
// (bench-network.mjs) cannot show. Three HTTPS sites, as in production: the page (app.test), a
// CDN (cdn.test: the element's CDN build and the raw SDK's bundle) and the Connect app
// (connect.test: the emulator, whose document and content-named script come as a hosted app's do).
// Chromium reaches each through a proxy (bench-proxy.mjs) that charges the round trip for every
// handshake and request, shares one bandwidth among them, and a round trip for each hostname's
// first lookup; each cold open is a new browser with a new profile, site isolation on.
//
// `npm run bench:network` runs it alone (ROUNDS, default 8); `npm run bench` runs it too. With 8
// rounds or more, its tables are written into docs/performance.md.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { mintToken } from 'pluggy-connect-emulator';
import { serveEmulator } from 'pluggy-connect-emulator/server';
// The emulator's own static serving (brotli/gzip as accepted, ETags), from its build (npm run build:dist).
import { immutable, revalidate, serveStatic, staticFile } from '../emulator/dist/static.js';
import { writeBlocks } from './blocks.mjs';
import { restOnElement, subjects } from './bench-network.mjs';
import { createLink, listen, startProxy } from './bench-proxy.mjs';
import { chromeArgs, chromeOrExit } from './browser.mjs';
import { connectionsTo } from './netlog.mjs';
import { buildRawSdk } from './raw-sdk.mjs';
import { median, pairedRatio } from './stats.mjs';

const hosts = { page: 'app.test', cdn: 'cdn.test', connect: 'connect.test' };
const origin = (host) => `https://${host}`;
/** The networks measured: a distant server and a near one, both on a slow shared link (1.6 Mbit/s). */
const networks = [150, 50].map((rtt) => ({ rtt, rate: 200_000, dns: true }));
/** How long a page stays open after the Connect app's first message: the reachability probe, if started, is logged by then. */
const linger = 1000;
const baseline = subjects.find((subject) => subject.baseline);
const withPage = subjects.find((subject) => subject.query === '&raw=page');
const hover = subjects.find((subject) => subject.hover);
const unhurried = subjects.find((subject) => subject.query === '&preload=none');

/**
 * A throwaway self-signed certificate for the three hostnames, made with openssl in `dir`, and the
 * base64 SHA-256 of its public key, which Chromium's `--ignore-certificate-errors-spki-list` trusts.
 */
function certificate(dir) {
  const [keyFile, certFile] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  const names = Object.values(hosts).map((host) => `DNS:${host}`).join(',');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', `/CN=${hosts.page}`, '-addext', `subjectAltName=${names}`, '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });
  const cert = readFileSync(certFile, 'utf8');
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return { tls: { key: readFileSync(keyFile, 'utf8'), cert }, spki: createHash('sha256').update(spki).digest('base64') };
}

/**
 * Serves `files` (path → StaticFile) over HTTPS with HTTP/2 (and HTTP/1.1), compressed as the
 * browser accepts, with `headers` on each answer, on a free port of 127.0.0.1: `{ port, close() }`.
 */
async function serveFiles(tls, files, headers = {}) {
  const server = createSecureServer({ ...tls, allowHTTP1: true }, (request, response) => {
    const file = files.get(new URL(request.url, 'https://host').pathname);
    if (!file) return void response.writeHead(404).end();
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    serveStatic(request, response, file);
  });
  return listen(server);
}

const script = 'text/javascript; charset=utf-8';
const fileAt = (name, type, cache) => staticFile(readFileSync(name), type, cache);

/** The three origins' servers: `{ ports: { page, cdn, connect }, close() }`. */
async function startOrigins(tls) {
  const page = await serveFiles(
    tls,
    new Map([
      ['/bench/index.html', fileAt('bench/index.html', 'text/html; charset=utf-8', revalidate)],
      ['/bench/page.js', fileAt('bench/page.js', script, revalidate)],
    ]),
  );
  const cdnFiles = readdirSync('dist/cdn')
    .filter((name) => name.endsWith('.min.js'))
    .map((name) => `/dist/cdn/${name}`);
  // Module scripts from another site need CORS; Timing-Allow-Origin gives the page their timings.
  const cdn = await serveFiles(tls, new Map([...cdnFiles, '/dist/bench/raw-sdk.min.js'].map((file) => [file, fileAt(`.${file}`, script, immutable)])), {
    'access-control-allow-origin': '*',
    'timing-allow-origin': '*',
  });
  const connect = await serveEmulator({ port: 0, bankPort: 0, tls });
  return {
    ports: { page: page.port, cdn: cdn.port, connect: connect.port },
    close: () => Promise.all([page.close(), cdn.close(), connect.close()]),
  };
}

/** Chromium's `--host-resolver-rules`: each hostname to 127.0.0.1 at `ports[origin]` (the port is mapped too). */
const resolverRules = (ports) =>
  Object.entries(hosts)
    .map(([name, host]) => `MAP ${host} 127.0.0.1:${ports[name]}`)
    .join(',');

/**
 * The timings of the widget's document and script, from the Connect app's frame (its navigation
 * and resource entries), in ms since the epoch: where the time of an open went.
 */
async function frameTimings(page) {
  const frame = page.frames().find((candidate) => candidate.url().startsWith(origin(hosts.connect)));
  return frame?.evaluate(() => {
    const at = (time) => performance.timeOrigin + time;
    const [document] = performance.getEntriesByType('navigation');
    const script = performance.getEntriesByType('resource').find((entry) => /\/emulator\.[0-9a-f]+\.js$/.test(entry.name));
    return {
      navigation: at(document.startTime),
      connectEnd: at(document.connectEnd),
      documentEnd: at(document.responseEnd),
      scriptStart: at(script.startTime),
      scriptEnd: at(script.responseEnd),
    };
  });
}

/**
 * One cold open of `subject` in a new browser with a new profile (its DNS, connections and cache
 * empty), through `rules`, with a netlog in the profile. Resolves with the page's times (ms from
 * the click, which is `clicked`), when the raw SDK's code arrived and the widget's frame timings
 * (ms since the epoch), and the connections to the Connect app (those to `connectPort`).
 */
async function coldOpen({ chrome, rules, spki, pageUrl, subject, connectPort }) {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-handshake-'));
  const netlog = path.join(profile, 'netlog.json');
  try {
    // Chromium honours the SPKI list only with a user data dir (puppeteer passes userDataDir as one).
    const browser = await puppeteer.launch({
      executablePath: chrome,
      headless: true,
      userDataDir: profile,
      args: [...chromeArgs, `--host-resolver-rules=${rules}`, `--ignore-certificate-errors-spki-list=${spki}`, `--log-net-log=${netlog}`, '--net-log-capture-mode=Default'],
    });
    let open;
    try {
      const page = await browser.newPage();
      await page.goto(`${pageUrl}${subject.query}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => window.bench && customElements.get('pluggy-connect'));
      if (subject.hover) await restOnElement(page);
      const times = await page.evaluate((opens) => window.bench.open(opens), subject.opens);
      const code = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/raw-sdk.min.js'))?.responseEnd ?? NaN));
      open = { ...times, code, frame: await frameTimings(page) };
      await new Promise((resolve) => setTimeout(resolve, linger));
    } finally {
      await browser.close(); // which completes the netlog
    }
    return { ...open, connections: connectionsTo(readFileSync(netlog, 'utf8'), connectPort) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A proxy per origin on `link`, to the servers at `ports`: `{ ports, close() }` (the proxies' ports). */
async function startProxies(link, ports) {
  const proxies = await Promise.all(Object.entries(hosts).map(([name, host]) => startProxy(host, { host: '127.0.0.1', port: ports[name] }, link)));
  return {
    ports: Object.fromEntries(Object.keys(hosts).map((name, index) => [name, proxies[index].port])),
    close: () => Promise.all(proxies.map((proxy) => proxy.close())),
  };
}

/** `rounds` paired rounds of every subject, in turn, on `network`: the opens by subject. */
async function runNetwork({ network, ports, rounds, ...launch }) {
  const link = createLink(network);
  const proxies = await startProxies(link, ports);
  const results = new Map(subjects.map((subject) => [subject, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const subject of subjects) {
        link.newRound();
        const open = await coldOpen({ ...launch, rules: resolverRules(proxies.ports), subject, connectPort: proxies.ports.connect });
        results.get(subject).push({ ...open, proxied: link.log });
      }
    }
  } finally {
    await proxies.close();
  }
  return results;
}

/** The control: the baseline's cold open through proxies that add nothing, and connecting directly, paired. */
async function runControl({ ports, rounds, ...launch }) {
  const proxies = await startProxies(createLink({ rtt: 0 }), ports);
  const control = { proxied: [], direct: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      control.proxied.push(await coldOpen({ ...launch, rules: resolverRules(proxies.ports), subject: baseline, connectPort: proxies.ports.connect }));
      control.direct.push(await coldOpen({ ...launch, rules: resolverRules(ports), subject: baseline, connectPort: ports.connect }));
    }
  } finally {
    await proxies.close();
  }
  return control;
}

const ms = (value) => `${value.toFixed(0)} ms`;
const medianOf = (list, value) => median(list.map(value));

/** What a connection is, in a few words: when it was opened, its pool group (privacy mode, partition), and what it carried. */
function describe(connection, clicked) {
  const [, privacy = 'credentialed', partition] = connection.group?.match(/^(?:(\w+)\/)?\S+ <\S+ (\w+)>$/) ?? [];
  const carried = connection.requests.map((request) => `${request.method} ${request.path.split('?')[0]} (${request.dest})`).join(', ');
  return `${connection.opened < clicked ? 'before' : 'after'} the click, ${privacy}, ${partition ?? connection.group}: ${carried || '**no request**'}`;
}

/** The tables of one network: times and ratios, where the baseline's time went, and the connections to the Connect app. */
function networkLines({ network, results }, rounds) {
  const of = (subject) => results.get(subject);
  const cell = (subject, key) => `${ms(medianOf(of(subject), (open) => open[key]))} (${pairedRatio(of(subject), of(baseline), key).toFixed(2)}×)`;
  const lines = [
    `| ${network.rtt} ms RTT, ${(network.rate * 8) / 1e6} Mbit/s shared, DNS 1 RTT (median of ${rounds} paired rounds; × the raw SDK loaded on click) | click → the widget's iframe | click → the Connect app's first message | first message, × the raw SDK loaded with the page |`,
    '|---|---:|---:|---:|',
    ...subjects.map((subject) => `| ${subject.name} | ${cell(subject, 'iframe')} | ${cell(subject, 'running')} | ${pairedRatio(of(subject), of(withPage), 'running').toFixed(2)}× |`),
    '',
  ];
  const phases = [
    ["the SDK's code from the CDN (request and transfer, on the page's open connection)", (open) => open.code - open.clicked],
    ['the SDK, until its frame navigates', (open) => open.frame.navigation - open.code],
    ["connection to the Connect app (DNS + TCP + TLS: the proxy's DNS and TCP round trips show as TLS)", (open) => open.frame.connectEnd - open.frame.navigation],
    ['its document (request → last byte)', (open) => open.frame.documentEnd - open.frame.connectEnd],
    ["parsing, to its script's request", (open) => open.frame.scriptStart - open.frame.documentEnd],
    ['its script (request → last byte)', (open) => open.frame.scriptEnd - open.frame.scriptStart],
    ['start-up: the script run, to its first message', (open) => open.clicked + open.running - open.frame.scriptEnd],
    ['**click → first message**', (open) => open.running],
  ];
  lines.push(
    `| where a baseline open's time goes, ${network.rtt} ms RTT (raw SDK loaded on click; Resource Timing of the page and of the widget's frame; medians) | ms |`,
    '|---|---:|',
    ...phases.map(([what, value]) => `| ${what} | ${ms(medianOf(of(baseline), value))} |`),
    '',
  );
  const count = (list, test) => list.filter(test).length;
  lines.push(
    `| connections to the Connect app's origin, ${network.rtt} ms RTT (from the netlog; medians per round) | opened (proxy log) | carrying no request | opened before the click | rounds whose widget document came over a connection opened before the click | rounds with the reachability probe (HEAD) |`,
    '|---|---:|---:|---:|---:|---:|',
    ...subjects.map((subject) => {
      const opens = of(subject);
      const per = (value) => medianOf(opens, value);
      const documentEarly = count(opens, (open) => open.connections.some((connection) => connection.opened < open.clicked && connection.requests.some((request) => request.dest === 'iframe')));
      const probed = count(opens, (open) => open.connections.some((connection) => connection.requests.some((request) => request.method === 'HEAD')));
      return `| ${subject.name} | ${per((open) => open.connections.length)} (${per((open) => count(open.proxied, (entry) => entry.origin === hosts.connect))}) | ${per((open) => count(open.connections, (connection) => !connection.requests.length))} | ${per((open) => count(open.connections, (connection) => connection.opened < open.clicked))} | ${documentEarly} of ${rounds} | ${probed} of ${rounds} |`;
    }),
    '',
    `The connections to the Connect app's origin, ${network.rtt} ms RTT, in how many rounds each kind was opened (privacy mode: \`pm\` uncredentialed, \`pmpsa\` uncredentialed with partitioned state; partition: the page's own, \`same_site\`, or a cross-site frame's, \`cross_site\`):`,
    '',
    ...subjects.map((subject) => {
      const kinds = new Map();
      for (const open of of(subject)) for (const kind of new Set(open.connections.map((connection) => describe(connection, open.clicked)))) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      return `- ${subject.name}: ${[...kinds].map(([kind, times]) => `${kind} (${times} of ${rounds})`).join(' · ')}`;
    }),
    '',
    `Each round of the hover subject, ${network.rtt} ms RTT, its connections in order:`,
    '',
    ...of(hover).map((open, round) => `${round + 1}. ${open.connections.map((connection) => describe(connection, open.clicked)).join(' · ')}`),
  );
  return lines;
}

/** Runs the benchmark: `rounds` paired rounds on each network, then as many of the control. Resolves with `{ lines, targets }`; writes the lines into docs/performance.md with 8 rounds or more. */
export async function handshakeBench({ chrome, rounds }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-handshake-tls-'));
  const { tls, spki } = certificate(dir);
  const servers = await startOrigins(tls);
  const pageUrl = `${origin(hosts.page)}/bench/index.html?token=${mintToken({ expiresIn: 3600 })}&cdn=${origin(hosts.cdn)}&connect=${origin(hosts.connect)}`;
  const launch = { chrome, spki, pageUrl, ports: servers.ports, rounds };
  const measured = [];
  let control;
  try {
    for (const network of networks) {
      console.log(`Cold opens at ${network.rtt} ms RTT through the proxies, a new browser each: ${rounds} rounds of each, alternated…`);
      measured.push({ network, results: await runNetwork({ ...launch, network }) });
    }
    console.log(`Control at RTT 0: ${rounds} rounds through the proxies and direct, alternated…`);
    control = await runControl(launch);
  } finally {
    await servers.close();
    rmSync(dir, { recursive: true, force: true });
  }
  // In a folder of its own: runs side by side (in two worktrees) must not write over each other's.
  const everyOpen = path.join(mkdtempSync(path.join(tmpdir(), 'bench-handshake-opens-')), 'opens.json');
  const bySubject = (results) => Object.fromEntries([...results].map(([subject, opens]) => [subject.name, opens]));
  writeFileSync(everyOpen, JSON.stringify({ measured: measured.map(({ network, results }) => ({ network, subjects: bySubject(results) })), control }, null, 1));
  console.log(`Every open, with its connections from the netlog and the proxies' log: ${everyOpen}`);
  const controlRatio = pairedRatio(control.proxied, control.direct, 'running');
  const lines = [
    ...measured.flatMap((run) => [...networkLines(run, rounds), '']),
    `Control at RTT 0 (no bandwidth cap, no DNS delay), the raw SDK loaded on click, click → first message: through the proxies ${ms(medianOf(control.proxied, (open) => open.running))}, direct ${ms(medianOf(control.direct, (open) => open.running))}: ${controlRatio.toFixed(2)}× (median of ${rounds} paired rounds).`,
  ];
  const targets = [
    ...measured.flatMap(({ network, results }) => {
      const ratio = (subject, base) => pairedRatio(results.get(subject), results.get(base), 'running');
      return [
        [`handshakes, ${network.rtt} ms RTT: default after a 300 ms hover, click → first message ≤ 0.55× the raw SDK loaded on click`, ratio(hover, baseline) <= 0.55],
        [`handshakes, ${network.rtt} ms RTT: default after a 300 ms hover ≤ 0.70× the raw SDK loaded with the page`, ratio(hover, withPage) <= 0.7],
        [`handshakes, ${network.rtt} ms RTT: \`preload="none"\` ≤ 0.95× the raw SDK loaded on click`, ratio(unhurried, baseline) <= 0.95],
      ];
    }),
    ['handshakes: control, the proxies at RTT 0 ≤ 1.05× direct', controlRatio <= 1.05],
  ];
  if (rounds >= 8) writeBlocks(new URL('../docs/performance.md', import.meta.url), { 'bench-handshake': lines.join('\n') });
  return { lines, targets };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const chrome = chromeOrExit();
  await buildRawSdk();
  const { lines, targets } = await handshakeBench({ chrome, rounds: Number(process.env.ROUNDS ?? 8) });
  console.log(`\n${lines.join('\n')}\n\nTargets:\n\n${targets.map(([what, met]) => `- ${met ? 'met' : '**missed**'}: ${what}`).join('\n')}`);
}
