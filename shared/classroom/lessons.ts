import { ROLES as ROLE_ORDER, type Role } from '../roles';
import { classQuarterLabels, classRoles, companyAt, type ClassData, type GroupData, type GroupQuarter, type QuarterCompany, type QuarterEvent } from './data';

// The six lessons of GAME.md §1 and lesson 7 of §12.4 (circular money), each with the chart that shows it in this class's own data and a
// finding computed from it (a translation key and its numbers; the client words and draws them).
// Cross-group comparisons (TSR by role and group, cloud launches, capex and revenue paths, mood
// paths, the events every group shared) are here too. Pure: no I/O, no randomness.

export const LESSON_IDS = ['capexReturn', 'marketsClear', 'commitmentsBind', 'reflexivity', 'obsolescence', 'narratives', 'circularMoney'] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export type LessonUnit = 'money' | 'perGW' | 'perCU' | 'mood' | 'share' | 'factor' | 'sentiment';

export interface LessonSeries {
  id: string;
  /** Whose line: a role (averaged over groups unless `group` is set), a group, or both. */
  role?: Role;
  group?: number;
  /** A named line that is neither (e.g. 'listPrice'). */
  metric?: string;
  values: (number | null)[];
  dashed?: boolean;
}

export interface LessonChart {
  /** What the y axis measures (the client's translation key suffix). */
  metric: string;
  unit: LessonUnit;
  xLabels: string[];
  series: LessonSeries[];
  refs?: { value: number; metric: string }[];
}

export interface Finding {
  /** Which wording: lesson.<id>.finding.<key>. */
  key: string;
  params: Record<string, number | string>;
}

export interface Lesson {
  id: LessonId;
  /** 1–6 as numbered in GAME.md §1; 7 is circular money (§12.4). */
  number: number;
  chart: LessonChart;
  finding: Finding;
}

// ---------------------------------------------------------------- helpers

function mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** Per quarter, the mean over groups of `pick` (groups without that quarter or role are skipped). */
function acrossGroups(data: ClassData, n: number, pick: (g: GroupData, q: number) => number | undefined): (number | null)[] {
  const out: (number | null)[] = [];
  for (let q = 0; q < n; q++) {
    const xs: number[] = [];
    for (const g of data.groups) {
      const v = q < g.quarters.length ? pick(g, q) : undefined;
      if (v !== undefined && Number.isFinite(v)) xs.push(v);
    }
    out.push(mean(xs));
  }
  return out;
}

function roleSeries(data: ClassData, n: number, metric: (c: NonNullable<ReturnType<typeof companyAt>>) => number): LessonSeries[] {
  return classRoles(data).map((role) => ({
    id: role,
    role,
    values: acrossGroups(data, n, (g, q) => {
      const c = companyAt(g, q, role);
      return c ? metric(c) : undefined;
    }),
  }));
}

function groupSeries(data: ClassData, n: number, pick: (row: GroupQuarter) => number): LessonSeries[] {
  return data.groups.map((g) => ({
    id: `g${g.group + 1}`,
    group: g.group,
    values: Array.from({ length: n }, (_, q) => {
      const row = g.quarters[q];
      return row ? pick(row) : null;
    }),
  }));
}

function round(x: number, digits: number): number {
  const f = digits === 0 ? 1 : digits === 1 ? 10 : digits === 2 ? 100 : 1000;
  return Math.round(x * f) / f;
}

/** Final TSR of every company that played, per group. */
function finalCompanies(data: ClassData): { group: number; role: Role; tsr: number; cloudLive: boolean; launched: boolean }[] {
  const out: { group: number; role: Role; tsr: number; cloudLive: boolean; launched: boolean }[] = [];
  for (const g of data.groups) {
    const last = g.quarters[g.quarters.length - 1];
    if (!last) continue;
    for (const c of last.companies) {
      const launch = g.cloudLaunches.find((l) => l.role === c.role);
      out.push({ group: g.group, role: c.role, tsr: c.tsr, cloudLive: c.cloudStatus === 'live', launched: launch?.launchedQ !== null && launch?.launchedQ !== undefined });
    }
  }
  return out;
}

