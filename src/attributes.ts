// Attribute text into property values. Loaded with the element (converters run as soon as an
// attribute is set); the same parsers normalize property values when the widget opens.
import type { ComplexAttributeConverter } from '@lit/reactive-element';

/** A list attribute: a JSON array, or items separated by commas and/or spaces. */
function parseList(value: string): string[] {
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // not JSON after all: read it as a plain list
    }
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

/** A number from text, or the text itself when it is not one (for validation to show). */
function toNumber(text: string): number | string {
  const number = Number(text);
  return Number.isNaN(number) ? text : number;
}

/**
 * Parsers from attribute text, by kind. They leave non-strings alone, so the same functions
 * normalize property values and convert attributes. They never throw: text that cannot be
 * parsed stays as it is, for validation to report.
 */
export const parse = {
  /** `"false"` is false (framework attribute bindings); any other present value is true. */
  boolean: (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() !== 'false' : value),
  number: (value: unknown) => (typeof value === 'string' ? (value.trim() ? toNumber(value) : undefined) : value),
  strings: (value: unknown) => (typeof value === 'string' ? parseList(value) : value),
  numbers: (value: unknown) => (typeof value === 'string' ? parseList(value).map(toNumber) : value),
  json: (value: unknown) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};

function converter<T>(fromText: (value: string) => unknown): ComplexAttributeConverter<T> {
  return { fromAttribute: (value) => (value === null ? undefined : fromText(value)) as T };
}

/** Boolean option: present is true, `"false"` is false, absent is unset. */
export const booleanConverter = converter<boolean | undefined>(parse.boolean);
/** A number; an empty attribute is unset. */
export const numberConverter = converter<number | undefined>(parse.number);
/** List of strings: comma/space separated, or a JSON array. */
export const listConverter = converter<string[] | undefined>(parse.strings);
/** List of numbers: comma/space separated, or a JSON array. */
export const numberListConverter = converter<number[] | undefined>(parse.numbers);
/** A JSON object. */
export const jsonConverter = converter<unknown>(parse.json);
/** `allow-fullscreen`: like the other booleans, but absent means the widget's default, true. */
export const defaultTrueConverter: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value === null || parse.boolean(value) === true,
};
