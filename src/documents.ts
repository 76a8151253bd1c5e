// Brazilian taxpayer numbers, checked by their mod-11 check digits. Punctuation is allowed.

/** The value of a CPF/CNPJ character: digits 0–9, and letters from 17 (alphanumeric CNPJs since 2026). */
const valueOf = (character: string) => character.charCodeAt(0) - 48;

/** Mod-11 check digit over `values` with `weights`: a remainder below 2 gives 0. */
function checkDigit(values: number[], weights: number[]): number {
  const remainder = values.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0) % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** Weights that count down from `first` to 2 (CPF). */
const descending = (first: number) => Array.from({ length: first - 1 }, (_, index) => first - index);

/** Weights 2…9 repeating from the right, for `length` characters (CNPJ). */
const cycling = (length: number) => Array.from({ length }, (_, index) => ((length - 1 - index) % 8) + 2);

function hasCheckDigits(body: string, digits: string, weights: (length: number) => number[]): boolean {
  const values = Array.from(body, valueOf);
  const first = checkDigit(values, weights(values.length));
  const second = checkDigit([...values, first], weights(values.length + 1));
  return digits === `${first}${second}`;
}

/** A CPF: 11 digits (`123.456.789-09`), the last two check digits; not all the same digit. */
export function isCpf(value: string): boolean {
  const text = value.replace(/[\s.-]/g, '');
  return /^\d{11}$/.test(text) && !/^(\d)\1+$/.test(text) && hasCheckDigits(text.slice(0, 9), text.slice(9), (length) => descending(length + 1));
}

/** A CNPJ: 12 digits or capital letters then 2 check digits (`11.222.333/0001-81`). */
export function isCnpj(value: string): boolean {
  const text = value.replace(/[\s./-]/g, '');
  return /^[0-9A-Z]{12}\d{2}$/.test(text) && !/^(\d)\1+$/.test(text) && hasCheckDigits(text.slice(0, 12), text.slice(12), cycling);
}
