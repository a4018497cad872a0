import { at } from '../../shared/lists';
import { ROLES } from '../../shared/roles';
import { calendarLabel, companyHistory } from '../../shared/engine';
import type { BotMatchResult } from '../../shared/bots';

// The readable output of `npm run sim`: one block per quarter (markets, then each company's share
// price, cash and capacity) and the final ranking.

const money = (x: number) => {
  const a = Math.abs(x);
  const s = a >= 1000 ? `$${(a / 1000).toFixed(1)}T` : `$${a.toFixed(1)}B`;
  return x < 0 ? `-${s}` : s;
};
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
}

export function simTable(m: BotMatchResult): string {
  const out: string[] = [];
  const names = (r: (typeof ROLES)[number]) => m.scenario.companies[r].name;
  out.push(`Compute Race — all-bot match, seed ${m.seed}, ${m.settings.quarters} quarters, scenario ${m.scenario.id}`);
  out.push(`Seats: ${m.settings.activeSeats.map((r) => `${names(r)} ${m.seats[r]}`).join(', ')}`);
  out.push('');
  const widths = [10, 12, 9, 7, 10, 9, 7, 8, 10, 5];
  for (const rep of m.reports) {
    const events = rep.events.map((e) => (e.target ? `${e.id} (${e.target})` : e.id));
    out.push(
      `${calendarLabel(rep.calendar)}  mood ${rep.mood.after.toFixed(1)} (${rep.mood.after - rep.mood.before >= 0 ? '+' : ''}${(rep.mood.after - rep.mood.before).toFixed(1)})` +
        `  chips $${rep.chips.price.toFixed(1)}B/GW${rep.chips.scarce ? ' scarce' : ''}  cloud $${rep.cloud.price.toFixed(2)}B/CU  AI spend ${money(rep.products.spend)}` +
        (events.length ? `  events: ${events.join(', ')}` : ''),
    );
    out.push(row(['', 'share price', 'TSR', 'cash', 'debt', 'revenue', 'GW', 'CU', 'cloud', 'Q'], widths));
    for (const c of rep.companies) {
      const h = at(companyHistory(m.reports, c.role), rep.quarter, `${c.role}'s history row`);
      out.push(
        row(
          [
            names(c.role),
            c.bankrupt ? 'bankrupt' : `$${c.valuation.sharePrice.toFixed(2)}`,
            c.bankrupt ? '-100%' : pct(c.valuation.tsr),
            money(h.cash),
            money(h.debt),
            money(h.revenue),
            c.capacity.installedGW.toFixed(2),
            c.capacity.availableCU.toFixed(2),
            h.cloudStatus,
            c.quality.toFixed(1),
          ],
          widths,
        ),
      );
    }
    out.push('');
  }
  out.push('Final ranking (TSR per starting share)');
  m.standings.forEach((s, i) => out.push(`  ${i + 1}. ${names(s.role).padEnd(10)} ${m.seats[s.role]!.padEnd(12)} ${s.bankrupt ? 'bankrupt (-100%)' : pct(s.tsr)}`));
  return `${out.join('\n')}\n`;
}
