// `npm run bench`: the element against the raw SDK in headless Chromium, through the Connect test
// double, alternated in one run: on localhost, and cold on a network profile (bench-network.mjs);
// then cold on a network that charges for handshakes, against the emulator (bench-handshake.mjs).
// Prints medians and ratios and writes them into docs/performance.md. A benchmark, not a test: it
// reports whether the targets are met and exits 0 unless it cannot run (no browser: exit 1 at
// once). ROUNDS (default 30) sets the rounds; a run with fewer than 30 prints its tables without
// writing them.
import { cpus } from 'node:os';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { mintToken } from 'pluggy-connect-emulator';
import { writeBlocks } from './blocks.mjs';
import { chromeArgs, chromeOrExit, chromeVersion } from './browser.mjs';
import { handshakeBench } from './bench-handshake.mjs';
import { networkBench } from './bench-network.mjs';
import { childAtRoot, gzip, zoidAsEsm } from './dev-server-plugins.mjs';
import { buildRawSdk } from './raw-sdk.mjs';
import { median, pairedRatio } from './stats.mjs';

const rounds = Number(process.env.ROUNDS ?? 30);
/** Warm opens are cheap and closer in time: more rounds steady their ratio on a noisy machine. */
const warmRounds = 3 * rounds;
const cycles = 100;
/** How long the page may finish closing before its state is read: zoid's close timers run up to 2 s. */
const settle = 3000;
/** How long the pointer rests on the element before the click (it loads the widget's code on intent). */
const hoverToClick = 200;

const token = mintToken({ expiresIn: 3600 });

const chrome = chromeOrExit();
await buildRawSdk();
const server = await startDevServer({
  config: { rootDir: '.', port: 8765, hostname: 'localhost', nodeResolve: true, plugins: [zoidAsEsm()], middleware: [gzip(), childAtRoot({ page: 'test/double/index.html' })] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: chromeArgs }).catch(async (error) => {
  console.error(`Could not launch ${chrome}: ${error.message}`);
  await server.stop();
  process.exit(1);
});

/** A fresh page on the benchmark page, HTTP cache off (a first visit), `bench` ready. */
async function benchPage(query = '') {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.goto(`http://localhost:${server.config.port}/bench/index.html?token=${token}${query}`);
  await page.waitForFunction(() => window.bench && customElements.get('pluggy-connect'));
  return page;
}

/**
 * One cold open: a page that has not loaded the SDK yet. With `hover`, the pointer rests on the
 * element first (its default preload, on intent); without, the element has `preload="none"`.
 */
async function coldOpen(subject, { hover = false } = {}) {
  const page = await benchPage(hover || subject === 'raw' ? '' : '&preload=none');
  if (hover) {
    const box = await (await page.$('#element')).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await new Promise((resolve) => setTimeout(resolve, hoverToClick));
  }
  const times = await page.evaluate((name) => window.bench.open(name), subject);
  await page.close();
  return times;
}

/** What a page holds, once settled: heap after GC, DOM nodes, window/document listeners, body classes. */
async function pageState(page) {
  await new Promise((resolve) => setTimeout(resolve, settle));
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  let listeners = 0;
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    listeners += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
  }
  const bodyClasses = await page.evaluate(() => window.bench.bodyClasses());
  await cdp.detach();
  return { heap: usedSize, nodes, listeners, bodyClasses };
}

const results = { cold: { element: [], hover: [], raw: [] }, warm: { element: [], raw: [] } };

console.log(`Cold opens: ${rounds} rounds of each, alternated…`);
for (let round = 0; round < rounds; round++) {
  results.cold.raw.push(await coldOpen('raw'));
  results.cold.element.push(await coldOpen('element'));
  results.cold.hover.push(await coldOpen('element', { hover: true }));
}

console.log(`Warm opens: ${warmRounds} rounds of each, alternated…`);
const warmPages = { element: await benchPage(), raw: await benchPage() };
for (const [subject, page] of Object.entries(warmPages)) {
  await page.evaluate((name) => window.bench.open(name), subject);
  await page.evaluate((name) => window.bench.close(name), subject);
}
for (let round = 0; round < warmRounds; round++) {
  for (const [subject, page] of Object.entries(warmPages)) {
    await page.bringToFront();
    results.warm[subject].push(await page.evaluate((name) => window.bench.open(name), subject));
    await page.evaluate((name) => window.bench.close(name), subject);
  }
}

