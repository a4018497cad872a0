import { PERSONA_IDS, type PersonaId, type SettingsInput } from '../../../shared/protocol';
import { ROLES } from '../../../shared/roles';
import type { MatchSnapshot } from '../../state/model';

// "Play again with the same seed": the settings of a new match that replays this one's world (same
// scenario, seed, length, timers, calendar and seats: who is a person, who a bot and which bot), so
// the same events and markets meet the player's new choices.

export function sameSeedSettings(s: MatchSnapshot): SettingsInput {
  const seats: NonNullable<SettingsInput['seats']> = {};
  for (const role of ROLES) {
    const seat = s.seats[role];
    const persona = (PERSONA_IDS as readonly string[]).includes(seat.persona) ? (seat.persona as PersonaId) : undefined;
    seats[role] = { kind: seat.kind, ...(persona ? { persona } : {}) };
  }
  const st = s.settings;
  return {
    scenario: st.scenario,
    seed: st.seed,
    quarters: st.quarters,
    planningSeconds: st.planningSeconds,
    resultsSeconds: st.resultsSeconds,
    reconnectSeconds: st.reconnectSeconds,
    autopilot: st.autopilot,
    startYear: st.startYear,
    startQuarter: st.startQuarter,
    seats,
  };
}
