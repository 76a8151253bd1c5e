// Back and Forward on a site whose pages a script swaps and restores from its own cache (Turbo
// Drive's snapshots, htmx's history cache): the restored page is a copy of the page as it was left,
// so it must hold one widget-less <pluggy-connect> that works, with nothing of the old session left.
import type { Page } from '@playwright/test';
import { connectSandbox, pluggyWidget } from 'pluggy-connect-emulator/playwright';
import { expect, test } from './fixtures.js';

const historyApps = ['turbo', 'htmx'];

/**
 * A sandbox connection from the page's trigger; resolves with the status it shows, once it is not
 * `before` (a restored page shows its status as it was). The widget is left on its last screen.
 */
async function connect(page: Page, before = ''): Promise<string> {
  await page.getByRole('button', { name: 'Conectar conta' }).click();
  await connectSandbox(page);
  const status = page.getByRole('status');
  if (before) await expect(status).not.toHaveText(before);
  await expect(status).toHaveText(/^Connected: \S+$/);
  return (await status.textContent()) ?? '';
}

/** The page is `/` as the server wrote it: one element, no widget, nothing of a session left on the page. */
async function expectCleanHome(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Connect your bank' })).toBeVisible();
  await expect(page.locator('pluggy-connect')).toHaveCount(1);
  await expect(page.locator('pluggy-connect')).not.toHaveAttribute('open');
  await expect(page.getByRole('button', { name: 'Conectar conta' })).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('dialog')).toHaveCount(0);
  await expect(page.locator('[inert]')).toHaveCount(0);
  await expect(page.locator('body')).toHaveJSProperty('className', '');
  await expect(page.locator('body')).not.toHaveAttribute('style', /./);
}

test('Back to a page restored from the cache, then Forward and Back: one working element, nothing left over', async ({ page, baseURL }) => {
  test.skip(!historyApps.includes(process.env.APP_NAME ?? ''), `only sites restored from a cache of their own on Back (${historyApps.join(', ')})`);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // Without the cache this test would prove nothing: the document stays the one first loaded, and
  // the server is asked for / once.
  let loads = 0;
  page.on('load', () => loads++);
  const home = new URL('/', baseURL).href;
  const homeRequests: string[] = [];
  page.on('request', (request) => void (request.url() === home && homeRequests.push(request.resourceType())));

  await page.goto('/');
  const first = await connect(page);
  // The widget's last screen; closing it gives the page back (while it shows, the page is inert).
  await pluggyWidget(page).getByRole('button', { name: 'Concluir' }).click();
  await expect(page.locator('iframe')).toHaveCount(0);

  await page.getByRole('link', { name: 'Elsewhere' }).click();
  await expect(page).toHaveURL(/\/elsewhere\/$/);
  await expect(page.getByRole('link', { name: 'Connect your bank' })).toBeVisible();
  await expect(page.locator('pluggy-connect')).toHaveCount(0);

  await page.goBack();
  await expectCleanHome(page);
  await page.goForward();
  await expect(page).toHaveURL(/\/elsewhere\/$/);
  await expect(page.getByRole('link', { name: 'Connect your bank' })).toBeVisible();
  await page.goBack();
  await expectCleanHome(page);

  await connect(page, first);

  // Forward with the widget still open: the page is cached without it, and comes Back clean.
  await page.goForward();
  await expect(page).toHaveURL(/\/elsewhere\/$/);
  await expect(page.getByRole('link', { name: 'Connect your bank' })).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('dialog')).toHaveCount(0);
  await page.goBack();
  await expectCleanHome(page);
  expect(loads).toBe(1);
  expect(homeRequests).toEqual(['document']);
  expect(problems).toEqual([]);
});
