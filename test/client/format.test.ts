import { describe, expect, it } from 'vitest';
import { money, moneyDelta, num, parseNumberInput, pct, pctDelta } from '../../client/i18n/format';
import { parseDecimal } from '../../client/i18n/parseNumber';
import { newsText } from '../../client/i18n/engineText';
import { translateOrderError } from '../../client/i18n/orderErrors';
import { setLocale } from '../../client/i18n/locale';

// Locale formatting: $B amounts the way GAME.md §3 writes them, Arabic with its unit words and a
// left-to-right mark keeping signs on their numbers; typed numbers in Western or Arabic digits.

const LRM = '\u200e';

describe('number formatting', () => {
  it('formats money in English', () => {
    expect(money(12.34, 'en')).toBe('$12.3B');
    expect(money(1234, 'en')).toBe('$1.2T');
    expect(money(0.25, 'en')).toBe('$0.25B');
    expect(money(-3.45, 'en')).toBe('\u2212$3.5B');
    expect(moneyDelta(1.2, 'en')).toBe('+$1.2B');
  });

  it('formats money and percentages in Arabic', () => {
    expect(money(12.34, 'ar')).toBe('12.3 مليار $');
    expect(money(1234, 'ar')).toBe('1.2 تريليون $');
    expect(money(-3.45, 'ar')).toBe(`${LRM}\u22123.5 مليار $`);
    expect(pct(0.123, 1, 'ar')).toBe('12.3٪');
    expect(pctDelta(0.05, 1, 'ar')).toBe(`${LRM}+5.0٪`);
    expect(num(1234.5, 1, 'en')).toBe('1,234.5');
  });

  it('reads typed numbers in Western and Arabic-Indic digits, and rejects the rest', () => {
    expect(parseNumberInput('1.5')).toBe(1.5);
    expect(parseNumberInput(' 2,5 ')).toBeNull();
    expect(parseNumberInput('1,000')).toBe(1000);
    expect(parseNumberInput('12,500.5')).toBe(12500.5);
    expect(parseNumberInput('١٬٠٠٠')).toBe(1000);
    expect(parseNumberInput('٠٫٥')).toBe(0.5);
    expect(parseNumberInput('۱۲')).toBe(12);
    expect(parseNumberInput('$3')).toBe(3);
    expect(parseNumberInput('\u22122')).toBe(-2);
    expect(parseNumberInput('abc')).toBeNull();
    expect(parseNumberInput('1.2.3')).toBeNull();
    expect(parseNumberInput('')).toBeNull();
  });
});

describe('engine texts', () => {
  it('renders a news item with localized money and company names', () => {
    setLocale('en');
    expect(newsText({ key: 'news.cloud.price', params: { price: 3.04, quantity: 10 } })).toBe('Cloud compute cleared at $3.0B/CU (10.0 CU sold)');
    expect(newsText({ key: 'news.frontier', params: { role: 'google', previous: 'openai' } })).toBe('Google now has the best model (ahead of OpenAI)');
    setLocale('ar');
    expect(newsText({ key: 'news.cloud.live', params: { role: 'meta' } })).toBe('سحابة Meta تعمل الآن');
    expect(newsText({ key: 'news.event', params: { id: 'bubbleCall', title: 'Famous investor calls a bubble' } })).toMatch(/[\u0600-\u06ff]/);
    setLocale('en');
  });

  it('translates a validator error without its field path', () => {
    setLocale('en');
    const e = { key: 'orders.allocation.sum', params: { got: 120 }, message: 'allocation: training+products+cloud must equal 100 (got 120)' };
    expect(translateOrderError(e)).toBe('training+products+cloud must equal 100 (got 120)');
    setLocale('ar');
    expect(translateOrderError(e)).toBe('يجب أن يكون مجموع التدريب والمنتجات والسحابة 100 (المجموع 120)');
    setLocale('en');
  });
});

describe('parseDecimal', () => {
  it('says when a comma could be a decimal comma instead of guessing', () => {
    expect(parseDecimal('1,5')).toEqual({ ok: false, reason: 'ambiguousComma', suggestion: '1.5' });
    expect(parseDecimal('1,00')).toEqual({ ok: false, reason: 'ambiguousComma', suggestion: '1.00' });
    expect(parseDecimal('1,000')).toEqual({ ok: true, value: 1000 });
    expect(parseDecimal('1,2,3')).toEqual({ ok: false, reason: 'notANumber' });
    expect(parseDecimal('٢٫٥')).toEqual({ ok: true, value: 2.5 });
    expect(parseDecimal('  ')).toEqual({ ok: false, reason: 'empty' });
  });
});
