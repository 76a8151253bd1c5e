import { connectors, sandboxBank } from '../connectors.js';
import { correctPassword, mfaCode } from '../sandbox.js';
import type { Scenario } from '../scenarios.js';
import type { Bank } from './bank.js';
import type { Flow } from './flow.js';

type OauthScenario = Extract<Scenario, `oauth-${string}`>;

const users: Record<Exclude<Scenario, 'close' | OauthScenario>, { user: string; password: string }> = {
  success: { user: 'user-ok', password: correctPassword },
  error: { user: 'user-ok', password: 'wrong-password' },
  mfa: { user: 'user-mfa', password: correctPassword },
  pending: { user: 'user-pending', password: correctPassword },
  hide: { user: 'user-ok', password: correctPassword },
};

/** Valid documents for the Open Finance forms, when `openFinanceParameters` gives none. */
const documents = { cpf: '123.456.789-09', cnpj: '11.222.333/0001-81' };

const isOauth = (scenario: Scenario): scenario is OauthScenario => scenario.startsWith('oauth-');

/**
 * Plays an `oauth-` scenario: the consent at the bank of `selectedConnectorId` (when it is an
 * Open Finance connector) or of the first Open Finance connector, listed or not. The decision
 * reaches the emulator's server as the bank's pages send it; the window closed and the window
 * blocked are the flow's own reactions to the browser.
 */
async function consentAtBank(scenario: OauthScenario, flow: Flow, bank: Bank): Promise<void> {
  const connector = connectors.find((candidate) => candidate.isOpenFinance && candidate.id === flow.options.selectedConnectorId) ??
    connectors.find((candidate) => candidate.isOpenFinance);
  if (!connector) return;
  flow.consent();
  flow.select(connector);
  const field = connector.credentials[0].name as keyof typeof documents;
  await flow.login({ [field]: flow.options.openFinanceParameters?.[field] ?? documents[field] });
  const screen = flow.screen;
  if (screen.name !== 'bank') return;
  if (scenario === 'oauth-blocked') {
    flow.popupBlocked();
    return;
  }
  flow.awaitConsent();
  if (scenario === 'oauth-closed') flow.bankClosed();
  else await bank.decide(screen.item.id, scenario === 'oauth-success' ? 'approved' : 'denied');
}

/**
 * Plays `scenario` to its end through the flow's own actions, so the events, callbacks and
 * webhooks are exactly those of a user doing the same. It connects to `selectedConnectorId`
 * or `updateItem`'s connector when set, and otherwise to the sandbox bank, listed or not.
 */
export async function play(scenario: Scenario, flow: Flow, bank: Bank | undefined): Promise<void> {
  if (scenario === 'close') {
    flow.close();
    return;
  }
  if (isOauth(scenario)) {
    if (bank) await consentAtBank(scenario, flow, bank);
    else console.error(`pluggy-connect emulator: the ${scenario} scenario needs the emulator's own server (its Open Finance bank).`);
    return;
  }
  flow.consent();
  flow.select(sandboxBank);
  const login = flow.login(users[scenario]);
  if (scenario === 'hide') {
    if (!flow.options.allowConnectInBackground) {
      console.error('pluggy-connect emulator: the hide scenario needs allowConnectInBackground (allow-connect-in-background).');
    }
    flow.minimise();
  }
  await login;
  if (scenario === 'mfa') await flow.answer(mfaCode);
}
