// `pluggy-connect-emulator/playwright`: helpers for an app's Playwright tests against the Connect
// emulator. Written against Playwright's public API, which they take as types only: the page and
// its frames come from the test, so the module imports nothing of Playwright at run time.
import type { FrameLocator, Page } from '@playwright/test';
import { messagesFor, type Messages } from './i18n.js';
import { correctPassword, mfaCode, sandboxCredentials, type Outcome } from './sandbox.js';
import type { SentWebhook } from './types.js';

/** The widget's own options that change what it shows. */
export interface WidgetOptions {
  /** The element's `language` (`pt`, `en` or `es`): the widget's labels are in it. Default: the language the widget shows. */
  language?: string;
}

export interface SandboxOptions extends WidgetOptions {
  /** How the login ends (default `success`); `mfa` types the sandbox code and connects. */
  outcome?: Outcome;
  /** The institution to choose in the list (default `Pluggy Bank`, listed with `include-sandbox`). */
  institution?: string;
}

export interface ConsentOptions extends WidgetOptions {
  /** An Open Finance institution of the emulator's catalogue (default `Banco Aurora Open Finance`). */
  institution?: string;
  /** The CPF or CNPJ typed in the widget (default a valid CPF). */
  document?: string;
}

export interface SentWebhooksOptions {
  /** The emulator's URL, the app's `connect-url` (default `http://127.0.0.1:4010`). */
  url?: string;
  /** Only this item's webhooks. */
  itemId?: string;
  /** Waits until there are at least this many (default 0: answers at once). */
  count?: number;
  /** How long to wait for `count`, in ms (default 5000). */
  timeout?: number;
}

/** The widget's frame on `page`: the iframe `<pluggy-connect>` titles "Pluggy Connect". */
export const pluggyWidget = (page: Page): FrameLocator => page.frameLocator('iframe[title="Pluggy Connect"]');

/** The widget's labels: in `language`, or in the language its page says once it shows a screen. */
async function labels(widget: FrameLocator, language?: string): Promise<Messages> {
  if (language) return messagesFor(language);
  await widget.getByRole('heading').first().waitFor();
  return messagesFor((await widget.locator('html').getAttribute('lang')) ?? undefined);
}

/**
 * From the widget's first screen to the login form of `institution`: past the consent, then
 * chooses the institution, unless the app preselected it (`selected-connector-id`).
 */
async function toLogin(widget: FrameLocator, institution: string, t: Messages): Promise<void> {
  const consent = widget.getByRole('button', { name: t.continue, exact: true });
  const choice = widget.getByRole('button', { name: institution, exact: true });
  const login = widget.getByRole('heading', { name: t.credentialsTitle(institution) });
  await consent.or(choice).or(login).first().waitFor();
  if (await consent.isVisible()) await consent.click();
  await choice.or(login).first().waitFor();
  if (await choice.isVisible()) await choice.click();
  await login.waitFor();
}

/**
 * Connects a sandbox account in the open widget (after the app's trigger was clicked), with the
 * credentials of `outcome`, and waits for the screen it ends on: the success (`success`, `mfa`),
 * the error (`invalid-credentials`) or the authorization to give at the bank's app
 * (`authorization-pending`).
 */
export async function connectSandbox(page: Page, { outcome = 'success', institution = 'Pluggy Bank', language }: SandboxOptions = {}): Promise<void> {
  const widget = pluggyWidget(page);
  const t = await labels(widget, language);
  const credentials = sandboxCredentials.find((candidate) => candidate.outcome === outcome);
  if (!credentials) throw new Error(`connectSandbox: outcome is one of ${sandboxCredentials.map((candidate) => candidate.outcome).join(', ')}, not ${outcome}`);
  await toLogin(widget, institution, t);
  await widget.getByRole('textbox', { name: t.credentials.user, exact: true }).fill(credentials.user);
  await widget.getByRole('textbox', { name: t.credentials.password, exact: true }).fill(outcome === 'invalid-credentials' ? 'wrong-password' : correctPassword);
  await widget.getByRole('button', { name: t.connect, exact: true }).click();
  if (outcome === 'mfa') {
    await widget.getByRole('textbox', { name: t.credentials.token, exact: true }).fill(mfaCode);
    await widget.getByRole('button', { name: t.send, exact: true }).click();
  }
  const ending = { success: t.successTitle, mfa: t.successTitle, 'invalid-credentials': t.errorTitle, 'authorization-pending': t.pendingTitle };
  await widget.getByRole('heading', { name: ending[outcome] }).waitFor();
}

