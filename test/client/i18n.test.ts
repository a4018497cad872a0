import { describe, expect, it } from 'vitest';
import { ALL_TEXT_KEYS, DEFAULT_SCENARIO } from '../../shared/engine';
import { ERROR_KEYS } from '../../shared/orders';
import { ERROR_CODES } from '../../shared/protocol';
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from '../../client/i18n/messages/en';
import { ar } from '../../client/i18n/messages/ar';
import { formatMessage } from '../../client/i18n';
import { ENGINE_TEXT } from '../../client/i18n/engineText';
import { orderErrorCatalogue } from '../../client/i18n/orderErrors';

// Every string the client shows exists in English and Arabic, with the same placeholders, and
// every key the engine, the order validator and the server can send has a text in both.

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|\w+)?\}/g)].map((m) => m[1]).sort();

/** The argument names of an ICU message (placeholders, plural and select arguments), sorted, unique. */
function icuArguments(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: any[]) => {
    for (const n of nodes) {
      if (typeof n.value === 'string' && n.type !== 0 && n.type !== 7) names.add(n.value);
      if (n.options) for (const o of Object.values(n.options) as any[]) walk(o.value);
      if (n.children) walk(n.children);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst() as any[]);
  return [...names].sort();
}

const hasPlural = (message: string) => /\{\s*\w+\s*,\s*plural\s*,/.test(message);

describe('client translations', () => {
  it('Arabic has exactly the English keys, none empty, same placeholders', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      const a = (ar as Record<string, string>)[k] ?? '';
      expect(v.trim(), k).not.toBe('');
      expect(a.trim(), k).not.toBe('');
      expect(icuArguments(a), k).toEqual(icuArguments(v));
    }
  });

  it('every message is valid ICU MessageFormat in both languages', () => {
    for (const table of [en, ar] as Record<string, string>[]) {
      for (const [k, v] of Object.entries(table)) expect(() => new IntlMessageFormat(v, 'ar'), k).not.toThrow();
    }
  });

  it('counts use plural forms: Arabic has all six, English one/other', () => {
    for (const [k, v] of Object.entries(en)) {
      if (!hasPlural(v)) continue;
      const a = (ar as Record<string, string>)[k] ?? '';
      expect(hasPlural(a), `${k} has a plural in English but not in Arabic`).toBe(true);
      for (const form of ['one', 'two', 'few', 'many', 'other']) expect(a, `${k} ${form}`).toMatch(new RegExp(`\\b${form}\\s*\\{`));
    }
    const quarters = (n: number) => formatMessage(ar['news.quartersLeft'], { n }, 'ar');
    expect(quarters(1)).toBe('بقي ربع واحد');
    expect(quarters(2)).toBe('بقي ربعان');
    expect(quarters(3)).toBe('بقي 3 أرباع');
    expect(quarters(11)).toBe('بقي 11 ربعًا');
    expect(formatMessage(en['dp.buildHint'], { cost: '$1B', n: 1, index: '1.0' }, 'en')).toContain('ready in 1 quarter ·');
    expect(formatMessage(en['dp.buildHint'], { cost: '$1B', n: 2, index: '1.0' }, 'en')).toContain('ready in 2 quarters ·');
  });

  it('Arabic texts are written in Arabic script (except names and units)', () => {
    const latinOnly = Object.entries(ar).filter(([, v]) => !/[\u0600-\u06ff]/.test(v));
    const allowed = new Set(['role.openai.name', 'role.meta.name', 'role.microsoft.name', 'role.amazon.name', 'role.google.name', 'role.openai.short', 'role.meta.short', 'role.microsoft.short', 'role.amazon.short', 'role.google.short', 'app.switchLanguage', 'common.minutesSeconds', 'common.page', 'unit.pct', 'host.extend', 'dp.customTrainium', 'dp.customTpu', 'cp.ebitda', 'co.ebitda', 'common.seconds', 'unit.cu', 'rp.upload.failed']);
    expect(latinOnly.map(([k]) => k).filter((k) => !allowed.has(k))).toEqual([]);
  });

  it('covers every engine news, line and warning key in both languages', () => {
    const errorKeys = new Set<string>(ERROR_KEYS);
    for (const key of ALL_TEXT_KEYS) {
      if (errorKeys.has(key)) continue;
      expect(ENGINE_TEXT.en[key], `en ${key}`).toBeTruthy();
      expect(ENGINE_TEXT.ar[key], `ar ${key}`).toBeTruthy();
      expect(placeholders(ENGINE_TEXT.ar[key] ?? ''), key).toEqual(placeholders(ENGINE_TEXT.en[key] ?? ''));
    }
  });

  it('covers every order-validation error key in both languages', () => {
    for (const key of ERROR_KEYS) {
      expect(orderErrorCatalogue('en')[key], `en ${key}`).toBeTruthy();
      expect(orderErrorCatalogue('ar')[key], `ar ${key}`).toBeTruthy();
    }
  });

  it('has a text for every server error code', () => {
    for (const code of ERROR_CODES) {
      expect((en as Record<string, string>)[`error.${code}`], code).toBeTruthy();
    }
  });

  it('every catalogue event has an Arabic title and text', () => {
    for (const e of DEFAULT_SCENARIO.events) {
      expect(e.title.ar, e.id).toMatch(/[\u0600-\u06ff]/);
      expect(e.text.ar, e.id).toMatch(/[\u0600-\u06ff]/);
    }
  });
});
