import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, createMatch, resolveQuarter } from '../../shared/engine';
import type { ChipCohort, CompanyReport } from '../../shared/engine/types';
import { penalty } from '../../client/i18n/format';
import { setLocale } from '../../client/i18n/locale';
import { capexPenaltyShare, investorFigures } from '../../client/planning/investorFigures';
import { saleQuote } from '../../client/planning/secondHand';
import { draftToOrders as draftToOrdersWith, newDraft, type Draft } from '../../client/views/planning/draft';
import { readNumber } from '../../client/views/planning/readNumber';
import { blankOrders } from '../../shared/engine';
import { allSteady } from '../engine/helpers';

// Engine 2's numbers on screen: a capex penalty reads "−x%" (never a factor, never "−0.0%"),
// shares read as percentages in both languages, engine 1 reports still read the right way round,
// the second-hand sale and vendor-financing acceptance reach the orders.

const LRM = '\u200e';
const MINUS = '\u2212';

afterEach(() => setLocale('en'));

function report(): CompanyReport {
  const s = createMatch(DEFAULT_SCENARIO, { quarters: 4 }, 'figures');
  return resolveQuarter(s, allSteady(s), []).report.companies.find((c) => c.role === 'meta')!;
}

describe('penalty format', () => {
  it('is the share taken off with a minus sign; no penalty is 0%', () => {
    expect(penalty(0.123, 1, 'en')).toBe(`${MINUS}12.3%`);
    expect(penalty(0, 1, 'en')).toBe('0.0%');
    expect(penalty(0.00001, 1, 'en')).toBe('0.0%');
    expect(penalty(-0.2, 1, 'en')).toBe('0.0%');
    expect(penalty(0.05, 0, 'en')).toBe(`${MINUS}5%`);
    expect(penalty(0.123, 1, 'ar')).toBe(`${LRM}${MINUS}12.3٪`);
    expect(penalty(Number.NaN, 1, 'en')).toBe('—');
  });

  it('reads engine 2 penalties as they are and engine 1 factors the right way round', () => {
    expect(capexPenaltyShare({ capexPenalty: 0.2, capexFactor: 0.8 })).toBe(0.2);
    expect(capexPenaltyShare({ capexPenalty: 0, capexFactor: 1 })).toBe(0);
    // Engine 1 records: capexPenalty was the factor (1 = no penalty).
    expect(capexPenaltyShare({ capexPenalty: 1 })).toBe(0);
    expect(capexPenaltyShare({ capexPenalty: 0.75 })).toBe(0.25);
  });
});

describe('investor figures', () => {
  it('lists circular share, capex penalty, cost of capital, solvency headroom and second-hand price with tooltips', () => {
    const cr = report();
    const figs = investorFigures(cr);
    expect(figs.map((f) => f.id)).toEqual(['circular', 'capexPenalty', 'costOfCapital', 'growthRoom', 'keepUp', 'headroom', 'secondHand']);
    const by = Object.fromEntries(figs.map((f) => [f.id, f]));
    expect(by.circular?.value).toMatch(/^\d+%$/);
    expect(by.capexPenalty?.value).toMatch(new RegExp(`^(${MINUS}\\d+\\.\\d%|0\\.0%)$`));
    expect(by.costOfCapital?.value).toBe(`${(cr.valuation.costOfCapital * 100).toFixed(1)}%`);
    expect(by.headroom?.value).toMatch(/^\$[\d,.]+[BT]$/);
    expect(by.secondHand?.value).toMatch(/^\$[\d.]+B\/GW$/);
    for (const f of figs) expect(f.help.length, f.id).toBeGreaterThan(40);
    expect(by.headroom?.help).not.toMatch(/\{\w+\}/);
    // A young market: all of a company's product growth is still priced.
    expect(by.growthRoom?.value).toBe('100%');
    expect(by.growthRoom?.tone).toBe('plain');
  });

  it('engine 2.7: keeping up the fleet reads invested / needed, good at pace, bad for a seat that stopped ordering, in both languages', () => {
    const cr = report();
    const fig = investorFigures(cr).find((f) => f.id === 'keepUp')!;
    expect(fig.value).toMatch(/^\$[\d,.]+B \/ \$[\d,.]+B$/);
    expect(fig.tone).toBe('good');
    expect(fig.help).not.toMatch(/\{\w+\}/);
    const behind: CompanyReport = { ...cr, keepUp: { invested: 1, needed: 4, shortfall: 0.75, drag: 0.1875, erosion: 0.09 } };
    const bad = investorFigures(behind).find((f) => f.id === 'keepUp')!;
    expect(bad.value).toBe('$1.0B / $4.0B');
    expect(bad.tone).toBe('bad');
    expect(bad.help).toContain('−9');
    expect(bad.help).toContain('0.19');
    setLocale('ar');
    expect(investorFigures(behind).find((f) => f.id === 'keepUp')!.name).toBe('مواكبة الأسطول');
    setLocale('en');
    const { keepUp: _gone, ...older } = cr;
    expect(investorFigures(older).map((f) => f.id)).not.toContain('keepUp');
  });

  it('shows the growth still priced in a saturating market as a warning, in both languages, and leaves it out of older reports', () => {
    const cr = report();
    const saturated: CompanyReport = { ...cr, valuation: { ...cr.valuation, growthRoom: 0.25 } };
    const fig = investorFigures(saturated).find((f) => f.id === 'growthRoom');
    expect(fig?.value).toBe('25%');
    expect(fig?.tone).toBe('warn');
    expect(fig?.help).toContain('25%');
    setLocale('ar');
    const ar = investorFigures(saturated).find((f) => f.id === 'growthRoom');
    expect(ar?.name).toBe('النمو الذي ما زال مسعّرًا');
    expect(ar?.help).toContain('25');
    setLocale('en');
    const { growthRoom: _gone, ...older } = cr.valuation;
    expect(investorFigures({ ...cr, valuation: older as typeof cr.valuation }).map((f) => f.id)).not.toContain('growthRoom');
  });

  it('tones: a big penalty is bad, none is good; a large circular share warns', () => {
    const cr = report();
    const tone = (patch: Partial<CompanyReport['valuation']>) => investorFigures({ ...cr, valuation: { ...cr.valuation, ...patch } });
    expect(tone({ capexPenalty: 0.2, capexFactor: 0.8 }).find((f) => f.id === 'capexPenalty')).toMatchObject({ value: `${MINUS}20.0%`, tone: 'bad' });
    expect(tone({ capexPenalty: 0, capexFactor: 1 }).find((f) => f.id === 'capexPenalty')).toMatchObject({ value: '0.0%', tone: 'good' });
    expect(tone({ circularShare: 0.25 }).find((f) => f.id === 'circular')).toMatchObject({ value: '25%', tone: 'warn' });
  });

  it('in Arabic, with Arabic names and the percent sign of the locale', () => {
    setLocale('ar');
    const figs = investorFigures({ ...report(), valuation: { ...report().valuation, capexPenalty: 0.1, capexFactor: 0.9, circularShare: 0.3 } });
    const by = Object.fromEntries(figs.map((f) => [f.id, f]));
    expect(by.capexPenalty).toMatchObject({ name: 'عقوبة الإنفاق الرأسمالي', value: `${LRM}${MINUS}10.0٪` });
    expect(by.circular?.value).toBe('30٪');
    expect(by.headroom?.value).toMatch(/مليار \$|تريليون \$/);
  });

  it('leaves out what an engine 1 report does not have', () => {
    const cr = report();
    const { circularShare: _c, costOfCapital: _k, capexFactor: _f, growthRoom: _g, ...v1 } = cr.valuation;
    void _c;
    void _k;
    void _f;
    void _g;
    const old = { ...cr, valuation: { ...v1, capexPenalty: 0.9 }, solvency: undefined, keepUp: undefined, capacity: { ...cr.capacity, secondHandPricePerGW: undefined } } as unknown as CompanyReport;
    const figs = investorFigures(old);
    expect(figs.map((f) => f.id)).toEqual(['capexPenalty']);
    expect(figs[0]?.value).toBe(`${MINUS}10.0%`);
  });
});

