// Type test (tsc -p tsconfig.test.json): the API shapes in src/types.ts, which users get without
// installing pluggy-js, stay interchangeable with pluggy-js's and the SDK's own.
import type { ConnectEventPayload as SdkPayload } from 'pluggy-connect-sdk';
import type * as PluggyJs from 'pluggy-js';
import type * as Ours from '../src/types.js';

/** True only when each type is assignable to the other. */
type Interchangeable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const compatible: [
  Interchangeable<Ours.Item, PluggyJs.Item>,
  Interchangeable<Ours.Connector, PluggyJs.Connector>,
  Interchangeable<Ours.ConnectorType, PluggyJs.ConnectorType>,
  Interchangeable<Ours.ProductType, PluggyJs.ProductType>,
  Interchangeable<Ours.CountryCode, PluggyJs.CountryCode>,
  Interchangeable<Ours.ExecutionStatus, PluggyJs.ExecutionStatus>,
  Interchangeable<Ours.ConnectEventPayload, SdkPayload>,
] = [true, true, true, true, true, true, true];
