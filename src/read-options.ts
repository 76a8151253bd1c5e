// The options as a session opens with them, read once per show() from the table in options.ts:
// each parsed (attribute text set as a property too), normalized and checked by its rule (rules.ts).
import { fromText, type Kind } from './attributes.js';
import type { ConfigProblem } from './errors.js';
import { attributeOf, options, type OptionName, type OptionProperties, type OptionSource } from './options.js';
import { kindChecks, rules, type Rule } from './rules.js';

type OwnOptionName = { [Name in OptionName]: Name extends keyof typeof rules ? ((typeof rules)[Name] extends { own: true } ? Name : never) : never }[OptionName];

/** The configuration part of the SDK's props (everything but the callbacks). */
export type WidgetOptions = { connectToken: string; url?: string } & Omit<OptionProperties, 'connectUrl' | OwnOptionName>;

/** The options the element uses itself (`loadTimeout` always has a value). */
export type OwnOptions = Pick<OptionProperties, OwnOptionName> & { loadTimeout: number };

/** What a session opens with: the SDK's options, the element's own, and what is wrong. */
export interface ReadOptions {
  widget: WidgetOptions;
  own: OwnOptions;
  /** Every problem, the token's aside (token.ts checks it): errors refuse to open; warnings drop their option. */
  problems: ConfigProblem[];
}

/** Each option's rule, if it has one: a name in rules.ts that is no option fails the type-check. */
const ruleOf: { [Name in OptionName]?: Rule<unknown> } = rules;

/**
 * Reads every option of `source` once. Only options that were set (or have a value when unset), and
 * are good, are passed on.
 */
export function readOptions(source: OptionSource): ReadOptions {
  const widget: Record<string, unknown> = {};
  const own: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  for (const [property, entry] of Object.entries(options) as Array<[OptionName, string]>) {
    const kind = entry.split(' ')[0] as Kind;
    const rule = ruleOf[property];
    const lost = property.toLowerCase();
    if (lost !== property && (Object.hasOwn(source, lost) || (source instanceof Element && source.hasAttribute(lost)))) {
      const message = `${lost} is not an attribute of <pluggy-connect>: write ${attributeOf(property)}, or set the property ${property} (a camelCase prop that a server renders, or that Solid sets, arrives lower-cased)`;
      problems.push({ code: 'INVALID_CONFIG', attribute: lost, property, severity: 'warning', message });
    }
    if (source instanceof Element && source.getAttribute(attributeOf(property)) === '[object Object]') {
      const attribute = attributeOf(property);
      const message = `${attribute} is "[object Object]": an object was bound as the attribute; set the property ${property} instead (Vue: :${property}, Solid: prop:${property})`;
      problems.push({ code: 'INVALID_CONFIG', attribute, property, severity: 'error', message });
      continue;
    }
    const given = source[property] ?? rule?.unset;
    const parsed = typeof given === 'string' ? fromText(given, kind) : given;
    const value = parsed == null ? undefined : rule?.normalize ? rule.normalize(parsed) : parsed;
    if (value === undefined) continue;
    const problem = kindChecks[kind]?.(value) ?? rule?.check?.(value);
    if (problem) {
      const attribute = kind === 'function' ? property : attributeOf(property);
      problems.push({ code: 'INVALID_CONFIG', attribute, property, severity: rule?.warn ? 'warning' : 'error', message: `${attribute}: ${problem}` });
    } else if (rule?.own) {
      own[property] = value;
    } else {
      widget[rule?.sdkName ?? property] = value;
    }
  }
  return { widget: { ...widget, connectToken: typeof widget.connectToken === 'string' ? widget.connectToken : '' }, own: own as OwnOptions, problems };
}
