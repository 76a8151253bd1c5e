// `pluggy-connect-element/validate`: the check `<pluggy-connect>` runs at show(), for pages that
// build a configuration before showing anything.
import type { ConfigProblem } from './errors.js';
import type { OptionProperties } from './options.js';
import { readOptions } from './read-options.js';
import { tokenProblem } from './token.js';

export type { ConfigProblem, ConfigProblemCode } from './errors.js';

/** Everything `validateConfig` checks: the element's options, by property name, as values or attribute text. */
export type Config = { [Name in keyof OptionProperties]?: OptionProperties[Name] | string };

/**
 * Checks a configuration as `<pluggy-connect>` will at `show()`: the connect token (present, a
 * JWT, not expired) and every option. Takes the element's property names, with values as
 * properties or attribute text. Returns the problems; an empty list means the widget will open.
 */
export function validateConfig(config: Config, now = Date.now()): ConfigProblem[] {
  const token = tokenProblem(config.connectToken, now);
  return [...(token ? [token] : []), ...readOptions(config).problems];
}
