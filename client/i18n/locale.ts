import { signal } from '@preact/signals';

// The active UI language. Everything that renders text asks here; switching language
// notifies listeners and never touches the match connection. The language is a signal: a view
// that calls t() or a formatter re-renders by itself when it changes.

export type Locale = 'en' | 'ar';
export const LOCALES: readonly Locale[] = ['en', 'ar'];

const STORAGE_KEY = 'computeRace.locale';
type Listener = (locale: Locale) => void;

const current = signal<Locale>(initialLocale());
const listeners = new Set<Listener>();

function initialLocale(): Locale {
  try {
    const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
    if (fromUrl === 'en' || fromUrl === 'ar') return fromUrl;
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'ar') return stored;
    const nav = globalThis.navigator?.language ?? 'en';
    return nav.toLowerCase().startsWith('ar') ? 'ar' : 'en';
  } catch {
    return 'en';
  }
}

export function getLocale(): Locale {
  return current.value;
}

export function isRtl(): boolean {
  return current.value === 'ar';
}

export function setLocale(locale: Locale): void {
  if (locale === current.value) return;
  current.value = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  applyDocumentDirection();
  for (const fn of listeners) fn(locale);
}

export function onLocaleChange(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Mirrors the locale onto <html lang dir> so DOM overlays and assistive tech follow it. */
export function applyDocumentDirection(): void {
  const el = globalThis.document?.documentElement;
  if (!el) return;
  el.lang = current.peek();
  el.dir = current.peek() === 'ar' ? 'rtl' : 'ltr';
}
