import type { PluggyConnectProps } from 'pluggy-connect-sdk';
import type { EventPayload, Parent } from './flow.js';
import { Serial } from './serial.js';
import type { EmulatedItem } from '../types.js';

type Callback<Data = undefined> = Data extends undefined ? () => Promise<void> : (data: Data) => Promise<void>;

/**
 * `window.xprops` in the widget's frame, as the SDK's `initialize()` sets it: the options the
 * parent passed (unset ones are `undefined`), its callbacks under `on…Prop` (zoid calls them
 * across frames and returns promises), and zoid's own `close` and `hide`.
 */
export type ConnectXprops = Pick<
  PluggyConnectProps,
  | 'connectToken'
  | 'includeSandbox'
  | 'allowConnectInBackground'
  | 'updateItem'
  | 'selectedConnectorId'
  | 'connectorTypes'
  | 'products'
  | 'connectorIds'
  | 'countries'
  | 'language'
  | 'theme'
  | 'openFinanceParameters'
  | 'forceOauthInBrowser'
  | 'connectorSortAlphabetically'
> & {
  onSuccessProp?: Callback<{ item: EmulatedItem }>;
  onErrorProp?: Callback<{ message: string; data?: { item: EmulatedItem } }>;
  onEventProp?: Callback<EventPayload>;
  onHideProp?: Callback;
  close: Callback;
  hide: Callback;
};

declare global {
  interface Window {
    xprops?: ConnectXprops;
  }
}

/**
 * The parent page as the flow sees it. Calls go out one at a time, in order (each waits for
 * the previous one to be delivered), so `close` never overtakes the events before it.
 */
export function parentOf(xprops: ConnectXprops): Parent {
  const calls = new Serial('widget callback');
  return {
    event: (payload) => calls.run(() => xprops.onEventProp?.(payload)),
    success: (data) => calls.run(() => xprops.onSuccessProp?.(data)),
    error: (data) => calls.run(() => xprops.onErrorProp?.(data)),
    hide: () =>
      calls.run(async () => {
        // The SDK restores the page's scrolling on this message (only from an origin equal to its `url`).
        window.parent.postMessage(JSON.stringify({ type: 'CONTINUE_IN_BACKGROUND' }), '*');
        await xprops.hide();
        await xprops.onHideProp?.();
      }),
    close: () => calls.run(() => xprops.close()),
  };
}
