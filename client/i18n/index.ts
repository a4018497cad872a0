import { en, type MessageKey } from './en';
import { ar } from './ar';
import { getLocale, type Locale } from './locale';

export { getLocale, setLocale, isRtl, onLocaleChange, applyDocumentDirection, LOCALES, type Locale } from './locale';
export type { MessageKey };

export type Params = Record<string, string | number>;

const tables: Record<Locale, Record<string, string>> = { en, ar };

/** Replaces `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Translates a key of the client's own catalogue. */
export function t(key: MessageKey, params?: Params): string {
  return interpolate(tables[getLocale()][key] ?? en[key], params);
}

/** True when the active locale (or English) has this key: used for keys coming from the engine. */
export function hasKey(key: string, locale: Locale = getLocale()): boolean {
  return key in tables[locale];
}

/**
 * Translates a key that arrives at run time (news items, order errors). Looks in the active
 * locale, then English, then the engine's English `fallback` text; never shows a raw key unless
 * nothing else exists.
 */
export function tKey(key: string, params?: Params, fallback?: string): string {
  const table = tables[getLocale()];
  const template = table[key] ?? (en as Record<string, string>)[key] ?? fallback ?? key;
  return interpolate(template, params);
}

export function catalogue(locale: Locale): Record<string, string> {
  return tables[locale];
}
