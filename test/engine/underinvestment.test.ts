import { describe, expect, it } from 'vitest';
import { underinvestmentDrag } from '../../shared/engine/steps/investors';
import type { MatchState, TrailRow } from '../../shared/index';
import { allSteady, line, newMatch, orders, play, quietScenario } from './helpers';
import { must } from '../../shared/lists';

// Engine 2.3: investors drag the sentiment of a company that stops investing (it falls behind in the
// race), so "do nothing" is marked down within a short match; a company investing at its pace is not.

const p = { maintenance: 0.5, drag: 0.25, quarters: 2 };
const row = (depreciation: number, computeBought = 0) => ({ depreciation, computeBought }) as TrailRow;

describe('underinvestment drag', () => {
  it('is drag × the share by which investment falls short of maintenance × depreciation', () => {
    expect(underinvestmentDrag([30, 30, 0, 0], [row(10)], p)).toBe(0.25); // nothing ordered in the last 2 quarters
    expect(underinvestmentDrag([0, 2.5], [row(10)], p)).toBeCloseTo(0.25 * 0.75, 12); // 1.25 a quarter of the 5 expected
    expect(underinvestmentDrag([0, 0], [row(10, 5)], p)).toBe(0); // compute bought under contract counts as investment
    expect(underinvestmentDrag([6, 4], [row(10)], p)).toBe(0);
    expect(underinvestmentDrag([0, 0], [row(10)], undefined)).toBe(0);
    expect(underinvestmentDrag([0, 0], [row(0)], p)).toBe(0);
  });

  it('a hyperscaler that stops ordering is dragged from its second idle quarter on; the same company at its pace is not', () => {
    const scenario = quietScenario();
    const idle = play(newMatch({ scenario }), 4, (s) => ({ ...allSteady(s), microsoft: orders(s, 'microsoft') }));
    const steady = play(newMatch({ scenario }), 4, allSteady);
    const drag = (r: (typeof idle.reports)[number]) => line(r.companies.find((c) => c.role === 'microsoft')!.sentiment.causes, 'sentiment.underinvestment');
    expect(drag(must(idle.reports[0], 'quarter 1 report'))).toBe(0); // the window still holds 2025's orders
    expect(drag(must(idle.reports[2], 'quarter 3 report'))).toBeCloseTo(-scenario.investors.underinvestment!.drag, 12);
    expect(steady.reports.map(drag)).toEqual([0, 0, 0, 0]);
    expect(idle.state.companies.microsoft.sentiment).toBeLessThan(steady.state.companies.microsoft.sentiment - 0.3);
  });

  it('engine 2.7: a company whose orders over the last year fall behind loses core growth (coreErosion × the shortfall a quarter); one at its pace does not', () => {
    const scenario = quietScenario();
    const under = must(scenario.investors.underinvestment, 'underinvestment');
    const erosion = must(under.coreErosion, 'coreErosion');
    expect(under.erosionQuarters).toBe(4);
    const idle = play(newMatch({ scenario }), 6, (s) => ({ ...allSteady(s), microsoft: orders(s, 'microsoft') }));
    const steady = play(newMatch({ scenario }), 6, allSteady);
    // Its last four quarters of orders still hold 2025's for three quarters; from the fourth idle quarter on, full erosion.
    const points = idle.reports.map((r) => r.news.find((n) => n.key === 'news.core.eroding' && n.role === 'microsoft')?.params.points ?? 0);
    expect(points).toEqual([0, 0, 0, erosion * 100, erosion * 100, erosion * 100]);
    expect(steady.reports.some((r) => r.news.some((n) => n.key === 'news.core.eroding'))).toBe(false);
    // The report shows it where the seat decides: invested against needed, the drag and the erosion.
    const keepUp = (r: (typeof idle.reports)[number]) => must(r.companies.find((c) => c.role === 'microsoft')?.keepUp, 'keepUp');
    const ku3 = keepUp(must(idle.reports[3], 'quarter 4 report'));
    expect(ku3).toMatchObject({ invested: 0, shortfall: 1, drag: under.drag, erosion });
    expect(ku3.needed).toBeCloseTo(under.maintenance * must(idle.reports[3], 'quarter 4 report').companies.find((c) => c.role === 'microsoft')!.pnl.depreciation, 9);
    expect(steady.reports.map((r) => keepUp(r).erosion)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(keepUp(must(steady.reports[3], 'quarter 4 report')).invested).toBeGreaterThan(keepUp(must(steady.reports[3], 'quarter 4 report')).needed);
    const base = (st: MatchState, seg: string) => must(st.companies.microsoft.coreLines.find((l) => l.segment === seg), seg).base;
    for (const l of steady.state.companies.microsoft.coreLines) {
      const ratio = base(idle.state, l.segment) / base(steady.state, l.segment);
      expect(ratio).toBeLessThan(1 - (2.5 * erosion) / (1 + l.growth));
      expect(ratio).toBeGreaterThan(1 - 3.5 * erosion);
    }
    const off = quietScenario((x) => delete x.investors.underinvestment!.coreErosion);
    const idleOff = play(newMatch({ scenario: off }), 6, (s) => ({ ...allSteady(s), microsoft: orders(s, 'microsoft') }));
    expect(idleOff.state.companies.microsoft.coreLines.map((l) => l.base)).toEqual(steady.state.companies.microsoft.coreLines.map((l) => l.base));
  });

  it('engine 2.7: no erosion after the last quarter, where bots stop ordering and nothing is left to change', () => {
    const scenario = quietScenario();
    const idle = play(newMatch({ scenario, settings: { quarters: 4 } }), 4, (s) => ({ ...allSteady(s), microsoft: orders(s, 'microsoft') }));
    expect(idle.reports.at(-1)!.news.some((n) => n.key === 'news.core.eroding')).toBe(false);
  });
});
