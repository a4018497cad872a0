import type { PersonaId } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import { defaultOrders, type MatchState, type Orders } from './engine';

// Orders for a seat nobody plays right now: bot seats, and human seats on autopilot. This is the
// one place that picks the bot; until shared/bots lands it is the engine's GAME.md §7 default
// (last allocation carried over, no new spending).

export function botOrders(state: MatchState, role: Role, _persona: PersonaId): Orders {
  return defaultOrders(state, role);
}