// ---------------------------------------------------------------- the six lessons

function capexReturn(data: ClassData, labels: string[]): Lesson {
  const n = labels.length;
  const finals = finalCompanies(data);
  const withCloud = finals.filter((f) => f.cloudLive);
  const without = finals.filter((f) => !f.cloudLive);
  const finding: Finding =
    withCloud.length && without.length
      ? { key: 'cloudVsNone', params: { withTsr: round(mean(withCloud.map((f) => f.tsr))!, 4), withoutTsr: round(mean(without.map((f) => f.tsr))!, 4), withCount: withCloud.length, withoutCount: without.length } }
      : { key: 'noContrast', params: { count: finals.length } };
  return {
    id: 'capexReturn',
    number: 1,
    chart: { metric: 'unbackedCapex', unit: 'share', xLabels: labels, series: roleSeries(data, n, (c) => c.unbackedShare) },
    finding,
  };
}

function marketsClear(data: ClassData, labels: string[]): Lesson {
  const n = labels.length;
  let best: { group: number; q: number; price: number; ratio: number } | null = null;
  for (const g of data.groups) {
    for (const q of g.quarters) {
      const ratio = q.chipSupplyCap > 0 ? q.chipDemandGW / q.chipSupplyCap : 0;
      if (!best || q.chipPrice > best.price) best = { group: g.group, q: q.quarter, price: q.chipPrice, ratio };
    }
  }
  const list = data.groups[0]?.quarters[0]?.chipListPrice ?? 0;
  const finding: Finding = best
    ? { key: best.price > list ? 'scarce' : 'slack', params: { price: round(best.price, 2), list: round(list, 2), ratio: round(best.ratio, 2), group: best.group + 1, quarter: labels[best.q] ?? '' } }
    : { key: 'noData', params: {} };
  return {
    id: 'marketsClear',
    number: 2,
    chart: {
      metric: 'chipPrice',
      unit: 'perGW',
      xLabels: labels,
      series: groupSeries(data, n, (row) => row.chipPrice),
      refs: list > 0 ? [{ value: list, metric: 'listPrice' }] : [],
    },
    finding,
  };
}

function commitmentsBind(data: ClassData, labels: string[]): Lesson {
  const n = labels.length;
  // The role that paid the most under take-or-pay contracts across the class.
  const totals = new Map<Role, { paid: number; revenue: number }>();
  for (const g of data.groups) {
    for (const q of g.quarters) {
      for (const c of q.companies) {
        const t = totals.get(c.role) ?? { paid: 0, revenue: 0 };
        t.paid += c.contractPayments;
        t.revenue += c.revenue;
        totals.set(c.role, t);
      }
    }
  }
  let role: Role | null = null;
  for (const [r, t] of totals) if (t.paid > 0 && (role === null || t.paid > totals.get(role)!.paid)) role = r;
  if (role === null) {
    return {
      id: 'commitmentsBind',
      number: 3,
      chart: { metric: 'contractShare', unit: 'share', xLabels: labels, series: [] },
      finding: { key: 'none', params: {} },
    };
  }
  const picked = role;
  const t = totals.get(picked)!;
  const groups = data.groups.filter((g) => g.activeSeats.includes(picked));
  return {
    id: 'commitmentsBind',
    number: 3,
    chart: {
      metric: 'contractShare',
      unit: 'share',
      xLabels: labels,
      series: groups.map((g) => ({
        id: `g${g.group + 1}`,
        group: g.group,
        role: picked,
        values: Array.from({ length: n }, (_, q) => {
          const c = companyAt(g, q, picked);
          return c ? (c.revenue > 0 ? c.contractPayments / c.revenue : null) : null;
        }),
      })),
    },
    finding: { key: 'paid', params: { role: picked, paid: round(t.paid / Math.max(1, groups.length), 1), share: t.revenue > 0 ? round(t.paid / t.revenue, 4) : 0 } },
  };
}

