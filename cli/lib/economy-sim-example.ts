import { at } from '../../shared/lists';
import { calendarLabel, calendarOf, companyHistory, type CompanyHistoryRow, type Scenario } from '../../shared/engine';
import { runBotMatch, type BotPersona } from '../../shared/bots';
import type { Role } from '../../shared/roles';

// docs/ECONOMY.md, "Spending that did not earn its return": a real bot match (what `npm run sim`
// plays) read quarter by quarter, next to the same match with one seat keeping its 2025 pace.

export const SIM_EXAMPLE = { seed: '3', seats: { meta: 'builder', microsoft: 'builder' } as Partial<Record<Role, BotPersona>>, role: 'microsoft' as Role };

const b = (x: number) => `${x < 0 ? '−' : ''}$${Math.abs(x).toFixed(1)}B`;
const pct = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x * 100).toFixed(0)}%`;
const sum = (rows: readonly CompanyHistoryRow[], pick: (r: CompanyHistoryRow) => number) => rows.reduce((s, r) => s + pick(r), 0);

export function simExampleBlock(scenario: Scenario): string {
  const { seed, seats, role } = SIM_EXAMPLE;
  const built = runBotMatch({ scenario, seed, seats });
  const kept = runBotMatch({ scenario, seed, seats: { ...seats, [role]: 'classic' } });
  const h = companyHistory(built.reports, role);
  const k = companyHistory(kept.reports, role);
  const name = scenario.companies[role].name;
  const spec = Object.entries(seats).map(([r, p]) => `${r}=${p}`).join(',');
  const rows = h.map((r, i) => ({ r, kr: at(k, i, 'classic-pace history row') })).map(
    ({ r, kr }) =>
      `| ${calendarLabel(calendarOf(built.final.settings, r.quarter))} | ${b(r.capex)} | ${b(kr.capex)} | ${r.installedGW.toFixed(1)} | ${b(r.aiRevenue)} | ${b(kr.aiRevenue)} | ${r.capexPenalty > 0 ? `−${(r.capexPenalty * 100).toFixed(1)}%` : 'none'} | ${pct(r.tsr)} | ${pct(kr.tsr)} |`,
  );
  const capexBuilt = sum(h, (r) => r.capex);
  const capexKept = sum(k, (r) => r.capex);
  const aiBuilt = sum(h, (r) => r.aiRevenue);
  const aiKept = sum(k, (r) => r.aiRevenue);
  const last = at(h, h.length - 1, "the builder's last history row");
  const lastKept = at(k, k.length - 1, "the classic pace's last history row");
  const rank = built.standings.findIndex((s) => s.role === role) + 1;
  return [
    `\`npm run sim -- --seed ${seed} --seats ${spec}\` (the other seats play their classic bots), and the same seed with ${name} playing its classic bot instead (\`--seats meta=builder\`):`,
    '',
    `| quarter | ${name} capex (builder) | capex (classic) | GW installed (builder) | AI revenue (builder) | AI revenue (classic) | capex penalty (builder) | TSR (builder) | TSR (classic) |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Over ${h.length} quarters the builder spent ${b(capexBuilt)} on capex against ${b(capexKept)} at the classic pace (${(capexBuilt / capexKept).toFixed(2)}×) and earned ${b(aiBuilt)} of AI revenue against ${b(aiKept)} (${(aiBuilt / aiKept).toFixed(2)}×).`,
    `The extra capacity sold into the same market, so investors took ${last.capexPenalty > 0 ? `${(last.capexPenalty * 100).toFixed(1)}%` : 'nothing'} off its value at the end for capex its AI revenue does not back, and ${name} finished ${rank === built.standings.length ? 'last' : `${rank} of ${built.standings.length}`} with a TSR of ${pct(last.tsr)} — against ${pct(lastKept.tsr)} for the same seat keeping its pace. The spending did not earn its return.`,
  ].join('\n');
}