/** The bank's window the widget opened, and the item waiting for the consent there. */
export interface AtBank {
  /** The bank's window (the popup): `answerAtBank()` signs in and answers; `close()` plays a person who gives up. */
  bank: Page;
  itemId: string;
}

/**
 * Through the widget to an Open Finance institution's bank: chooses `institution`, types the CPF
 * or CNPJ, and clicks the button that opens the bank in a new window. Resolves once that window
 * has loaded its sign-in page.
 */
export async function openBank(page: Page, { institution = 'Banco Aurora Open Finance', document = '123.456.789-09', language }: ConsentOptions = {}): Promise<AtBank> {
  const widget = pluggyWidget(page);
  const t = await labels(widget, language);
  await toLogin(widget, institution, t);
  await widget.getByRole('textbox', { name: /^(CPF|CNPJ)$/ }).fill(document);
  await widget.getByRole('button', { name: t.connect, exact: true }).click();
  const [bank] = await Promise.all([page.waitForEvent('popup'), widget.getByRole('button', { name: t.goToBank(institution), exact: true }).click()]);
  await bank.waitForLoadState();
  const itemId = new URL(bank.url()).searchParams.get('item');
  if (!itemId) throw new Error(`the window the widget opened is not the emulator's bank: ${bank.url()}`);
  return { bank, itemId };
}

/** At the bank's window: signs in, then approves or denies the consent; the bank then closes its window. */
export async function answerAtBank(bank: Page, decision: 'approve' | 'deny'): Promise<void> {
  await bank.getByLabel('Senha', { exact: true }).fill(correctPassword);
  await bank.getByRole('button', { name: 'Entrar', exact: true }).click();
  const answer = bank.getByRole('button', { name: decision === 'approve' ? 'Autorizar' : 'Recusar', exact: true });
  await Promise.all([bank.waitForEvent('close'), answer.click()]);
}

/**
 * The whole Open Finance consent: `openBank()`, `answerAtBank()`, then waits for the widget to
 * show the outcome (connected, or the refusal with its try-again). Resolves with the item's id.
 */
export async function consentAtBank(page: Page, decision: 'approve' | 'deny', options: ConsentOptions = {}): Promise<string> {
  const { bank, itemId } = await openBank(page, options);
  await answerAtBank(bank, decision);
  const t = await labels(pluggyWidget(page), options.language);
  await pluggyWidget(page).getByRole('heading', { name: decision === 'approve' ? t.successTitle : t.errorTitle }).waitFor();
  return itemId;
}

/**
 * The webhooks the emulator at `url` sent, oldest first, as its server keeps them (whether the
 * token had a `webhookUrl` or not: `deliveredTo` says where each went and what answered). Waits
 * until there are `count` of them; rejects after `timeout` with what there was.
 */
export async function sentWebhooks({ url = 'http://127.0.0.1:4010', itemId, count = 0, timeout = 5000 }: SentWebhooksOptions = {}): Promise<SentWebhook[]> {
  const endpoint = new URL('/webhooks', url);
  if (itemId) endpoint.searchParams.set('item', itemId);
  const deadline = Date.now() + timeout;
  for (;;) {
    const response = await fetch(endpoint);
    if (!response.ok) throw new Error(`${endpoint.href} answered ${response.status}: is ${url} the emulator's own server (npx pluggy-connect-emulator, serveEmulator())?`);
    const sent = (await response.json()) as SentWebhook[];
    if (sent.length >= count) return sent;
    if (Date.now() > deadline) throw new Error(`${sent.length} of ${count} webhooks${itemId ? ` for item ${itemId}` : ''} at ${url} after ${timeout} ms: ${sent.map((webhook) => webhook.event).join(', ') || 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
