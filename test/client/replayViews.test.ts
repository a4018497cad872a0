import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../client/i18n/locale';
import { loadRecord, last, loaded, position, setPlaying, setPosition, step, playing } from '../../client/replay/store';
import { matchCharts } from '../../client/views/replay/matchSeries';
import { orderCells, outcomeCells } from '../../client/views/replay/orderCells';
import { serializeRecord } from '../../shared/replay';
import { playScripted } from '../replay/helpers';
import { must } from '../../shared/lists';

// The replay viewer's pure parts: the store re-runs a record and keeps the timeline in range, the
// match charts grow with the position on a fixed axis, and the orders/outcome cells read a quarter.

afterEach(() => setLocale('en'));

const text = serializeRecord(playScripted({ seed: 'replay-views', quarters: 5 }).record);

describe('replay store', () => {
  it('re-runs a record, verifies every hash and keeps the position on the timeline', () => {
    expect(loadRecord('rec-1', text)).toBeNull();
    const l = loaded.value!;
    expect(l.verified).toBe(true);
    expect(l.hashes).toEqual(l.record.quarters.map((q) => q.hash));
    expect(last.value).toBe(5);
    setPosition(9);
    expect(position.value).toBe(5);
    setPosition(-3);
    expect(position.value).toBe(0);
    step(2);
    expect(position.value).toBe(2);
    setPlaying(true);
    setPosition(5);
    expect(playing.value).toBe(false);
    setPlaying(true);
    expect(position.value).toBe(0);
    setPlaying(false);
  });

  it('refuses a truncated record with its kind', () => {
    expect(loadRecord('rec-2', text.slice(0, 3000))?.kind).toBe('truncated');
  });
});

describe('replay charts and cells', () => {
  it('match charts keep their axis and show one more quarter per step', () => {
    expect(loadRecord('rec-3', text)).toBeNull();
    const l = loaded.value!;
    const final = must(l.states.at(-1), 'the final state');
    const roles = l.record.settings.activeSeats;
    const at = (p: number) => matchCharts(final, l.reports, roles, p);
    const shares2 = at(2).find((c) => c.id === 'shares')!;
    const shares4 = at(4).find((c) => c.id === 'shares')!;
    expect(shares2.points).toBe(3);
    expect(shares4.points).toBe(5);
    expect(shares2.props.yRange).toEqual(shares4.props.yRange);
    expect(shares2.props.xLabels).toEqual(shares4.props.xLabels);
    expect(shares2.props.series[0]?.values.slice(3).every((v) => v === null)).toBe(true);
    const chip0 = at(0).find((c) => c.id === 'chipPrice')!;
    expect(chip0.points).toBe(0);
    expect(chip0.props.series[0]?.values.every((v) => v === null)).toBe(true);
  });

  it('orders and outcome cells name their columns in the active language', () => {
    expect(loadRecord('rec-4', text)).toBeNull();
    const l = loaded.value!;
    const q = must(l.record.quarters[0], 'the first recorded quarter');
    const r = must(l.reports[0], 'the first report');
    const role = must(l.record.settings.activeSeats[0], 'the first seat');
    const orders = orderCells(q.orders[role], q, role);
    const outcome = outcomeCells(r, r.companies.find((c) => c.role === role), must(l.states[0], 'the start state').companies[role].sharePrice);
    expect(orders.map((c) => c.name)).toEqual(['Chips (GW)', 'Build GW', 'Split T/P/C %', 'Cloud', 'Finance', 'Statement, deals']);
    expect(outcome.map((c) => c.name)).toEqual(['Chips got (GW)', 'Revenue', 'Net income', 'Cash', 'Share price']);
    expect(orders[2]?.main).toMatch(/^\d+ \/ \d+ \/ \d+$/);
    setLocale('ar');
    expect(outcomeCells(r, undefined, null).map((c) => c.main)).toEqual(['—', '—', '—', '—', '—']);
    expect(orderCells(undefined, q, role)[0]?.name).toBe('الرقائق (GW)');
  });
});
