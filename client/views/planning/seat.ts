import type { Role } from '../../../shared/roles';
import type { MatchSnapshot } from '../../state/model';

/** The seat this client plays now: its role when it holds one with a company still running, else null (room overview). */
export function playingRole(s: MatchSnapshot, role: Role | null | undefined): Role | null {
  return role && s.companies[role] && !s.companies[role].bankrupt ? role : null;
}
