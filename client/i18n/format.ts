import { getLocale, type Locale } from './locale';
import { parseDecimal } from './parseNumber';

// Locale-aware number formatting. Money is US$ billions everywhere (GAME.md §3):
// English `$12.3B`, `$1.2T`; Arabic `12.3 مليار $`, `1.2 تريليون $` (Western digits, the CLDR default for
// Arabic, so figures match what people type and what the engine's texts contain).

const MINUS = '\u2212';
/** LEFT-TO-RIGHT MARK: keeps a leading sign on the left of its number inside right-to-left text. */
const LRM = '\u200e';
const signMark = (locale: Locale) => (locale === 'ar' ? LRM : '');
const cache = new Map<string, Intl.NumberFormat>();

function nf(locale: Locale, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}/${min}/${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en-US', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    cache.set(key, f);
  }
  return f;
}

/** A plain number with a fixed number of decimals, localized digits, typographic minus. */
export function num(value: number, decimals = 1, locale: Locale = getLocale()): string {
  if (!Number.isFinite(value)) return '—';
  const s = nf(locale, decimals, decimals).format(Math.abs(value));
  return value < 0 && s.replace(/[0٠.,٫٬]/g, '') !== '' ? signMark(locale) + MINUS + s : s;
}

/** An integer (rounded), localized. */
export function int(value: number, locale: Locale = getLocale()): string {
  return num(Math.round(value), 0, locale);
}

function moneyDecimals(abs: number): number {
  if (abs === 0) return 1;
  if (abs < 1) return 2;
  return 1;
}

/** $B amount: `$12.3B`, `$1.2T` above 1000, `$0.25B` below 1. */
export function money(billions: number, locale: Locale = getLocale()): string {
  if (!Number.isFinite(billions)) return '—';
  const abs = Math.abs(billions);
  const neg = billions < 0 && abs >= 0.005;
  const trillions = abs >= 1000;
  const value = trillions ? abs / 1000 : abs;
  const digits = nf(locale, moneyDecimals(value), moneyDecimals(value)).format(value);
  const sign = neg ? signMark(locale) + MINUS : '';
  if (locale === 'ar') return `${sign}${digits} ${trillions ? 'تريليون' : 'مليار'} $`;
  return `${sign}$${digits}${trillions ? 'T' : 'B'}`;
}

/** Money with an explicit sign for changes: `+$1.2B`, `−$0.4B`. */
export function moneyDelta(billions: number, locale: Locale = getLocale()): string {
  const s = money(billions, locale);
  return billions > 0.005 ? `${signMark(locale)}+${s}` : s;
}

/** A share price in plain dollars: `$412.30`. */
export function price(dollars: number, locale: Locale = getLocale()): string {
  if (!Number.isFinite(dollars)) return '—';
  const digits = nf(locale, 2, 2).format(Math.abs(dollars));
  const sign = dollars < 0 ? signMark(locale) + MINUS : '';
  return locale === 'ar' ? `${sign}${digits} $` : `${sign}$${digits}`;
}

/** A ratio as a percentage: 0.123 → `12.3%` (Arabic `١٢٫٣٪`). */
export function pct(ratio: number, decimals = 1, locale: Locale = getLocale()): string {
  if (!Number.isFinite(ratio)) return '—';
  const s = num(ratio * 100, decimals, locale);
  return locale === 'ar' ? `${s}٪` : `${s}%`;
}

/** A signed percentage change: `+4.0%`, `−12.5%`. */
export function pctDelta(ratio: number, decimals = 1, locale: Locale = getLocale()): string {
  const s = pct(ratio, decimals, locale);
  return ratio > 0 && Math.abs(ratio * 100) >= 0.5 * 10 ** -decimals ? `${signMark(locale)}+${s}` : s;
}

/** A signed plain number: `+3.2`, `−1.0`. */
export function numDelta(value: number, decimals = 1, locale: Locale = getLocale()): string {
  const s = num(value, decimals, locale);
  return value > 0 && Math.abs(value) >= 0.5 * 10 ** -decimals ? `${signMark(locale)}+${s}` : s;
}

/**
 * A number field's text as a number, or null when it is not one (the field shows why with
 * parseDecimal). "1,000" is a thousand; "1,5" is refused as ambiguous rather than read as 1.5.
 */
export function parseNumberInput(raw: string): number | null {
  const r = parseDecimal(raw);
  return r.ok ? r.value : null;
}

/** Formats a number for an editable field: Western digits, no grouping (typing-friendly). */
export function editable(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '';
  const fixed = value.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * A penalty taken off a value, as the share taken: `−3.2%`; no penalty is `0.0%` (never `−0.0%`).
 * Shown this way round so a bigger penalty reads as a bigger loss.
 */
export function penalty(share: number, decimals = 1, locale: Locale = getLocale()): string {
  if (!Number.isFinite(share)) return '—';
  return pct(-Math.max(0, share), decimals, locale);
}
