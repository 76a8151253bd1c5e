// Attribute text into property values, by kind of option. Loaded with the element (converters run as
// soon as an attribute is set); the same parser reads text set as a property when the widget opens.
import type { ComplexAttributeConverter } from 'lit';

/** How an option's attribute text becomes its value. */
export type Kind = 'text' | 'boolean' | 'number' | 'numbers' | 'strings' | 'json' | 'function';

/** A number from text, or the text itself when it is not one (for validation to show). */
const toNumber = (text: string) => (Number.isNaN(Number(text)) ? text : Number(text));

/** A list: a JSON array, or items separated by commas and/or spaces. */
function list(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // not JSON: a plain list
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

/**
 * The value of attribute text. Never throws: text that cannot be parsed stays as it is, for
 * validation to report. `"false"` is false (framework attribute bindings write it); an empty
 * number is unset.
 */
export function fromText(text: string, kind: Kind): unknown {
  const trimmed = text.trim();
  switch (kind) {
    case 'boolean':
      return trimmed.toLowerCase() !== 'false';
    case 'number':
      return trimmed ? toNumber(trimmed) : undefined;
    case 'strings':
      return list(trimmed);
    case 'numbers':
      return list(trimmed).map(toNumber);
    case 'json':
      try {
        return JSON.parse(trimmed) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

/** The options' attribute converter: the option's kind is Lit's `type`; an absent attribute is unset. */
export const converter: ComplexAttributeConverter<unknown, Kind> = {
  fromAttribute: (value, kind = 'text') => (value === null ? undefined : fromText(value, kind)),
};
