// A user's whole path through an app that uses <pluggy-connect>: a page of the app, a sandbox
// connection in the Connect emulator (driven in the widget's frame by role and name), the app's
// own handler of `pluggy-success`, then leaving the page, which closes the widget.
import { expect, test } from './fixtures.js';

test('a sandbox connection reaches the app, and leaving the page closes the widget', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));

  await page.goto('/elsewhere/');
  await page.getByRole('link', { name: 'Connect your bank' }).click();
  await page.getByRole('button', { name: 'Conectar conta' }).click();

  // The widget is an iframe the element titles "Pluggy Connect".
  const widget = page.frameLocator('iframe[title="Pluggy Connect"]');
  await widget.getByRole('button', { name: 'Continuar' }).click();
  await widget.getByRole('button', { name: 'Pluggy Bank' }).click();
  await widget.getByRole('textbox', { name: 'Usuário' }).fill('user-ok');
  await widget.getByRole('textbox', { name: 'Senha' }).fill('password-ok');
  await widget.getByRole('button', { name: 'Conectar', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/^Connected: \S+$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/elsewhere\/?$/);
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(problems).toEqual([]);
});
