import type { QuarterReport } from '../../shared/engine/types';
import type { Role } from '../../shared/roles';

// The promises a seat's CEO made that investors have not judged yet, read from the news of the
// reports (the engine keeps them in state, which the player view does not carry): a hype is judged
// when due, a cloud announcement (engine 2.6) on the cloud rental price against its floor. Each falls
// due in quarter `dueQ` (or at the match's end, if that comes first) and settles in that quarter's report.

export interface OpenPromise {
  kind: 'hype' | 'cloud';
  madeQ: number;
  dueQ: number;
  /** Cloud announcements: the lowest cloud rental price ($B per CU) that keeps the promise. */
  floor?: number;
}

export function openPromises(reports: readonly QuarterReport[], role: Role): OpenPromise[] {
  const last = reports.at(-1);
  if (!last || last.companies.find((c) => c.role === role)?.bankrupt) return [];
  const out: OpenPromise[] = [];
  for (const r of reports) {
    for (const n of r.news) {
      if (n.role !== role || typeof n.params.dueQ !== 'number' || n.params.dueQ <= last.quarter) continue;
      if (n.key === 'news.statement.hype') out.push({ kind: 'hype', madeQ: r.quarter, dueQ: n.params.dueQ });
      else if (n.key === 'news.statement.cloudPromise' && typeof n.params.floor === 'number') out.push({ kind: 'cloud', madeQ: r.quarter, dueQ: n.params.dueQ, floor: n.params.floor });
    }
  }
  return out;
}
