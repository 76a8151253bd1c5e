/** `pt`, `en` or `es` from a language tag such as `pt-BR`; other text stays as it is. */
export function baseLanguage(value: unknown): string {
  const text = String(value).trim();
  return /^(pt|en|es)(?:[-_][a-z]{2})?$/i.exec(text)?.[1]?.toLowerCase() ?? text;
}
