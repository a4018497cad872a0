import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runBotMatch } from '../../shared/bots';
import { CSV_HEADER, classCsvRowCount, classCsvTable, classExportName } from '../../shared/classroom/csv';
import { classQuarterLabels, groupDataFromState, type ClassData, type GroupSeat } from '../../shared/classroom/data';
import { LESSON_IDS, capexRevenuePaths, circularMoney, classLessons, cloudLaunchTable, moodPaths, sharedEvents, tsrTable, type CircularGroup } from '../../shared/classroom/lessons';
import { resolveQuarter, type QuarterReport } from '../../shared/engine';
import type { Role } from '../../shared/roles';
import { allSteady, newMatch } from '../engine/helpers';
import { crossGroupLeaderboard, groupSummary } from '../../shared/classroom/summary';
import { ROLES } from '../../shared/roles';
import { adjacentPairs, must } from '../../shared/lists';

// The debrief's pure side on bot-played groups: the same seed with different personas per group
// (as a class of different students would play it), one injected event in every group.

const SEED = 'lesson-seed';
const PERSONAS = [
  { openai: 'classic', meta: 'classic' },
  { openai: 'cloud-first', meta: 'cloud-first' },
  { openai: 'frugal', meta: 'builder' },
] as const;

function classData(quarters = 6): ClassData {
  const groups = PERSONAS.map((p, i) => {
    const r = runBotMatch({ seed: SEED, quarters, seats: { openai: p.openai, meta: p.meta }, hostEvents: { 2: [{ id: 'rumor', target: 'meta' }] } });
    const seats: GroupSeat[] = ROLES.map((role) => ({ role, kind: role === 'openai' || role === 'meta' ? 'human' : 'bot', persona: 'classic', name: role === 'openai' ? `Ada ${i + 1}` : role === 'meta' ? `Bo, "the" ${i + 1}` : '' }));
    return groupDataFromState(r.final, r.reports, { group: i, code: `CODE${i}A`, status: 'finished', seats });
  });
  return { classId: 'CLS234', title: 'Econ, Period 3', createdAt: '2026-01-01T00:00:00.000Z', seed: SEED, scenarioId: must(groups[0], 'group 1').scenarioId, quarters, groups };
}

