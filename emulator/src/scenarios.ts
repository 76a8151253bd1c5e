/** Scenarios the `scenario` query parameter of the emulator's URL plays, without clicks. */
export const scenarios = ['success', 'error', 'mfa', 'pending', 'hide', 'close'] as const;
export type Scenario = (typeof scenarios)[number];

export function isScenario(value: string | null): value is Scenario {
  return (scenarios as readonly (string | null)[]).includes(value);
}
