// `<PluggyConnect>` for React 18 (and 19): React 18 sets every prop of a custom element as an
// attribute and cannot listen to its events, so @lit/react's wrapper sets properties and maps
// `on*` props to the element's events. Importing this module registers `<pluggy-connect>`.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { define } from './define.js';
import type { PluggyConnectEventMap } from './events.js';
import { PluggyConnectElement } from './pluggy-connect.js';
import type { ConnectEventType } from './types.js';

define();

const event = <Name extends keyof PluggyConnectEventMap>(name: Name) => name as EventName<PluggyConnectEventMap[Name]>;

/** `SUBMITTED_CONSENT` → `SubmittedConsent`. */
type Pascal<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Capitalize<Lowercase<Head>>}${Pascal<Tail>}`
  : Capitalize<Lowercase<S>>;

/** One prop per `onEvent` type; `satisfies` fails the build when the SDK documents a new type. */
const typedEvents = {
  onSubmittedConsent: event('pluggy-submitted-consent'),
  onSelectedInstitution: event('pluggy-selected-institution'),
  onSubmittedLogin: event('pluggy-submitted-login'),
  onSubmittedMfa: event('pluggy-submitted-mfa'),
  onLoginSuccess: event('pluggy-login-success'),
  onLoginMfaSuccess: event('pluggy-login-mfa-success'),
  onLoginStepCompleted: event('pluggy-login-step-completed'),
  onItemResponse: event('pluggy-item-response'),
} satisfies Record<`on${Pascal<ConnectEventType>}`, string>;

/**
 * `<pluggy-connect>` as a React component. Props are the element's properties; `onSuccess`,
 * `onError`, `onOpen`, `onClose`, `onHide`, `onEvent` and one `on<Type>` per `onEvent` type
 * (`onSubmittedConsent` …) receive the element's events; `ref` is the element.
 */
export const PluggyConnect = createComponent({
  tagName: 'pluggy-connect',
  elementClass: PluggyConnectElement,
  react: React,
  displayName: 'PluggyConnect',
  events: {
    onSuccess: event('pluggy-success'),
    onError: event('pluggy-error'),
    onOpen: event('pluggy-open'),
    onClose: event('pluggy-close'),
    onHide: event('pluggy-hide'),
    onEvent: event('pluggy-event'),
    ...typedEvents,
  },
});