describe('class data', () => {
  const data = classData();

  it('has every quarter of every group with its markets, events and companies', () => {
    expect(classQuarterLabels(data)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026', 'Q1 2027', 'Q2 2027']);
    for (const g of data.groups) {
      expect(g.quartersPlayed).toBe(6);
      expect(g.quarters[2]?.events).toContainEqual({ id: 'rumor', target: 'meta', injected: true, started: true });
      for (const q of g.quarters) {
        expect(q.companies.map((c) => c.role)).toEqual([...ROLES]);
        expect(q.chipPrice).toBeGreaterThan(0);
        expect(q.chipPricePerCU).toBeCloseTo(q.chipPrice / q.chipEfficiency, 10);
      }
      const openai = must(g.quarters[0]?.companies[0], 'OpenAI in quarter 1');
      expect(openai.contractPayments).toBeGreaterThan(0); // OpenAI's starting take-or-pay contracts
      expect(g.cloudLaunches.find((l) => l.role === 'microsoft')).toEqual({ role: 'microsoft', launchedQ: null, liveQ: null, liveFromStart: true });
    }
  });

  it('the CSV: header row, one row per group × quarter × company, quoting that spreadsheets read back', () => {
    const table = classCsvTable(data);
    expect(table.fields).toEqual([...CSV_HEADER]);
    expect(new Set(CSV_HEADER).size).toBe(CSV_HEADER.length);
    const text = Papa.unparse(table);
    const back = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(back.errors).toEqual([]);
    expect(back.data).toHaveLength(1 + 3 * 6 * 5);
    expect(classCsvRowCount(data)).toBe(90);
    for (const row of back.data) expect(row).toHaveLength(CSV_HEADER.length);
    const col = (name: string) => CSV_HEADER.indexOf(name);
    // Engine 2's circular share is a column, read from each company's history row.
    expect(col('circular_pct')).toBeGreaterThan(col('capex_penalty_pct'));
    const g0 = must(data.groups[0]?.quarters[1]?.companies[0], 'OpenAI in group 1, quarter 2');
    const g0Row = back.data.find((r) => r[col('group')] === '1' && r[col('quarter')] === '2' && r[col('role')] === g0.role)!;
    expect(Number(g0Row[col('circular_pct')])).toBeCloseTo(g0.circularShare * 100, 2);
    expect(Number(back.data[2]?.[col('cost_of_capital_pct')])).toBeGreaterThan(0);
    // A comma and quotes in a name survive the round trip.
    expect(back.data[2]?.[col('player')]).toBe('Bo, "the" 1');
    expect(back.data[1]?.[col('class_title')]).toBe('Econ, Period 3');
    const rumorRow = back.data.find((r) => r[col('quarter')] === '3' && r[col('role')] === 'meta')!;
    expect(rumorRow[col('events_injected')]).toBe('rumor@meta');
    expect(classExportName(data, 'csv')).toBe('compute-race-class-econ-period-3-lesson-seed.csv');
  });

  it('seven lessons, each with a chart of this class and a finding', () => {
    const lessons = classLessons(data);
    expect(lessons.map((l) => l.id)).toEqual([...LESSON_IDS]);
    expect(lessons.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const l of lessons) {
      expect(l.chart.xLabels).toHaveLength(6);
      expect(l.chart.series.length, l.id).toBeGreaterThan(0);
      for (const s of l.chart.series) expect(s.values).toHaveLength(6);
      expect(l.finding.key, l.id).not.toBe('noData');
    }
    const byId = Object.fromEntries(lessons.map((l) => [l.id, l]));
    expect(byId.marketsClear?.chart.series.map((s) => s.group)).toEqual([0, 1, 2]);
    expect(byId.commitmentsBind?.finding).toMatchObject({ key: 'paid', params: { role: 'openai' } });
    expect(byId.narratives?.finding).toMatchObject({ key: 'event', params: { event: 'rumor', target: 'meta', quarter: 'Q3 2026', injected: 1 } });
    expect(byId.narratives?.finding.params.move as number).toBeLessThan(0.5);
    expect(byId.obsolescence?.finding.key).toBe('cheaper');
    expect(byId.obsolescence?.finding.params.change as number).toBeLessThan(0);
  });

  it('cross-group tables: TSR by role and group, cloud launches, capex and revenue paths, mood, shared events', () => {
    const table = tsrTable(data);
    expect(table.roles).toEqual([...ROLES]);
    expect(table.rows.map((r) => r.code)).toEqual(['CODE0A', 'CODE1A', 'CODE2A']);
    for (const row of table.rows) expect(row.tsr.every((v) => v !== null && Number.isFinite(v))).toBe(true);
    expect(table.rows[0]?.tsr).toEqual(must(data.groups[0], 'group 1').standings.slice().sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role)).map((s) => s.tsr));
    for (const l of cloudLaunchTable(data)) expect(['openai', 'meta']).toContain(l.role);
    const paths = capexRevenuePaths(data, 'meta');
    expect(paths.series).toHaveLength(6);
    const cum = must(paths.series[0], 'the first path').values as number[];
    for (const [prev, next] of adjacentPairs(cum)) expect(next).toBeGreaterThanOrEqual(prev);
    expect(moodPaths(data).series).toHaveLength(3);
    const events = sharedEvents(data);
    expect(events.find((e) => e.id === 'rumor')).toMatchObject({ quarter: 2, injected: true, groups: [0, 1, 2] });
    // Random events come from the seed: every group had the same ones.
    for (const e of events) expect(e.groups).toEqual([0, 1, 2]);
  });

  it('a group summary and the leaderboard across groups', () => {
    const r = runBotMatch({ seed: SEED, quarters: 4 });
    const s = groupSummary(r.final, r.reports);
    expect(s).toMatchObject({ quarter: 4, quartersTotal: 4, label: 'Q4 2026' });
    expect(s.moodHistory).toHaveLength(5);
    expect(s.companies[0]?.prices).toHaveLength(5);
    const board = crossGroupLeaderboard([{ group: 0, summary: s }, { group: 1, summary: s }, { group: 2, summary: null }]);
    expect(board).toHaveLength(10);
    expect(board[0]?.tsr).toBeGreaterThanOrEqual(must(board[9], 'tenth place').tsr);
    expect(board[0]?.group).toBe(0);
    expect(board[1]).toMatchObject({ group: 1, role: board[0]?.role });
  });
});

// Lesson 7 (GAME.md 12.4): circular money, from the companies' history rows.