function reflexivity(data: ClassData, labels: string[]): Lesson {
  const n = labels.length;
  let lo = Infinity;
  let hi = -Infinity;
  const afterUp: number[] = [];
  const afterDown: number[] = [];
  for (const g of data.groups) {
    const capex = g.quarters.map((q) => q.companies.reduce((s, c) => s + c.capex, 0));
    g.quarters.forEach((q, i) => {
      lo = Math.min(lo, q.mood);
      hi = Math.max(hi, q.mood);
      const now = capex[i] ?? 0;
      const next = capex[i + 1];
      if (next !== undefined && now > 0) {
        const growth = next / now - 1;
        (q.mood >= q.moodBefore ? afterUp : afterDown).push(growth);
      }
    });
  }
  const up = mean(afterUp);
  const down = mean(afterDown);
  const finding: Finding =
    lo === Infinity
      ? { key: 'noData', params: {} }
      : up !== null && down !== null
        ? { key: 'capexFollows', params: { low: round(lo, 1), high: round(hi, 1), afterUp: round(up, 4), afterDown: round(down, 4) } }
        : { key: 'range', params: { low: round(lo, 1), high: round(hi, 1) } };
  return {
    id: 'reflexivity',
    number: 4,
    chart: { metric: 'mood', unit: 'mood', xLabels: labels, series: groupSeries(data, n, (row) => row.mood), refs: [{ value: 50, metric: 'neutralMood' }] },
    finding,
  };
}

function obsolescence(data: ClassData, labels: string[]): Lesson {
  const n = labels.length;
  const perCU = acrossGroups(data, n, (g, q) => g.quarters[q]?.chipPricePerCU);
  const listPerCU = acrossGroups(data, n, (g, q) => {
    const row = g.quarters[q];
    return row && row.chipEfficiency > 0 ? row.chipListPrice / row.chipEfficiency : undefined;
  });
  const first = perCU.find((v) => v !== null) ?? null;
  const lastIdx = perCU.reduce<number>((k, v, i) => (v !== null ? i : k), -1);
  const last = perCU[lastIdx] ?? null;
  let finding: Finding = { key: 'noData', params: {} };
  if (first !== null && last !== null && first > 0) {
    const change = last / first - 1;
    const params = { first: round(first, 2), last: round(last, 2), change: round(change, 4), from: labels[0] ?? '', to: labels[lastIdx] ?? '' };
    // Within one chip generation the price per CU barely moves: say so rather than call it obsolescence.
    finding = { key: change < -0.05 ? 'cheaper' : 'sameGeneration', params };
  }
  return {
    id: 'obsolescence',
    number: 5,
    chart: {
      metric: 'chipPricePerCU',
      unit: 'perCU',
      xLabels: labels,
      series: [
        { id: 'paid', metric: 'clearingPerCU', values: perCU },
        { id: 'list', metric: 'listPerCU', values: listPerCU, dashed: true },
      ],
    },
    finding,
  };
}

function narratives(data: ClassData, labels: string[]): Lesson {
  const n = labels.length;
  // The first event of the match (an injected one if any): how the share prices it hit moved that quarter.
  let pick: { id: string; target?: Role; q: number; injected: boolean } | null = null;
  for (const g of data.groups) {
    for (const q of g.quarters) {
      for (const e of q.events) {
        if (!e.started) continue;
        const better = !pick || (e.injected && !pick.injected) || (e.injected === pick.injected && q.quarter < pick.q);
        if (better) pick = { id: e.id, target: e.target, q: q.quarter, injected: e.injected };
      }
    }
  }
  let finding: Finding = { key: 'noEvent', params: {} };
  if (pick) {
    const moves: number[] = [];
    for (const g of data.groups) {
      const q = g.quarters[pick.q];
      if (!q || !q.events.some((e) => e.id === pick.id && e.started)) continue;
      for (const c of q.companies) {
        if (pick.target && c.role !== pick.target) continue;
        const before = pick.q === 0 ? g.startSharePrice[c.role] : companyAt(g, pick.q - 1, c.role)?.sharePrice;
        if (before && before > 0 && !c.bankrupt) moves.push(c.sharePrice / before - 1);
      }
    }
    const avg = mean(moves);
    if (avg !== null) finding = { key: 'event', params: { event: pick.id, target: pick.target ?? '', quarter: labels[pick.q] ?? '', move: round(avg, 4), injected: pick.injected ? 1 : 0 } };
  }
  return {
    id: 'narratives',
    number: 6,
    chart: { metric: 'sentiment', unit: 'sentiment', xLabels: labels, series: roleSeries(data, n, (c) => c.sentiment), refs: [{ value: 0, metric: 'neutralSentiment' }] },
    finding,
  };
}

