/**
 * Scenarios the `scenario` query parameter of the emulator's URL plays, without clicks. The
 * `oauth-` ones go through an Open Finance connector's consent at the bank: approved, denied, the
 * bank's window closed without an answer, or the window blocked by the browser.
 */
export const scenarios = ['success', 'error', 'mfa', 'pending', 'hide', 'close', 'oauth-success', 'oauth-denied', 'oauth-closed', 'oauth-blocked'] as const;
export type Scenario = (typeof scenarios)[number];

export function isScenario(value: string | null): value is Scenario {
  return (scenarios as readonly (string | null)[]).includes(value);
}