function group(g: number, shares: Partial<Record<Role, number[]>>, discounts: Partial<Record<Role, number[]>> = {}, events: Record<number, string> = {}): CircularGroup {
  const roles = Object.keys(shares) as Role[];
  const n = Math.max(...roles.map((r) => shares[r]!.length));
  return {
    group: g,
    activeSeats: roles,
    quarters: Array.from({ length: n }, (_, q) => ({
      events: events[q] ? [{ id: events[q], injected: false, started: true }] : [],
      companies: roles.map((role) => ({ role, circularShare: shares[role]![q] ?? 0, circularDiscount: discounts[role]?.[q] ?? 0 })),
    })),
  };
}

describe('lesson 7: circular money', () => {
  const labels = ['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026'];

  it('charts each company’s circular share over time, averaged over the groups', () => {
    const l = circularMoney([group(0, { openai: [0, 0.1, 0.2, 0.2], meta: [0, 0, 0, 0] }), group(1, { openai: [0, 0.3, 0.4, 0.2], meta: [0, 0, 0, 0.02] })], labels);
    expect(l).toMatchObject({ id: 'circularMoney', number: 7, chart: { metric: 'circularShare', unit: 'share', xLabels: labels } });
    expect(l.chart.series.map((s) => s.role)).toEqual(['openai', 'meta']);
    expect(l.chart.series[0]?.values).toEqual([0, 0.2, 0.30000000000000004, 0.2]);
    expect(l.chart.series[1]?.values).toEqual([0, 0, 0, 0.01]);
  });

  it('names the company whose share peaked, and the event that made investors notice', () => {
    const g = group(0, { openai: [0, 0.25, 0.3, 0.3], amazon: [0, 0.05, 0.05, 0.05] }, { openai: [0, 0.01, 0.09, 0.05] }, { 2: 'bubbleCall' });
    const l = circularMoney([g], labels);
    expect(circularMoney([group(0, { meta: [0] }), { ...g, group: 1 }], labels).finding.params.inGroup).toBe(2);
    expect(l.finding).toEqual({
      key: 'noticed',
      params: { role: 'openai', share: 0.3, quarter: 'Q3 2026', inGroup: 0, discount: 0.09, discountQuarter: 'Q3 2026', event: 'bubbleCall' },
    });
    // Without an event that quarter, the peak alone.
    const quiet = circularMoney([group(0, { openai: [0, 0.25, 0.3, 0.3] }, { openai: [0, 0.01, 0.09, 0.05] })], labels);
    expect(quiet.finding).toMatchObject({ key: 'peak', params: { role: 'openai', share: 0.3, discount: 0.09 } });
  });

  it('says so when no money went round, and when nothing was played', () => {
    expect(circularMoney([group(0, { openai: [0, 0.001, 0], meta: [0, 0, 0] })], labels.slice(0, 3)).finding).toEqual({ key: 'none', params: {} });
    expect(circularMoney([], []).finding).toEqual({ key: 'noData', params: {} });
  });

  it('reads a real match: a seat that takes vendor financing shows circular money', () => {
    let s = newMatch({ seed: 'circular-lesson', settings: { quarters: 6 } });
    const reports: QuarterReport[] = [];
    let took: Role | null = null;
    while (!s.finished) {
      const o = allSteady(s);
      for (const r of s.settings.activeSeats) {
        if (s.companies[r].vendorOffer && o[r] && took === null) {
          o[r] = { ...o[r], vendorFinancing: { accept: true } };
          took = r;
        }
      }
      const out = resolveQuarter(s, o, []);
      s = out.state;
      reports.push(out.report);
    }
    expect(took, 'some seat got a vendor-financing offer in 6 quarters').not.toBeNull();
    const seats = ROLES.map((role) => ({ role, kind: 'bot' as const, persona: 'classic', name: '' }));
    const data: ClassData = { classId: 'C7', title: '', createdAt: '', seed: s.seed, scenarioId: s.scenario.id, quarters: 6, groups: [groupDataFromState(s, reports, { group: 0, code: 'G7', status: 'finished', seats })] };
    const lesson = classLessons(data).find((l) => l.id === 'circularMoney')!;
    const line = lesson.chart.series.find((x) => x.role === took)!;
    expect(Math.max(...(line.values as number[]))).toBeGreaterThan(0);
    expect(['peak', 'noticed']).toContain(lesson.finding.key);
    expect(lesson.finding.params.share as number).toBeGreaterThan(0);
  });
});
