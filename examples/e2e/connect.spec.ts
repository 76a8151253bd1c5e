// A user's whole path through an app that uses <pluggy-connect>: a page of the app, a sandbox
// connection in the Connect emulator (the helpers drive the widget's frame by role and name), the
// app's own handler of `pluggy-success`, the webhooks, then leaving the page, which closes the widget.
import { connectSandbox, sentWebhooks } from 'pluggy-connect-emulator/playwright';
import { emulatorUrl, expect, test } from './fixtures.js';

test('a sandbox connection reaches the app, and leaving the page closes the widget', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));

  await page.goto('/elsewhere/');
  await page.getByRole('link', { name: 'Connect your bank' }).click();
  await page.getByRole('button', { name: 'Conectar conta' }).click();

  await connectSandbox(page); // Pluggy Bank, user-ok, password-ok
  await expect(page.getByRole('status')).toHaveText(/^Connected: \S+$/);
  const itemId = (await page.getByRole('status').textContent())!.replace('Connected: ', '');
  const webhooks = await sentWebhooks({ url: emulatorUrl, itemId, count: 2 });
  expect(webhooks.map((webhook) => webhook.event)).toEqual(['item/login_succeeded', 'item/created']);

  await page.goBack();
  await expect(page).toHaveURL(/\/elsewhere\/?$/);
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(problems).toEqual([]);
});
