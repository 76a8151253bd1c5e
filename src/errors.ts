// The element's own errors: the codes of `pluggy-error` and of `show()`'s rejections, and the
// problems a configuration can have (see the error table in docs/api.md).

/** Codes of configuration problems. */
export type ConfigProblemCode = 'MISSING_TOKEN' | 'INVALID_TOKEN' | 'TOKEN_EXPIRED' | 'INVALID_CONFIG';

/** One problem of a configuration. */
export interface ConfigProblem {
  code: ConfigProblemCode;
  /** The attribute the problem is about. */
  attribute: string;
  /** The property the problem is about. */
  property: string;
  /** `error`: the widget does not open. `warning`: the option falls back to the widget's default. */
  severity: 'error' | 'warning';
  /** Names the attribute and the bad value, except a token, CPF or CNPJ, which are never shown. */
  message: string;
}

/** Codes of the errors the element raises itself (the widget's own errors have no code). */
export type PluggyErrorCode = ConfigProblemCode | 'TOKEN_FETCH_FAILED' | 'LOAD_FAILED' | 'LOAD_TIMEOUT';

/** The error `show()` rejects with when the widget could not open; `code` as in `pluggy-error`. */
export class PluggyConnectError extends Error {
  constructor(
    readonly code: PluggyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PluggyConnectError';
  }
}