// ---------------------------------------------------------------- lesson 7: circular money

/** What lesson 7 reads of a group: each quarter's events and every company's circular share and discount. */
export interface CircularGroup {
  group: number;
  activeSeats: Role[];
  quarters: { events: QuarterEvent[]; companies: Pick<QuarterCompany, 'role' | 'circularShare' | 'circularDiscount'>[] }[];
}

/** Below this circular share (of revenue and funding) a company is not said to have circular money. */
const CIRCULAR_FLOOR = 0.005;

/**
 * Lesson 7 (GAME.md 12.4): each company's circular share over time (averaged over groups), and the
 * company whose share peaked highest, with the largest part of its value investors took off for
 * it; when that discount jumped in a quarter an event started, the event is named as the trigger.
 * `inGroup` names the group (1-based) when there are several, else 0.
 * Takes the class's groups or, for the solo debrief, one group built from a match's reports.
 */
export function circularMoney(groups: readonly CircularGroup[], labels: string[]): Lesson {
  const n = labels.length;
  const roles = ROLE_ORDER.filter((r) => groups.some((g) => g.activeSeats.includes(r)));
  const at = (g: CircularGroup, q: number, role: Role) => g.quarters[q]?.companies.find((c) => c.role === role);
  const series: LessonSeries[] = roles.map((role) => ({
    id: role,
    role,
    values: Array.from({ length: n }, (_, q) => mean(groups.map((g) => at(g, q, role)?.circularShare).filter((v): v is number => v !== undefined && Number.isFinite(v)))),
  }));
  let peak: { g: CircularGroup; role: Role; q: number; share: number } | null = null;
  for (const g of groups) {
    g.quarters.forEach((quarter, q) => {
      // Groups replayed from engine 1 records have no circular share: they count as none.
      for (const c of quarter.companies) {
        const share = c.circularShare ?? 0;
        if (!peak || share > peak.share) peak = { g, role: c.role, q, share };
      }
    });
  }
  const chart: LessonChart = { metric: 'circularShare', unit: 'share', xLabels: labels, series };
  const found = peak as { g: CircularGroup; role: Role; q: number; share: number } | null;
  if (!found || found.share < CIRCULAR_FLOOR) return { id: 'circularMoney', number: 7, chart, finding: { key: found ? 'none' : 'noData', params: {} } };
  // The quarter investors took the most off this company for it, and whether an event started then.
  let worst = { q: found.q, discount: 0, jump: 0 };
  found.g.quarters.forEach((_, q) => {
    const d = at(found.g, q, found.role)?.circularDiscount ?? 0;
    const before = q > 0 ? (at(found.g, q - 1, found.role)?.circularDiscount ?? 0) : 0;
    if (d > worst.discount) worst = { q, discount: d, jump: d - before };
  });
  const params = { role: found.role, share: round(found.share, 4), quarter: labels[found.q] ?? '', inGroup: groups.length > 1 ? found.g.group + 1 : 0, discount: round(worst.discount, 4), discountQuarter: labels[worst.q] ?? '' };
  const trigger = worst.jump > 0 ? found.g.quarters[worst.q]?.events.find((e) => e.started && !e.target) : undefined;
  const finding: Finding = trigger ? { key: 'noticed', params: { ...params, event: trigger.id } } : { key: 'peak', params };
  return { id: 'circularMoney', number: 7, chart, finding };
}

export function classLessons(data: ClassData): Lesson[] {
  const labels = classQuarterLabels(data);
  return [
    capexReturn(data, labels),
    marketsClear(data, labels),
    commitmentsBind(data, labels),
    reflexivity(data, labels),
    obsolescence(data, labels),
    narratives(data, labels),
    circularMoney(data.groups, labels),
  ];
}

