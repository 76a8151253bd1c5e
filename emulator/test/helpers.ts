import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../test/helpers.js'; // its hook: each test starts once the last one's widget is gone
import type { PluggyConnectElement, PluggyConnectEventMap } from '../../src/index.js';
import { mintToken } from '../src/token.js';
import type { EmulatedWebhook } from '../src/types.js';

/** Where the test runner serves the emulator: from its sources, and the shipped build; and their Open Finance banks. */
export const emulator = await executeServerCommand<{ source: string; built: string; bank: string; builtBank: string }, undefined>('emulator-urls');

/** A control as a user finds it: by role and accessible name. */
export interface Target {
  role: string;
  name: string;
}
export const button = (name: string): Target => ({ role: 'button', name });
export const field = (name: string): Target => ({ role: 'textbox', name });
export const heading = (name: string): Target => ({ role: 'heading', name });
export const searchbox = (name: string): Target => ({ role: 'searchbox', name });
export const link = (name: string): Target => ({ role: 'link', name });

type Action =
  | { action: 'click' | 'waitFor' | 'count' | 'value' | 'focused'; target: Target }
  | { action: 'fill'; target: Target; text: string }
  | { action: 'read' | 'layout' | 'axe' | 'blockPopups' | 'closeWindow' }
  | { action: 'screenshot'; name: string };

function inEmulator<Result>(payload: Action, origin = emulator.source): Promise<Result> {
  return executeServerCommand<Result, Action & { origin: string }>('emulator', { ...payload, origin });
}

/** Clicks a control in the emulator (a real click, through the engine's automation: see test/server/emulator.mjs). */
export const click = (target: Target, origin?: string) => inEmulator<true>({ action: 'click', target }, origin);
/** Clicks a field and types `text` into it. */
export const fill = (target: Target, text: string, origin?: string) => inEmulator<true>({ action: 'fill', target, text }, origin);
/** Waits until the control is on screen (e.g. the next screen's heading). */
export const waitFor = (target: Target, origin?: string) => inEmulator<true>({ action: 'waitFor', target }, origin);
/** How many controls match `target` on the current screen. */
export const count = (target: Target) => inEmulator<number>({ action: 'count', target });
/** Whether the control has focus in the emulator's own document. */
export const isFocused = (target: Target) => inEmulator<boolean>({ action: 'focused', target });
/** The value of a field. */
export const valueOf = (target: Target) => inEmulator<string>({ action: 'value', target });
/** What the current screen shows: heading, text, the connectors listed (in order), background colour. */
export const read = () =>
  inEmulator<{ heading: string; text: string; connectors: string[]; background: string }>({ action: 'read' });
/** How wide the widget's document is, each box in it that could scroll sideways, and the user agent it sees. */
export const layout = () =>
  inEmulator<{ scrollWidth: number; clientWidth: number; innerWidth: number; sideways: Array<{ box: string; scrollWidth: number; clientWidth: number }>; userAgent: string }>({ action: 'layout' });
/** The widget's frame on the page (the SDK's iframe, titled as the element titles it). */
export const widgetFrame = () => document.querySelector<HTMLIFrameElement>('iframe[title="Pluggy Connect"]');
/** Saves a screenshot of the widget as test-results/emulator/`name`.png (Firefox's and WebKit's in test-results/emulator/<engine>/). */
export const screenshot = (name: string) => inEmulator<true>({ action: 'screenshot', name });
/** Makes `window.open` return null in the emulator's frame, as a popup blocker does. */
export const blockPopups = () => inEmulator<true>({ action: 'blockPopups' });
/** Closes the emulated bank's window, as its user does; false when there was none (it closed itself). */
export const closeBank = () => inEmulator<boolean>({ action: 'closeWindow' }, emulator.bank);
/** axe-core's violations on the current screen (or on the bank's page, with its origin). */
export const axe = (origin?: string) => inEmulator<Array<{ id: string; help: string; targets: string[] }>>({ action: 'axe' }, origin);

/**
 * What a user does from the consent to a sent credentials form: continue, pick the connector,
 * type the user and password, connect.
 */
export async function signIn(user: string, { password = 'password-ok', connector = 'Pluggy Bank', origin = emulator.source } = {}): Promise<void> {
  await click(button('Continuar'), origin);
  await click(button(connector), origin);
  await fill(field('Usuário'), user, origin);
  await fill(field('Senha'), password, origin);
  await click(button('Conectar'), origin);
}

/**
 * A `<pluggy-connect>` pointed at the emulator (`connect-url` plus `query`), with a fresh
 * emulator token whose webhooks come to this test server.
 */
export async function emulatorFixture(attributes = '', { query = '', url = emulator.source } = {}): Promise<PluggyConnectElement> {
  const element = await fixture<PluggyConnectElement>(`<pluggy-connect connect-url="${url}${query}" ${attributes}></pluggy-connect>`);
  element.connectToken = mintToken({ webhookUrl: `${location.origin}/webhooks`, clientUserId: 'test-user' });
  return element;
}

