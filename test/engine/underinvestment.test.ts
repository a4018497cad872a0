import { describe, expect, it } from 'vitest';
import { underinvestmentDrag } from '../../shared/engine/steps/investors';
import type { TrailRow } from '../../shared/index';
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
});