// ---------------------------------------------------------------- cross-group comparison

/** TSR of each role in each group at its last quarter (null: the role did not play there). */
export function tsrTable(data: ClassData): { roles: Role[]; rows: { group: number; code: string; tsr: (number | null)[]; bankrupt: boolean[] }[] } {
  const roles = classRoles(data);
  return {
    roles,
    rows: data.groups.map((g) => {
      const last = g.quarters[g.quarters.length - 1];
      return {
        group: g.group,
        code: g.code,
        tsr: roles.map((r) => last?.companies.find((c) => c.role === r)?.tsr ?? null),
        bankrupt: roles.map((r) => last?.companies.find((c) => c.role === r)?.bankrupt ?? false),
      };
    }),
  };
}

/** Who launched a cloud, in which group and when (quarter index), best TSR first within a role. */
export function cloudLaunchTable(data: ClassData): { group: number; role: Role; launchedQ: number; liveQ: number | null; tsr: number }[] {
  const out: { group: number; role: Role; launchedQ: number; liveQ: number | null; tsr: number }[] = [];
  for (const g of data.groups) {
    const last = g.quarters[g.quarters.length - 1];
    for (const l of g.cloudLaunches) {
      if (l.launchedQ === null) continue;
      out.push({ group: g.group, role: l.role, launchedQ: l.launchedQ, liveQ: l.liveQ, tsr: last?.companies.find((c) => c.role === l.role)?.tsr ?? 0 });
    }
  }
  return out.sort((a, b) => a.launchedQ - b.launchedQ || a.group - b.group);
}

/** Cumulative capex and cumulative revenue of one role, one line each per group. */
export function capexRevenuePaths(data: ClassData, role: Role): LessonChart {
  const labels = classQuarterLabels(data);
  const series: LessonSeries[] = [];
  for (const g of data.groups) {
    if (!g.activeSeats.includes(role)) continue;
    let capex = 0;
    let revenue = 0;
    const cap: (number | null)[] = [];
    const rev: (number | null)[] = [];
    for (let q = 0; q < labels.length; q++) {
      const c = companyAt(g, q, role);
      if (!c) {
        cap.push(null);
        rev.push(null);
        continue;
      }
      capex += c.capex;
      revenue += c.aiRevenue;
      cap.push(capex);
      rev.push(revenue);
    }
    series.push({ id: `g${g.group + 1}.capex`, group: g.group, role, metric: 'cumCapex', values: cap });
    series.push({ id: `g${g.group + 1}.aiRevenue`, group: g.group, role, metric: 'cumAiRevenue', values: rev, dashed: true });
  }
  return { metric: 'cumulative', unit: 'money', xLabels: labels, series };
}

export function moodPaths(data: ClassData): LessonChart {
  const labels = classQuarterLabels(data);
  return { metric: 'mood', unit: 'mood', xLabels: labels, series: groupSeries(data, labels.length, (row) => row.mood), refs: [{ value: 50, metric: 'neutralMood' }] };
}

/** The events of each quarter and the groups they happened in (same seed: the same random events). */
export function sharedEvents(data: ClassData): { quarter: number; label: string; id: string; target?: Role; injected: boolean; groups: number[] }[] {
  const labels = classQuarterLabels(data);
  const out: { quarter: number; label: string; id: string; target?: Role; injected: boolean; groups: number[] }[] = [];
  for (const g of data.groups) {
    for (const q of g.quarters) {
      for (const e of q.events) {
        if (!e.started) continue;
        const found = out.find((x) => x.quarter === q.quarter && x.id === e.id && x.target === e.target && x.injected === e.injected);
        if (found) found.groups.push(g.group);
        else out.push({ quarter: q.quarter, label: labels[q.quarter] ?? q.label, id: e.id, ...(e.target ? { target: e.target } : {}), injected: e.injected, groups: [g.group] });
      }
    }
  }
  return out.sort((a, b) => a.quarter - b.quarter || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
