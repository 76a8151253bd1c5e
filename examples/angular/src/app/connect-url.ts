import { InjectionToken, TransferState, inject, makeStateKey } from '@angular/core';

export const connectUrlKey = makeStateKey<string>('connectUrl');

/**
 * The Connect app's origin for `connect-url`: the Connect emulator's (the server's env CONNECT_URL,
 * read at runtime and passed to the browser in TransferState) in development and tests; undefined
 * in production, where the element opens the hosted Connect app.
 */
export const CONNECT_URL = new InjectionToken<string | undefined>('CONNECT_URL', {
  factory: () => inject(TransferState).get(connectUrlKey, undefined),
});
