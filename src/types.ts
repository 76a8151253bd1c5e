// The Pluggy API objects the widget hands to its callbacks, written out here so that typed events
// need nothing but this package: the SDK's own types import them from `pluggy-js`, an optional
// package users may not have. test/types/pluggy-js.ts keeps them interchangeable with pluggy-js's.

/** Countries with connectors (ISO-3166-1 alpha-2). */
export type CountryCode = 'AR' | 'BR' | 'CO' | 'MX';

/** Kinds of connector, to filter the connector list. */
export type ConnectorType =
  | 'PERSONAL_BANK'
  | 'BUSINESS_BANK'
  | 'INVOICE'
  | 'INVESTMENT'
  | 'TELECOMMUNICATION'
  | 'DIGITAL_ECONOMY'
  | 'PAYMENT_ACCOUNT'
  | 'OTHER';

/** Products an Item can collect. */
export type ProductType =
  | 'ACCOUNTS'
  | 'CREDIT_CARDS'
  | 'TRANSACTIONS'
  | 'PAYMENT_DATA'
  | 'INVESTMENTS'
  | 'INVESTMENTS_TRANSACTIONS'
  | 'IDENTITY'
  | 'BROKERAGE_NOTE'
  | 'MOVE_SECURITY'
  | 'LOANS';

/** One field of a connector's login form (or an MFA step). */
export interface ConnectorCredential {
  label: string;
  name: string;
  type?: 'number' | 'password' | 'text' | 'image' | 'select' | 'ethaddress' | 'hcaptcha';
  mfa?: boolean;
  data?: string;
  assistiveText?: string;
  options?: Array<{ value: string; label: string }>;
  validation?: string;
  validationMessage?: string;
  placeholder?: string;
  optional?: boolean;
  instructions?: string;
  expiresAt?: Date;
}

/** A financial institution the user can connect to. */
export interface Connector {
  id: number;
  name: string;
  institutionUrl: string;
  imageUrl: string;
  primaryColor: string;
  type: ConnectorType;
  country: string;
  credentials: ConnectorCredential[];
  hasMFA: boolean;
  oauth?: boolean;
  oauthUrl?: string;
  health: {
    status: 'ONLINE' | 'OFFLINE' | 'UNSTABLE';
    stage: 'BETA' | null;
    details?: { connectionRateLast6Hours: number | null; connectionsLast6Hours: number | null; error?: string };
  };
  isOpenFinance: boolean;
  isSandbox: boolean;
  supportsPaymentInitiation: boolean;
  supportsScheduledPayments: boolean;
  supportsSmartTransfers: boolean;
  resetPasswordUrl?: string;
  products: ProductType[];
  createdAt: Date;
}

/** Why an Item's execution failed. */
export type ExecutionErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_CREDENTIALS_RESET'
  | 'ALREADY_LOGGED_IN'
  | 'UNEXPECTED_ERROR'
  | 'INVALID_CREDENTIALS_MFA'
  | 'SITE_NOT_AVAILABLE'
  | 'ACCOUNT_LOCKED'
  | 'CONNECTION_ERROR'
  | 'ACCOUNT_NEEDS_ACTION'
  | 'USER_NOT_SUPPORTED'
  | 'USER_AUTHORIZATION_PENDING'
  | 'USER_AUTHORIZATION_NOT_GRANTED'
  | 'USER_INPUT_TIMEOUT';

/** Where an Item's execution is, or how it ended. */
export type ExecutionStatus =
  | ExecutionErrorCode
  | 'CREATING'
  | 'CREATE_ERROR'
  | 'CREATED'
  | 'LOGIN_IN_PROGRESS'
  | 'WAITING_USER_INPUT'
  | 'WAITING_USER_ACTION'
  | 'LOGIN_MFA_IN_PROGRESS'
  | 'ACCOUNTS_IN_PROGRESS'
  | 'TRANSACTIONS_IN_PROGRESS'
  | 'PAYMENT_DATA_IN_PROGRESS'
  | 'CREDITCARDS_IN_PROGRESS'
  | 'INVESTMENTS_IN_PROGRESS'
  | 'INVESTMENTS_TRANSACTIONS_IN_PROGRESS'
  | 'OPPORTUNITIES_IN_PROGRESS'
  | 'IDENTITY_IN_PROGRESS'
  | 'PORTFOLIO_IN_PROGRESS'
  | 'MERGE_ERROR'
  | 'ERROR'
  | 'SUCCESS'
  | 'PARTIAL_SUCCESS';

/** How one product's collection went in the last execution. */
export interface ItemProductState {
  isUpdated: boolean;
  lastUpdatedAt: Date | null;
  warnings: Array<{ code: string; message: string; providerMessage?: string }>;
}

/** A user's connection to a financial institution: what `pluggy-success` delivers. */
export interface Item {
  id: string;
  connector: Connector;
  status: 'UPDATED' | 'UPDATING' | 'WAITING_USER_INPUT' | 'LOGIN_ERROR' | 'OUTDATED';
  statusDetail: Record<
    'accounts' | 'creditCards' | 'transactions' | 'investments' | 'identity' | 'paymentData',
    ItemProductState | null
  > | null;
  error: {
    code: ExecutionErrorCode;
    message: string;
    providerMessage?: string;
    attributes?: Record<string, string>;
  } | null;
  executionStatus: ExecutionStatus;
  createdAt: Date;
  updatedAt: Date;
  lastUpdatedAt: Date | null;
  parameter: ConnectorCredential | null;
  webhookUrl: string | null;
  clientUserId: string | null;
  userAction: {
    type: 'qr' | 'authorize-access';
    instructions: string;
    attributes?: Record<string, string>;
    expiresAt?: Date;
  } | null;
  consecutiveFailedLoginAttempts: number;
  nextAutoSyncAt: Date | null;
}

/** The widget's `onEvent` payload: a `timestamp`, and extra data depending on `event`. */
export type ConnectEventPayload = { timestamp: number } & (
  | { event: 'SUBMITTED_CONSENT' | 'SUBMITTED_LOGIN' | 'SUBMITTED_MFA' }
  | { event: 'SELECTED_INSTITUTION'; connector: Connector | null }
  | { event: 'LOGIN_SUCCESS' | 'LOGIN_MFA_SUCCESS' | 'LOGIN_STEP_COMPLETED' | 'ITEM_RESPONSE'; item: Item }
);

/** The `onEvent` types the widget documents. */
export type ConnectEventType = ConnectEventPayload['event'];

/** CPF and/or CNPJ that pre-fill Open Finance connectors' forms. */
export interface OpenFinanceParameters {
  cpf?: string;
  cnpj?: string;
}
