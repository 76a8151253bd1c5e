// `npm run screenshots`: refreshes the pictures in docs/screenshots/. The emulator's screens and
// the phone layout come from the browser tests' artifacts (test-results/emulator/ and
// test-results/phone/: run the tests first); the playground is walked through once (the Caixa case).
import { spawn } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromeOrExit } from './browser.mjs';

const docs = new URL('../docs/screenshots/', import.meta.url);
const artifacts = new URL('../test-results/', import.meta.url);
const screens = ['connectors', 'credentials', 'mfa', 'success'];
const phone = ['trigger', 'consent', 'connectors', 'credentials', 'success'];

await mkdir(docs, { recursive: true });
for (const screen of screens) {
  for (const theme of ['light', 'dark']) {
    await copyFile(new URL(`emulator/${screen}-${theme}.png`, artifacts), new URL(`emulator-${screen}-${theme}.png`, docs));
  }
}
for (const screen of phone) await copyFile(new URL(`phone/phone-${screen}.png`, artifacts), new URL(`phone-${screen}.png`, docs));

const demo = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: new URL('..', import.meta.url),
  env: { ...process.env, PORT: process.env.PORT ?? '8090', PLUGGY_CLIENT_ID: '', PLUGGY_CLIENT_SECRET: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [, page, emulator] = await new Promise((resolve) => {
  let output = '';
  demo.stdout.on('data', (chunk) => {
    output += chunk;
    const printed = output.match(/Demo: (\S+) .*Connect emulator: ([^;\s]+)/);
    if (printed) resolve(printed);
  });
});

const browser = await puppeteer.launch({ executablePath: chromeOrExit(), headless: true, args: chromeArgs }).catch((error) => {
  console.error(`Could not launch the browser: ${error.message}`);
  demo.kill('SIGINT');
  process.exit(1);
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(page);
  await tab.waitForFunction(() => document.querySelector('#token')?.value);
  await tab.locator('pluggy-connect >>> button').click();
  const widget = await tab.waitForFrame((frame) => frame.url().startsWith(emulator));
  const byRole = (role, name) => widget.locator(`::-p-aria(${name}[role="${role}"])`);
  await byRole('button', 'Continuar').click();
  await byRole('button', 'Pluggy Bank').click();
  await byRole('textbox', 'Usuário').fill('user-pending');
  await byRole('textbox', 'Senha').fill('password-ok');
  await byRole('button', 'Conectar').click();
  await tab.waitForFunction(() => document.querySelectorAll('#webhooks li').length === 2);
  await byRole('button', 'Fechar').click();
  await tab.waitForFunction(() => !document.querySelector('pluggy-connect[open]'));
  await tab.screenshot({ path: new URL('demo.png', docs).pathname });
} finally {
  await browser.close();
  demo.kill('SIGINT');
}
