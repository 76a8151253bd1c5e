// The cold open on a network profile, for `npm run bench`: the page and the Connect app both at
// 150 ms round trip and 1.6 Mbit/s, files served gzip as a CDN does, an empty cache every round.
// Chromium runs with site isolation off for this, so the throttling reaches the Connect app's
// cross-origin frame too (with it, that frame would get a network of its own).
import puppeteer from 'puppeteer-core';
import { chromeArgs } from './browser.mjs';
import { median, pairedRatio } from './stats.mjs';

export const profile = { latency: 150, download: 200_000, upload: 200_000 };
/** How long the pointer rests on the element before the click. */
const hoverToClick = 300;

/** What a page does before the click, and how the click opens the widget (bench-handshake.mjs runs them too). */
export const subjects = [
  { name: 'element, default (clicked after a 300 ms hover)', query: '', opens: 'element', hover: true },
  { name: 'element, `preload="none"`', query: '&preload=none', opens: 'element' },
  { name: 'raw SDK, loaded on click', query: '', opens: 'raw', baseline: true },
  { name: 'raw SDK, loaded with the page', query: '&raw=page', opens: 'raw' },
];

/** Rests the pointer on the element for `hoverToClick` ms: the intent on which it loads the widget's code by default. */
export async function restOnElement(page) {
  const box = await (await page.$('#element')).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await new Promise((resolve) => setTimeout(resolve, hoverToClick));
}

/** One cold open of `subject`: a new browser context (empty cache), throttled, then the click. */
async function coldOpen(browser, pageUrl, subject) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.emulateNetworkConditions(profile);
    await page.goto(`${pageUrl}${subject.query}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => window.bench && customElements.get('pluggy-connect'));
    const bytes = await page.evaluate(() => window.bench.bytes());
    if (subject.hover) await restOnElement(page);
    const times = await page.evaluate((opens) => window.bench.open(opens), subject.opens);
    return { ...times, bytes };
  } finally {
    await context.close();
  }
}

/** Runs `rounds` paired rounds (each subject once per round, in turn); resolves with the report lines. */
export async function networkBench({ chrome, pageUrl, rounds }) {
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: [...chromeArgs, '--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process'],
  });
  const results = subjects.map(() => []);
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [index, subject] of subjects.entries()) results[index].push(await coldOpen(browser, pageUrl, subject));
    }
  } finally {
    await browser.close();
  }
  const baseline = results[subjects.findIndex((subject) => subject.baseline)];
  const cell = (list, key) => `${median(list.map((times) => times[key])).toFixed(0)} ms (${pairedRatio(list, baseline, key).toFixed(2)}×)`;
  const lines = [
    `| cold open, ${profile.latency} ms RTT, ${(profile.download * 8) / 1e6} Mbit/s, gzip (median of ${rounds} paired rounds; × the raw SDK loaded on click) | click → the widget's iframe | click → the Connect app running (its first message) | bytes downloaded before any interaction |`,
    '|---|---:|---:|---:|',
    ...subjects.map((subject, index) => {
      const list = results[index];
      return `| ${subject.name} | ${cell(list, 'iframe')} | ${cell(list, 'running')} | ${(median(list.map((times) => times.bytes)) / 1000).toFixed(1)} KB |`;
    }),
  ];
  const ratio = (name, key) => pairedRatio(results[subjects.findIndex((subject) => subject.name.startsWith(name))], baseline, key);
  const targets = [
    ['network: `preload="none"`, click → Connect app running ≤ 1.05× the raw SDK loaded on click', ratio('element, `preload', 'running') <= 1.05],
    ['network: `preload="none"`, click → iframe ≤ 1.10×', ratio('element, `preload', 'iframe') <= 1.1],
    ['network: default after a 300 ms hover, click → Connect app running ≤ 0.80×', ratio('element, default', 'running') <= 0.8],
  ];
  return { lines, targets };
}
