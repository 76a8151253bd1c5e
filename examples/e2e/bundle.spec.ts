// For the consumers suite's table: the JavaScript an app's page loads (gzip), and what the first
// click on the trigger adds. Scripts of the Connect emulator's origin are not counted.
import { writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { pluggyWidget } from 'pluggy-connect-emulator/playwright';
import { emulatorUrl, expect, test } from './fixtures.js';

test('measures the JavaScript of the page, and of the first open', async ({ page }) => {
  const sizes = { initial: 0, lazy: 0 };
  let phase: keyof typeof sizes = 'initial';
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || response.url().startsWith(emulatorUrl)) return;
    const counted = phase;
    pending.push(response.body().then((body) => void (sizes[counted] += gzipSync(body, { level: 9 }).length)));
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await Promise.all(pending);
  phase = 'lazy';
  await page.getByRole('button', { name: 'Conectar conta' }).click();
  // The widget's first screen: every script the open needs has loaded.
  await expect(pluggyWidget(page).getByRole('button', { name: 'Continuar' })).toBeVisible();
  await Promise.all(pending);
  await mkdir('test-results', { recursive: true });
  await writeFile(`test-results/bundle-${process.env.APP_NAME ?? 'app'}.json`, JSON.stringify(sizes));
});
