import { buyerPayments, sellerReceipts } from '../../shared/engine/model/contracts';
import type { CompanyReport, Contract, QuarterReport } from '../../shared/engine/types';
import { ROLES, type Role } from '../../shared/roles';
import type { CompanyView, MatchSnapshot } from '../state/model';
import { activeRoles } from '../state/model';

// Figures the planning and results screens show, derived from the snapshot (never recomputing
// the economy: these are sums and lookups over what the engine reported).

export interface Capacity {
  chipGW: number;
  shellGW: number;
  installedGW: number;
  idleShellGW: number;
  strandedGW: number;
  onOrderGW: number;
  building: { gw: number; readyQuarter: number }[];
}

export function capacityOf(c: CompanyView): Capacity {
  const chipGW = c.cohorts.reduce((s, k) => s + k.gw, 0);
  const shellGW = c.shellReadyGW;
  const installedGW = Math.min(chipGW, shellGW);
  return {
    chipGW,
    shellGW,
    installedGW,
    idleShellGW: Math.max(0, shellGW - installedGW),
    strandedGW: Math.max(0, chipGW - installedGW),
    onOrderGW: c.chipsOnOrder.reduce((s, o) => s + o.gw, 0),
    building: c.shellsUnderConstruction.map((u) => ({ gw: u.gw, readyQuarter: u.readyQuarter })),
  };
}

export function companyReport(r: QuarterReport | null, role: Role): CompanyReport | null {
  return r?.companies.find((c) => c.role === role) ?? null;
}

export function lastReportOf(s: MatchSnapshot): QuarterReport | null {
  return s.reports.at(-1) ?? null;
}

/** Contracts with their full terms (ramps included): the room state carries them whole. */
export function contractsOf(s: MatchSnapshot): Contract[] {
  return s.contracts;
}

export function commitmentsAhead(s: MatchSnapshot, role: Role, quarters = 4): { pay: number; receive: number } {
  const cs = contractsOf(s);
  return { pay: buyerPayments(cs, role, s.quarter, s.quarter + quarters - 1), receive: sellerReceipts(cs, role, s.quarter, s.quarter + quarters - 1) };
}

/** Rank of the role's model quality among playing companies (1 = best). */
export function qualityRank(s: MatchSnapshot, role: Role): { rank: number; of: number } {
  const roles = activeRoles(s).filter((r) => !s.companies[r]?.bankrupt);
  const sorted = [...roles].sort((a, b) => (s.companies[b]?.quality ?? 0) - (s.companies[a]?.quality ?? 0) || ROLES.indexOf(a) - ROLES.indexOf(b));
  return { rank: sorted.indexOf(role) + 1, of: sorted.length };
}

export interface Standing {
  role: Role;
  tsr: number;
  sharePrice: number;
  marketCap: number;
  bankrupt: boolean;
}

/** Ranking by total shareholder return (the engine's standings when present). */
export function standingsOf(s: MatchSnapshot): Standing[] {
  if (s.standings.length) {
    return s.standings.map((r) => ({
      role: r.role,
      tsr: Number(r.tsr) || 0,
      sharePrice: Number(r.sharePrice) || 0,
      marketCap: Number((r as { marketCap?: number }).marketCap) || 0,
      bankrupt: !!r.bankrupt,
    }));
  }
  return activeRoles(s)
    .map((role) => {
      const c = s.companies[role]!;
      return {
        role,
        tsr: c.bankrupt ? -1 : c.startSharePrice > 0 ? c.sharePrice / c.startSharePrice - 1 : 0,
        sharePrice: c.sharePrice,
        marketCap: c.sharePrice * c.shares,
        bankrupt: c.bankrupt,
      };
    })
    .sort((a, b) => b.tsr - a.tsr || ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

/** Quarter labels for a series of history rows / reports. */
export function historyQuarters(s: MatchSnapshot): number[] {
  return s.reports.map((r) => r.quarter);
}
