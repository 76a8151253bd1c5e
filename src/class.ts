// The package without side effects: the class, its helpers and types. `index.ts` also registers the tag.
export { define } from './define.js';
export { PluggyConnectError } from './events.js';
export type {
  PluggyConnectEventMap,
  PluggyErrorCode,
  PluggyErrorDetail,
  PluggySuccessDetail,
  PluggyTypedEventMap,
} from './events.js';
export { PluggyConnectElement, type OpenFinanceParameters } from './pluggy-connect.js';
export type { Config, ConfigProblem, ConfigProblemCode } from './validate.js';
export type {
  ConnectEventPayload,
  ConnectEventType,
  Connector,
  ConnectorCredential,
  ConnectorType,
  CountryCode,
  ExecutionErrorCode,
  ExecutionStatus,
  Item,
  ItemProductState,
  ProductType,
} from './types.js';
export type { PluggyConnectAttributes, PluggyConnectEventAttributes, PluggyConnectProperties } from './template-types.js';
