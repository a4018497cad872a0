import { classRoles, type ClassData } from '../../../shared/classroom/data';
import { tsrTable } from '../../../shared/classroom/lessons';
import type { Role } from '../../../shared/roles';

// Two classes side by side (e.g. two periods on the same seed): for each company its mean, best and
// worst return across the groups of each class, and each class's average mood quarter by quarter.

export interface CompanyCompare {
  role: Role;
  a: { mean: number; best: number; worst: number; bots: number } | null;
  b: { mean: number; best: number; worst: number; bots: number } | null;
}

function stats(data: ClassData, role: Role): CompanyCompare['a'] {
  const t = tsrTable(data);
  const i = t.roles.indexOf(role);
  if (i < 0) return null;
  const vals = t.rows.map((r) => r.tsr[i]).filter((v): v is number => v !== null && v !== undefined);
  if (!vals.length) return null;
  const bots = data.groups.filter((g) => g.seats.some((s) => s.role === role && s.kind === 'bot')).length;
  return { mean: vals.reduce((s, v) => s + v, 0) / vals.length, best: Math.max(...vals), worst: Math.min(...vals), bots };
}

export function compareCompanies(a: ClassData, b: ClassData): CompanyCompare[] {
  const roles = [...new Set([...classRoles(a), ...classRoles(b)])];
  return roles.map((role) => ({ role, a: stats(a, role), b: stats(b, role) }));
}

/** Mean mood over the class's groups after each quarter (null where no group played it). */
export function meanMood(data: ClassData): (number | null)[] {
  const n = Math.max(0, ...data.groups.map((g) => g.quarters.length));
  return Array.from({ length: n }, (_, q) => {
    const vals = data.groups.map((g) => g.quarters[q]?.mood).filter((v): v is number => typeof v === 'number');
    return vals.length ? vals.reduce((s, v) => s + v, 0) / vals.length : null;
  });
}
