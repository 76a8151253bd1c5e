export type Sdk = typeof import('pluggy-connect-sdk');

let sdk: Promise<Sdk> | undefined;

/**
 * Loads the SDK once, on first use: it writes to `window` when imported, so importing it
 * eagerly would break server-side rendering. A failed load is forgotten, so a later call retries.
 */
export function loadSdk(): Promise<Sdk> {
  sdk ??= import('pluggy-connect-sdk').catch((error: unknown) => {
    sdk = undefined;
    throw error;
  });
  return sdk;
}
