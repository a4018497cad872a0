import { circularMoney, type CircularGroup, type Lesson } from '../../../shared/classroom/lessons';
import type { MatchSnapshot } from '../../state/model';
import { activeRoles } from '../../state/model';

// Lesson 7 (circular money) for the solo debrief: the match as a class of one group. Every
// quarter's report carries each company's valuation, so the circular share and the value investors
// took off for it (share × discount rate, as in the history rows) are read from there.

export function soloCircularLesson(s: MatchSnapshot, labels: string[]): Lesson {
  const roles = activeRoles(s);
  const group: CircularGroup = {
    group: 0,
    activeSeats: roles,
    quarters: s.reports.map((r) => ({
      events: r.events.map((e) => ({ id: e.id, ...(e.target ? { target: e.target } : {}), injected: e.injected, started: e.started })),
      companies: r.companies
        .filter((c) => roles.includes(c.role))
        .map((c) => ({ role: c.role, circularShare: c.valuation.circularShare ?? 0, circularDiscount: (c.valuation.circularShare ?? 0) * (c.valuation.circularDiscount ?? 0) })),
    })),
  };
  return circularMoney([group], labels.slice(0, s.reports.length));
}
