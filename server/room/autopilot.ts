import type { PersonaId } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import { botOrders as decideForSeat } from '../../shared/bots';
import type { MatchState, Orders, QuarterReport } from './engine';

// Orders for a seat nobody plays right now: bot seats, and human seats on autopilot. This is the
// one place that picks the bot: shared/bots' decision for the seat's persona, from what the seat
// can see and its seeded stream `bots/<role>` (so a replay reproduces it).

/** `humans`: seats people play; the bot may offer them deals (they answer in the next planning phase). */
export function botOrders(state: MatchState, reports: readonly QuarterReport[], role: Role, persona: PersonaId, humans: readonly Role[] = []): Orders {
  return decideForSeat(state, reports, role, persona, { humans: humans.filter((r) => r !== role) });
}
