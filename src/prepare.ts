import type { PluggyErrorDetail } from './events.js';
import { readOptions, type OptionSource, type WidgetOptions } from './read-options.js';
import { describe, fetchToken, needsRefresh, type TokenSource } from './token.js';
import { optionProblems, tokenProblem, type ConfigProblem } from './validate.js';

/** What the element knows when it prepares to open. */
export type Source = OptionSource & TokenSource & { loadTimeout: number };

/** The options to open with, or why not; `warnings` are options that fell back to defaults. */
export type Preparation =
  | { options: WidgetOptions; warnings: ConfigProblem[] }
  | { refusal: Required<Pick<PluggyErrorDetail, 'code' | 'message'>> & PluggyErrorDetail; warnings: ConfigProblem[] }
  | { ended: true };

function refusal(problem: ConfigProblem, problems: ConfigProblem[]) {
  const { code, message, attribute } = problem;
  return { code, message, attribute, problems };
}

/**
 * Reads and checks the options; when a token source is set and the token is missing or expires
 * within a minute, fetches a fresh one first (and keeps it on the element for later sessions).
 * `ended` tells when the session was closed meanwhile, which makes this preparation pointless.
 */
export async function prepare(source: Source, ended: () => boolean, keepToken: (token: string) => void): Promise<Preparation> {
  const read = readOptions(source);
  const problems = optionProblems(source);
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const warned = new Set(warnings.map((warning) => warning.property));
  const options = Object.fromEntries(Object.entries(read).filter(([name]) => !warned.has(name))) as WidgetOptions;
  const error = problems.find((problem) => problem.severity === 'error');
  if (error) return { refusal: refusal(error, problems.filter((problem) => problem.severity === 'error')), warnings };

  if ((source.tokenProvider || source.tokenUrl) && needsRefresh(options.connectToken)) {
    let token: string;
    try {
      token = await fetchToken(source, AbortSignal.timeout(source.loadTimeout));
    } catch (error) {
      if (ended()) return { ended: true };
      const message = error instanceof Error ? error.message : String(error);
      return { refusal: { code: 'TOKEN_FETCH_FAILED', message: `${describe(source)} failed: ${message}`, attribute: describe(source) }, warnings };
    }
    if (ended()) return { ended: true };
    const problem = tokenProblem(token, Date.now(), `the token from ${describe(source)}`);
    if (problem) return { refusal: { code: 'TOKEN_FETCH_FAILED', message: problem.message, attribute: describe(source) }, warnings };
    keepToken(token);
    return { options: { ...options, connectToken: token }, warnings };
  }
  const problem = tokenProblem(options.connectToken);
  return problem ? { refusal: refusal(problem, [problem]), warnings } : { options, warnings };
}
