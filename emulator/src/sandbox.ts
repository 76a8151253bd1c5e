import type { EmulatedConnector } from './types.js';

/** How a login ends, chosen by the credentials typed. */
export type Outcome = 'success' | 'invalid-credentials' | 'mfa' | 'authorization-pending';

/** The password every outcome but `invalid-credentials` needs. */
export const correctPassword = 'password-ok';

/** The MFA code the `mfa` outcome accepts. */
export const mfaCode = '123456';

/** The sandbox credentials and what each does (the table in docs/emulator.md). */
export const sandboxCredentials = [
  { user: 'user-ok', password: correctPassword, outcome: 'success', description: 'Connects: onSuccess, webhooks item/login_succeeded and item/created.' },
  { user: 'user-ok', password: '(anything else)', outcome: 'invalid-credentials', description: 'Wrong password: onError (INVALID_CREDENTIALS), webhook item/error.' },
  { user: 'user-mfa', password: correctPassword, outcome: 'mfa', description: `Asks for an MFA code: ${mfaCode} connects, any other code fails (INVALID_CREDENTIALS_MFA).` },
  { user: 'user-pending', password: correctPassword, outcome: 'authorization-pending', description: 'The Caixa case: onError (USER_AUTHORIZATION_PENDING), success only by the item/updated webhook.' },
] as const satisfies readonly { user: string; password: string; outcome: Outcome; description: string }[];

/**
 * The outcome of a login. Every emulated connector follows the sandbox rules; Open Finance
 * connectors (a CPF or CNPJ) send the person to the emulator's bank to consent, and connect at
 * once where the page was served without that bank (by another static server).
 */
export function outcomeOf(connector: EmulatedConnector, parameters: Record<string, string>): Outcome {
  if (connector.isOpenFinance) return 'success';
  if (parameters.password !== correctPassword) return 'invalid-credentials';
  if (parameters.user === 'user-mfa') return 'mfa';
  if (parameters.user === 'user-pending') return 'authorization-pending';
  return 'success';
}
