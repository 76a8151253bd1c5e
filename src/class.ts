// The package without side effects: the class, its helpers and types. `index.ts` also registers the tag.
export { define } from './define.js';
export { PluggyConnectError, type ConfigProblem, type ConfigProblemCode, type PluggyErrorCode } from './errors.js';
export type {
  PluggyConnectEventMap,
  PluggyErrorDetail,
  PluggySuccessDetail,
  PluggyTypedEventMap,
} from './events.js';
export { PluggyConnectElement } from './pluggy-connect.js';
export type { Config } from './validate.js';
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
  OpenFinanceParameters,
  ProductType,
} from './types.js';