describe('second-hand sale and vendor financing in the orders', () => {
  const cohort = (gw: number, vintage: number, ageQ: number): ChipCohort => ({ gw, year: 2025, bookValue: 10, cost: 20, ageQ, custom: false, efficiency: 1, vintage });

  it('quotes the oldest chips first, each cohort at its own price, never more than is owned', () => {
    const cohorts = [cohort(1, 0, 2), cohort(0.5, -4, 6)];
    const q = saleQuote(cohorts, 1, 3, 32, DEFAULT_SCENARIO);
    expect(q.gw).toBe(1);
    expect(q.firstPerGW).toBeLessThan(32);
    const all = saleQuote(cohorts, 5, 3, 32, DEFAULT_SCENARIO);
    expect(all.gw).toBe(1.5);
    expect(all.proceeds).toBeGreaterThan(q.proceeds);
    // The older cohort is cheaper per GW: the first half GW sells at the lower price.
    const half = saleQuote(cohorts, 0.5, 3, 32, DEFAULT_SCENARIO);
    expect(half.proceeds / 0.5).toBeCloseTo(half.firstPerGW, 9);
    expect(saleQuote([], 1, 3, 32, DEFAULT_SCENARIO)).toEqual({ firstPerGW: 0, gw: 0, proceeds: 0 });
  });

  it('puts a typed sale and an accepted offer into the orders, and leaves them out otherwise', () => {
    const draftToOrders = (d: Draft, q: number) => draftToOrdersWith(d, q, readNumber);
    const d = newDraft('T/meta/2', blankOrders(2, { training: 30, products: 70, cloud: 0 }), { to: 'neutral', side: 'buy', cu: '1', price: '3', quarters: '4' });
    expect(draftToOrders(d, 2).orders.sellChips).toBeUndefined();
    expect(draftToOrders(d, 2).orders.vendorFinancing).toBeUndefined();
    d.values.sellGW = '٠٫٥';
    d.vendorAccept = true;
    const { orders, parseErrors } = draftToOrders(d, 2);
    expect(parseErrors).toEqual({});
    expect(orders.sellChips).toEqual({ gw: 0.5 });
    expect(orders.vendorFinancing).toEqual({ accept: true });
    d.values.sellGW = 'lots';
    expect(draftToOrders(d, 2).parseErrors).toEqual({ 'sellChips.gw': 'notANumber' });
    // A draft saved before the field existed reads it as empty.
    delete (d.values as Partial<typeof d.values>).sellGW;
    expect(draftToOrders(d, 2).parseErrors).toEqual({});
  });
});
