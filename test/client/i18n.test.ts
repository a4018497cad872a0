import { describe, expect, it } from 'vitest';
import { ALL_TEXT_KEYS, DEFAULT_SCENARIO } from '../../shared/engine';
import { ERROR_KEYS } from '../../shared/orders';
import { ERROR_CODES } from '../../shared/protocol';
import { en } from '../../client/i18n/en';
import { ar } from '../../client/i18n/ar';
import { ENGINE_TEXT } from '../../client/i18n/engineText';
import { orderErrorCatalogue } from '../../client/i18n/orderErrors';

// Every string the client shows exists in English and Arabic, with the same placeholders, and
// every key the engine, the order validator and the server can send has a text in both.

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|\w+)?\}/g)].map((m) => m[1]).sort();

describe('client translations', () => {
  it('Arabic has exactly the English keys, none empty, same placeholders', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      const a = (ar as Record<string, string>)[k];
      expect(v.trim(), k).not.toBe('');
      expect(a.trim(), k).not.toBe('');
      expect(placeholders(a), k).toEqual(placeholders(v));
    }
  });

  it('Arabic texts are written in Arabic script (except names and units)', () => {
    const latinOnly = Object.entries(ar).filter(([, v]) => !/[\u0600-\u06ff]/.test(v));
    const allowed = new Set(['role.openai.name', 'role.meta.name', 'role.microsoft.name', 'role.amazon.name', 'role.google.name', 'role.openai.short', 'role.meta.short', 'role.microsoft.short', 'role.amazon.short', 'role.google.short', 'app.switchLanguage', 'common.minutesSeconds', 'common.page', 'unit.pct', 'host.extend', 'dp.customTrainium', 'dp.customTpu', 'cp.ebitda', 'co.ebitda', 'common.seconds', 'unit.cu']);
    expect(latinOnly.map(([k]) => k).filter((k) => !allowed.has(k))).toEqual([]);
  });

  it('covers every engine news, line and warning key in both languages', () => {
    const errorKeys = new Set<string>(ERROR_KEYS);
    for (const key of ALL_TEXT_KEYS) {
      if (errorKeys.has(key)) continue;
      expect(ENGINE_TEXT.en[key], `en ${key}`).toBeTruthy();
      expect(ENGINE_TEXT.ar[key], `ar ${key}`).toBeTruthy();
      expect(placeholders(ENGINE_TEXT.ar[key]), key).toEqual(placeholders(ENGINE_TEXT.en[key]));
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