/** The webhooks the test server received for an item, in order, once there are `count`. */
export async function webhooksFor(itemId: string, count: number): Promise<EmulatedWebhook[]> {
  let found: EmulatedWebhook[] = [];
  await waitUntil(
    async () => {
      const received = (await fetch('/api/webhooks').then((response) => response.json())) as Array<{ body: EmulatedWebhook }>;
      found = received.map(({ body }) => body).filter((body) => body.itemId === itemId);
      return found.length >= count;
    },
    `fewer than ${count} webhooks for item ${itemId}`,
    { timeout: 5000 },
  );
  return found;
}

/** The detail of the next `name` event the element fires. */
export async function nextDetail<Name extends keyof PluggyConnectEventMap>(
  element: PluggyConnectElement,
  name: Name,
): Promise<PluggyConnectEventMap[Name]['detail']> {
  return (await oneEvent<PluggyConnectEventMap[Name]>(element, name)).detail;
}

/**
 * The element's events in order, as short names: `onEvent` types as they are
 * (`SUBMITTED_CONSENT`), the others without their prefix (`open`, `success`, …).
 */
export function recordFlow(element: PluggyConnectElement): string[] {
  const seen: string[] = [];
  element.addEventListener('pluggy-event', ({ detail }) => seen.push(detail.event));
  for (const name of ['open', 'hide', 'close', 'success', 'error'] as const) {
    element.addEventListener(`pluggy-${name}`, () => seen.push(name));
  }
  return seen;
}

/** The Open Finance connector the tests consent at. */
export const openFinanceBank = 'Banco Aurora Open Finance';

/** From the consent to the screen that sends the person to the bank. */
export async function toBank(): Promise<void> {
  await click(button('Continuar'));
  await click(button(openFinanceBank));
  await fill(field('CPF'), '123.456.789-09');
  await click(button('Conectar'));
  await waitFor(heading(`Continue no ${openFinanceBank}`));
}

/** At the bank's window: sign in, then answer the consent (the window then closes itself). */
export async function answerAtBank(answer: 'Autorizar' | 'Recusar'): Promise<void> {
  await waitFor(heading(`Entre no ${openFinanceBank}`), emulator.bank);
  await fill(field('Senha'), 'qualquer', emulator.bank);
  await click(button('Entrar'), emulator.bank);
  await waitFor(heading('Confirme o compartilhamento'), emulator.bank);
  await click(button(answer), emulator.bank);
}

/** Every product, for the screens that list them (consent, connecting). */
export const allProducts = 'ACCOUNTS CREDIT_CARDS TRANSACTIONS PAYMENT_DATA INVESTMENTS INVESTMENTS_TRANSACTIONS IDENTITY';

/** Each screen of the emulator, and how a user gets there from the start. */
export const screens: Record<string, () => Promise<unknown>> = {
  consent: () => waitFor(heading('Conecte sua conta com segurança')),
  connectors: () => click(button('Continuar')).then(() => waitFor(heading('Selecione sua instituição'))),
  credentials: async () => {
    await click(button('Continuar'));
    await click(button('Pluggy Bank'));
    await waitFor(heading('Entre na sua conta Pluggy Bank'));
  },
  mfa: () => signIn('user-mfa').then(() => waitFor(heading('Verificação em duas etapas'))),
  connecting: () => signIn('user-ok').then(() => waitFor(heading('Conectando com Pluggy Bank'))),
  success: () => signIn('user-ok').then(() => waitFor(heading('Conta conectada!'))),
  error: () => signIn('user-ok', { password: 'wrong' }).then(() => waitFor(heading('Não foi possível conectar'))),
  pending: () => signIn('user-pending').then(() => waitFor(heading('Autorize o acesso'))),
};

/** The Open Finance screens, audited in a file of their own (one file must end within the runner's limit); the waiting screen's audit is in open-finance.test.ts. */
export const openFinanceScreens: Record<string, () => Promise<unknown>> = {
  bank: () => toBank(),
  'bank-closed': async () => {
    await toBank();
    await click(button(`Ir para o ${openFinanceBank}`));
    await waitFor(heading(`Entre no ${openFinanceBank}`), emulator.bank);
    await closeBank();
    await waitFor(heading('A janela do banco foi fechada'));
  },
  'bank-blocked': async () => {
    await toBank();
    await blockPopups();
    await click(button(`Ir para o ${openFinanceBank}`));
    await waitFor(heading('Não foi possível abrir o banco'));
  },
};

/** An axe audit and a screenshot of each of `screens`, in both themes (test-results/emulator/<name>-<theme>.png). */
export function auditScreens(screens: Record<string, () => Promise<unknown>>): void {
  for (const theme of ['light', 'dark']) {
    for (const [name, reach] of Object.entries(screens)) {
      it(`the ${name} screen in the ${theme} theme passes an axe audit`, async () => {
        const element = await emulatorFixture(`include-sandbox allow-connect-in-background theme="${theme}" products="${allProducts}"`);
        await element.show();
        await reach();
        await screenshot(`${name}-${theme}`);
        expect(await axe()).to.deep.equal([]);
      });
    }
  }
}