console.log(`${cycles} open/close cycles of each…`);
const cycleStates = {};
for (const [subject, page] of Object.entries(warmPages)) {
  await page.bringToFront();
  const start = await pageState(page);
  await page.evaluate((name, count) => window.bench.cycles(name, count), subject, cycles);
  cycleStates[subject] = { start, end: await pageState(page) };
}

console.log('Upgrading elements…');
const upgrade = {};
for (const count of [1, 100]) {
  const times = [];
  for (let round = 0; round < rounds; round++) times.push(await warmPages.element.evaluate((n) => window.bench.upgrade(n), count));
  upgrade[count] = median(times);
}

await browser.close();

const networkRounds = Math.max(5, Math.round(rounds / 4));
console.log(`Cold opens on a network profile: ${networkRounds} rounds of each, alternated…`);
const network = await networkBench({ chrome, pageUrl: `http://localhost:${server.config.port}/bench/index.html?token=${token}`, rounds: networkRounds });
await server.stop();

const handshakes = await handshakeBench({ chrome, rounds: networkRounds });
console.log(`\n${handshakes.lines.join('\n')}`);

const ms = (value) => `${value.toFixed(1)} ms`;
const medianOf = (list, key) => median(list.map((times) => times[key]));
const row = (what, element, raw, key) => `| ${what} | ${ms(medianOf(element, key))} | ${ms(medianOf(raw, key))} | ${pairedRatio(element, raw, key).toFixed(2)}× |`;

const report = [
  `${chromeVersion(chrome)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}.`,
  '',
  ...network.lines,
  '',
  `On localhost (network time near zero: the differences are the code's own), ${rounds} cold and ${warmRounds} warm rounds, HTTP cache off for cold opens:`,
  '',
  '| open | element (median) | raw SDK (median) | element / raw (median of paired rounds) |',
  '|---|---:|---:|---:|',
];
for (const [key, label] of [['open', 'to pluggy-open / onOpen'], ['firstEvent', "to the child's first event"]]) {
  report.push(row(`cold, \`preload="none"\`, ${label}`, results.cold.element, results.cold.raw, key));
  report.push(row(`cold, default, clicked after a ${hoverToClick} ms hover, ${label}`, results.cold.hover, results.cold.raw, key));
  report.push(row(`warm, ${label}`, results.warm.element, results.warm.raw, key));
}

report.push('', `| ${cycles} open/close cycles (read ${settle / 1000} s after the last) | element: start → end | raw SDK: start → end |`, '|---|---:|---:|');
for (const [key, label, format] of [
  ['listeners', '`window` + `document` listeners', String],
  ['nodes', 'DOM nodes', String],
  ['bodyClasses', '`<body>` classes', String],
  ['heap', 'JS heap after GC', (bytes) => `${(bytes / 1e6).toFixed(2)} MB`],
]) {
  const { element, raw } = cycleStates;
  report.push(`| ${label} | ${format(element.start[key])} → ${format(element.end[key])} | ${format(raw.start[key])} → ${format(raw.end[key])} |`);
}

report.push('', '| upgrading <pluggy-connect> (median) | ms |', '|---|---:|', `| 1 element | ${ms(upgrade[1])} |`, `| 100 elements | ${ms(upgrade[100])} |`);

const element = cycleStates.element;
const targets = [
  ['warm open ≤ 1.05× the raw SDK', pairedRatio(results.warm.element, results.warm.raw, 'open') <= 1.05],
  ['cold open after a hover faster than the raw SDK cold', pairedRatio(results.cold.hover, results.cold.raw, 'open') < 1],
  ...network.targets,
  ...handshakes.targets,
  [`${cycles} cycles: no growth in listeners, nodes, body classes`, ['listeners', 'nodes', 'bodyClasses'].every((key) => element.end[key] <= element.start[key])],
  [`${cycles} cycles: heap within 10% of start`, element.end.heap <= 1.1 * element.start.heap],
];
report.push('', 'Targets:', '', ...targets.map(([what, met]) => `- ${met ? 'met' : '**missed**'}: ${what}`));

console.log(`\n${report.join('\n')}`);
if (rounds >= 30) writeBlocks(new URL('../docs/performance.md', import.meta.url), { bench: report.join('\n') });
