// Before a widget opens: its options read and checked once, and its connect token, fetched when
// the page gave a way to fetch one and the token is missing or about to expire.
import type { ConfigProblem, PluggyErrorCode } from './errors.js';
import type { OptionSource } from './options.js';
import { readOptions, type OwnOptions, type WidgetOptions } from './read-options.js';
import { describe, fetchToken, needsRefresh, tokenProblem } from './token.js';

/** A token fetched from `token-url` or `tokenProvider`, and the Item it was fetched for (none: a new connection). */
export interface FetchedToken {
  token: string;
  item: string | undefined;
}

/** What a widget opens with; `fetched`, when a token was fetched for it. */
export interface Prepared {
  widget: WidgetOptions;
  own: OwnOptions;
  fetched?: FetchedToken;
}

/** Why the widget does not open: the first problem, the attribute at fault, and every problem of that kind. */
export interface Refusal {
  code: PluggyErrorCode;
  message: string;
  attribute: string;
  problems?: ConfigProblem[];
}

/** The warnings each element has logged: each once. */
const warned = new WeakMap<OptionSource, Set<string>>();

const refusal = ({ code, message, attribute }: ConfigProblem, problems: ConfigProblem[]): { refusal: Refusal } => ({ refusal: { code, message, attribute, problems } });

/**
 * Reads and checks the options (logging, once per element, the warnings of those that fall back
 * to the widget's defaults or were set under a lost name), then settles the token. A token
 * fetched before is reused only for the same `update-item`: Pluggy scopes an update's token to
 * its Item. `signal` gives up fetching.
 */
export async function prepare(source: OptionSource, fetched: FetchedToken | undefined, signal: AbortSignal): Promise<Prepared | { refusal: Refusal }> {
  const { widget, own, problems } = readOptions(source);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const seen = warned.get(source) ?? new Set();
  warned.set(source, seen);
  for (const { message } of problems.filter((problem) => !errors.includes(problem) && !seen.has(problem.message))) {
    seen.add(message);
    console.warn(`<pluggy-connect>: ${message}`);
  }
  if (errors[0]) return refusal(errors[0], errors);

  const { tokenProvider, tokenUrl, loadTimeout } = own;
  if (!(tokenProvider || tokenUrl) || !needsRefresh(widget.connectToken)) {
    const problem = tokenProblem(widget.connectToken);
    return problem ? refusal(problem, [problem]) : { widget, own };
  }
  const item = widget.updateItem;
  if (fetched && fetched.item === item && !needsRefresh(fetched.token)) return { widget: { ...widget, connectToken: fetched.token }, own };
  const from = { tokenProvider, tokenUrl, updateItem: item };
  let token: string;
  try {
    token = await fetchToken(from, AbortSignal.any([signal, AbortSignal.timeout(loadTimeout)]));
  } catch (error) {
    return { refusal: { code: 'TOKEN_FETCH_FAILED', message: `${describe(from)} failed: ${error instanceof Error ? error.message : String(error)}`, attribute: describe(from) } };
  }
  const problem = tokenProblem(token, Date.now(), `the token from ${describe(from)}`);
  if (problem) return { refusal: { code: 'TOKEN_FETCH_FAILED', message: problem.message, attribute: describe(from) } };
  return { widget: { ...widget, connectToken: token }, own, fetched: { token, item } };
}
