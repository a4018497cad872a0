import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './messages/en';
import { ar } from './messages/ar';
import { getLocale, type Locale } from './locale';

export { getLocale, setLocale, isRtl, onLocaleChange, applyDocumentDirection, LOCALES, type Locale } from './locale';
export type { MessageKey };

export type Params = Record<string, string | number>;

// Every text of the client is an ICU message (intl-messageformat): `{name}` placeholders, and
// `{n, plural, …}` where a count changes the words (Arabic has six plural forms). One catalogue
// per language, made of the screen areas' files in messages/<lang>/.

const tables: Record<Locale, Record<string, string>> = { en, ar };

// Western digits in Arabic too (the CLDR default for Arabic in finance, and what people type):
// plural rules come from `ar`, the `#` digits from the `latn` numbering system.
const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', ar: 'ar-u-nu-latn' };

const compiled = new Map<string, IntlMessageFormat | null>();

function compile(template: string, locale: Locale): IntlMessageFormat | null {
  const id = `${locale}\u0000${template}`;
  let f = compiled.get(id);
  if (f === undefined) {
    try {
      f = new IntlMessageFormat(template, INTL_LOCALE[locale], undefined, { ignoreTag: true });
    } catch {
      // A malformed message must not blank a screen: it is shown with plain substitution
      // (test/client/i18n.test.ts compiles every message, so this only guards run-time keys).
      f = null;
    }
    compiled.set(id, f);
  }
  return f;
}

/** Replaces `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Formats an ICU message in a language (params: numbers for plurals, preformatted strings elsewhere). */
export function formatMessage(template: string, params: Params | undefined, locale: Locale = getLocale()): string {
  const f = compile(template, locale);
  if (!f) return interpolate(template, params);
  try {
    const out = f.format(params ?? {});
    return typeof out === 'string' ? out : (out as unknown[]).join('');
  } catch {
    // A missing parameter: show the placeholders rather than nothing.
    return interpolate(template, params);
  }
}

/** Translates a key of the client's catalogue. */
export function t(key: MessageKey, params?: Params): string {
  const locale = getLocale();
  const template = tables[locale][key];
  return template !== undefined ? formatMessage(template, params, locale) : formatMessage(en[key], params, 'en');
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
  const locale = getLocale();
  const own = tables[locale][key];
  if (own !== undefined) return formatMessage(own, params, locale);
  const english = (en as Record<string, string>)[key];
  if (english !== undefined) return formatMessage(english, params, 'en');
  return interpolate(fallback ?? key, params);
}

export function catalogue(locale: Locale): Record<string, string> {
  return tables[locale];
}
