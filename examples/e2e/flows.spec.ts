// The other ways a connection goes, each ending in the app's own UI: an MFA code, a wrong password,
// and the Open Finance consent at the emulator's bank (a window of its own): approved, denied, and
// the bank's window closed then opened again. The helpers of `pluggy-connect-emulator/playwright`
// drive the widget's frame and the bank's window.
import { answerAtBank, connectSandbox, consentAtBank, openBank, pluggyWidget, sentWebhooks } from 'pluggy-connect-emulator/playwright';
import type { Page } from '@playwright/test';
import { emulatorUrl, expect, test } from './fixtures.js';

// To the app's page by its own link, as connect.spec.ts goes: on an app that hydrates, the page is
// the app's by then.
test.beforeEach(async ({ page }) => {
  await page.goto('/elsewhere/');
  await page.getByRole('link', { name: 'Connect your bank' }).click();
});

/** The app's trigger opens the widget. */
const open = (page: Page) => page.getByRole('button', { name: 'Conectar conta' }).click();

test("the app's connector filter reaches the widget: it lists the app's three institutions", async ({ page }) => {
  await open(page);
  const widget = pluggyWidget(page);
  await widget.getByRole('button', { name: 'Continuar' }).click();
  const institutions = widget.getByRole('list', { name: 'Selecione sua instituição' }).getByRole('listitem');
  await expect(institutions).toHaveCount(3); // connector-ids 0, 601, 604 of the catalogue's seven
  for (const name of ['Pluggy Bank', 'Banco Aurora', 'Banco Aurora Open Finance']) {
    await expect(widget.getByRole('button', { name, exact: true })).toBeVisible();
  }
});

test('an MFA connection: the code, then the app shows the item', async ({ page }) => {
  await open(page);
  await connectSandbox(page, { outcome: 'mfa' }); // user-mfa, then the code 123456
  await expect(page.getByRole('status')).toHaveText(/^Connected: \S+$/);
});

test("a wrong password, in the widget's language (English here): the app shows the error", async ({ page }) => {
  // The element's language set by the test; on one app, whose page no framework re-renders.
  test.skip(process.env.APP_NAME !== 'vite', 'the language is set from the test, on the plain Vite page only');
  await page.locator('pluggy-connect').evaluate((element: HTMLElement & { language?: string }) => void (element.language = 'en'));
  await page.getByRole('button', { name: 'Connect account' }).click(); // the element's own trigger speaks it too
  await connectSandbox(page, { outcome: 'invalid-credentials' }); // the helpers read the widget's language
  await expect(page.getByRole('status')).toHaveText('Could not connect: Invalid credentials');
  await expect(pluggyWidget(page).getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('Open Finance, approved at the bank: the app shows the item, and the webhooks say it was created', async ({ page }) => {
  await open(page);
  const itemId = await consentAtBank(page, 'approve');
  await expect(page.getByRole('status')).toHaveText(`Connected: ${itemId}`);
  const webhooks = await sentWebhooks({ url: emulatorUrl, itemId, count: 3 });
  expect(webhooks.map((webhook) => webhook.event)).toEqual(['item/waiting_user_input', 'item/login_succeeded', 'item/created']);
});

test('Open Finance, denied at the bank: the app shows the refusal, and the widget offers to try again', async ({ page }) => {
  await open(page);
  const itemId = await consentAtBank(page, 'deny');
  await expect(page.getByRole('status')).toHaveText('Could not connect: User did not authorize the access at the institution');
  await expect(pluggyWidget(page).getByRole('button', { name: 'Tentar novamente' })).toBeVisible();
  const webhooks = await sentWebhooks({ url: emulatorUrl, itemId, count: 2 });
  expect(webhooks.map((webhook) => [webhook.event, webhook.error?.code])).toEqual([
    ['item/waiting_user_input', undefined],
    ['item/error', 'USER_AUTHORIZATION_NOT_GRANTED'],
  ]);
});

test("Open Finance, the bank's window closed without an answer: the widget offers to open it again, and the consent then connects", async ({ page }) => {
  await open(page);
  const { bank, itemId } = await openBank(page);
  await bank.close(); // the person gives up at the bank
  const widget = pluggyWidget(page);
  await expect(widget.getByRole('heading', { name: 'A janela do banco foi fechada' })).toBeVisible();
  const [again] = await Promise.all([page.waitForEvent('popup'), widget.getByRole('button', { name: 'Abrir o banco de novo' }).click()]);
  await answerAtBank(again, 'approve');
  await expect(page.getByRole('status')).toHaveText(`Connected: ${itemId}`);
});
