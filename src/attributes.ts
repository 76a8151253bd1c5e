// Attribute text into property values, by kind of option. Loaded with the element (converters run as
// soon as an attribute is set); the same parser reads text set as a property when the widget opens.
import type { ComplexAttributeConverter } from 'lit';

/** How an option's attribute text becomes its value. */
export type Kind = 'text' | 'boolean' | 'number' | 'numbers' | 'strings' | 'json' | 'function';

/** A number from text, or the text itself when it is not one (for validation to show). */
const toNumber = (text: string) => (Number.isNaN(Number(text)) ? text : Number(text));

/**
 * The value of attribute text. Never throws: text that cannot be parsed stays as it is, for
 * validation to report. `"false"` is false (framework attribute bindings write it); an empty
 * number is unset; a list is a JSON array, or items separated by commas and/or spaces.
 */
export function fromText(text: string, kind: Kind): unknown {
  const trimmed = text.trim();
  if (kind === 'boolean') return trimmed.toLowerCase() !== 'false';
  if (kind === 'number') return trimmed ? toNumber(trimmed) : undefined;
  if (kind === 'text' || kind === 'function') return text;
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    // not JSON: text, or a plain list
  }
  if (kind === 'json') return parsed;
  const list: unknown[] = Array.isArray(parsed) ? parsed : trimmed.split(/[\s,]+/).filter(Boolean);
  return kind === 'numbers' ? list.map((item) => toNumber(String(item))) : list.map(String);
}

/** The options' attribute converter: the option's kind is Lit's `type`; an absent attribute is unset. */
export const converter: ComplexAttributeConverter<unknown, Kind> = {
  fromAttribute: (value, kind = 'text') => (value === null ? undefined : fromText(value, kind)),
};
