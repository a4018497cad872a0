import { calendarLabel, calendarOf } from '../engine/calendar';
import type { MatchRecord } from './types';
import type { UnsealedRecord } from './build';

// A record's summary for people: who played what, how far it went, who won. Used by the replay
// CLI, the records list and the viewer's header.

export interface RecordSummary {
  engineVersion: string;
  scenarioId: string;
  seed: string;
  status: MatchRecord['status'];
  quartersPlayed: number;
  quartersTotal: number;
  /** e.g. "Q1 2026 – Q4 2028". */
  span: string;
  seats: { role: string; kind: string; persona: string; name: string }[];
  standings: { rank: number; role: string; name: string; tsrPercent: number; bankrupt: boolean }[];
  hostEvents: { quarter: number; label: string; id: string; target?: string }[];
  dealActions: number;
  forkedFrom?: MatchRecord['meta']['forkedFrom'];
  source: MatchRecord['meta']['source'];
  matchId?: string;
  createdAt?: string;
  updatedAt?: string;
}

export function summarizeRecord(record: MatchRecord | UnsealedRecord): RecordSummary {
  const lbl = (q: number) => calendarLabel(calendarOf(record.settings, q));
  const played = record.quarters.length;
  const nameOf = (role: string) => record.seats.find((s) => s.role === role)?.name ?? '';
  return {
    engineVersion: record.engineVersion,
    scenarioId: record.scenarioId,
    seed: record.seed,
    status: record.status,
    quartersPlayed: played,
    quartersTotal: record.settings.quarters,
    span: played > 0 ? `${lbl(0)} – ${lbl(played - 1)}` : `not started (${lbl(0)})`,
    seats: record.seats.map((s) => ({ role: s.role, kind: s.kind, persona: s.persona, name: s.name })),
    standings: record.standings.map((s, i) => ({ rank: i + 1, role: s.role, name: nameOf(s.role), tsrPercent: Math.round(s.tsr * 1000) / 10, bankrupt: s.bankrupt })),
    hostEvents: record.quarters.flatMap((q) => q.hostEvents.map((e) => ({ quarter: q.quarter, label: lbl(q.quarter), id: e.id, ...(e.target ? { target: e.target } : {}) }))),
    dealActions: record.quarters.reduce((n, q) => n + q.dealActions.length, 0),
    ...(record.meta.forkedFrom ? { forkedFrom: record.meta.forkedFrom } : {}),
    source: record.meta.source,
    ...(record.meta.matchId ? { matchId: record.meta.matchId } : {}),
    ...(record.meta.createdAt ? { createdAt: record.meta.createdAt } : {}),
    ...(record.meta.updatedAt ? { updatedAt: record.meta.updatedAt } : {}),
  };
}

/** The summary as plain text lines (CLI). */
export function summaryLines(s: RecordSummary): string[] {
  const lines: string[] = [];
  lines.push(`Compute Race match record — scenario ${s.scenarioId}, seed ${s.seed}, engine ${s.engineVersion}`);
  lines.push(`Status: ${s.status}, ${s.quartersPlayed} of ${s.quartersTotal} quarters (${s.span})${s.forkedFrom ? `, forked at quarter ${s.forkedFrom.quarter}${s.forkedFrom.matchId ? ` of match ${s.forkedFrom.matchId}` : ''}` : ''}`);
  lines.push('Seats:');
  for (const seat of s.seats) {
    const who = seat.kind === 'human' ? (seat.name || '(unclaimed: bot)') : seat.kind === 'bot' ? `bot, ${seat.persona}` : 'absent';
    lines.push(`  ${seat.role.padEnd(10)} ${who}${seat.kind === 'human' ? ` (autopilot persona ${seat.persona})` : ''}`);
  }
  lines.push(s.status === 'finished' ? 'Final standings (TSR):' : 'Standings after the last recorded quarter (TSR):');
  for (const st of s.standings) {
    const tsr = `${st.tsrPercent >= 0 ? '+' : ''}${st.tsrPercent.toFixed(1)}%`;
    lines.push(`  ${st.rank}. ${st.role.padEnd(10)} ${tsr.padStart(8)}${st.bankrupt ? '  bankrupt' : ''}${st.name ? `  ${st.name}` : ''}`);
  }
  if (s.hostEvents.length) lines.push(`Host events: ${s.hostEvents.map((e) => `${e.label} ${e.id}${e.target ? `→${e.target}` : ''}`).join(', ')}`);
  lines.push(`Deal actions recorded: ${s.dealActions}`);
  return lines;
}
