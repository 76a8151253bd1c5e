import { sandboxBank } from '../connectors.js';
import { correctPassword, mfaCode } from '../sandbox.js';
import type { Scenario } from '../scenarios.js';
import type { Flow } from './flow.js';

const users: Record<Exclude<Scenario, 'close'>, { user: string; password: string }> = {
  success: { user: 'user-ok', password: correctPassword },
  error: { user: 'user-ok', password: 'wrong-password' },
  mfa: { user: 'user-mfa', password: correctPassword },
  pending: { user: 'user-pending', password: correctPassword },
  hide: { user: 'user-ok', password: correctPassword },
};

/**
 * Plays `scenario` to its end through the flow's own actions, so the events, callbacks and
 * webhooks are exactly those of a user doing the same. It connects to `selectedConnectorId`
 * or `updateItem`'s connector when set, and otherwise to the sandbox bank, listed or not.
 */
export async function play(scenario: Scenario, flow: Flow): Promise<void> {
  if (scenario === 'close') {
    flow.close();
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
