import { crossGroupLeaderboard, type GroupSummary } from '../../../shared/classroom/summary';
import type { Role } from '../../../shared/roles';

// The projector's numbers, kept pure: share prices indexed to 100 at the start, one y range shared
// by every group's chart (so a taller line means a bigger move in every tile), and the leaderboard
// of every company of every group cut into pages the big screen turns through.

export interface IndexedSeries {
  role: Role;
  values: (number | null)[];
}

export function indexedPrices(s: GroupSummary): IndexedSeries[] {
  return s.companies.map((c) => ({ role: c.role, values: c.prices.map((p) => (c.startSharePrice > 0 ? (p / c.startSharePrice) * 100 : null)) }));
}

/** One y range for every group's share-price chart: the lowest and highest index any group reached, 100 included, padded 5%. */
export function sharedIndexRange(summaries: readonly (GroupSummary | null)[]): [number, number] {
  let lo = 100;
  let hi = 100;
  for (const s of summaries) {
    if (!s) continue;
    for (const line of indexedPrices(s)) {
      for (const v of line.values) {
        if (v === null || !Number.isFinite(v)) continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  const pad = Math.max(1, (hi - lo) * 0.05);
  return [Math.max(0, Math.floor(lo - pad)), Math.ceil(hi + pad)];
}

export interface BoardRow {
  rank: number;
  group: number;
  role: Role;
  tsr: number;
  bankrupt: boolean;
}

export function leaderboard(groups: readonly { index: number; summary: GroupSummary | null }[]): BoardRow[] {
  return crossGroupLeaderboard(groups.map((g) => ({ group: g.index, summary: g.summary }))).map((r, i) => ({ rank: i + 1, ...r }));
}

/** Who plays a company in a group right now ('human', 'bot', 'absent'; '' when unknown): bots are marked wherever results are ranked. */
export function seatKind(v: { groups: readonly { index: number; seats: readonly { role: string; kind: string }[] }[] }, group: number, role: Role): string {
  return v.groups.find((g) => g.index === group)?.seats.find((s) => s.role === role)?.kind ?? '';
}

/** Page `page` (wrapping) of `size` rows, and how many pages there are. */
export function boardPage<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / Math.max(1, size)));
  const p = ((page % pages) + pages) % pages;
  return { rows: rows.slice(p * size, p * size + size), page: p, pages };
}

/** The events every group saw last quarter, each once, with the groups it hit (injected ones marked). */
export function eventsAcross(groups: readonly { index: number; summary: GroupSummary | null }[]): { id: string; target?: Role; injected: boolean; groups: number[] }[] {
  const byKey = new Map<string, { id: string; target?: Role; injected: boolean; groups: number[] }>();
  for (const g of groups) {
    for (const e of g.summary?.lastEvents ?? []) {
      const key = `${e.id}@${e.target ?? ''}@${e.injected ? 1 : 0}`;
      const row = byKey.get(key) ?? { id: e.id, ...(e.target ? { target: e.target } : {}), injected: e.injected, groups: [] };
      row.groups.push(g.index);
      byKey.set(key, row);
    }
  }
  return [...byKey.values()];
}
