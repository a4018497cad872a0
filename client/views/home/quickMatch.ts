import { ROLES, type Role } from '../../../shared/roles';
import type { PersonaId, SettingsInput } from '../../../shared/protocol';

// What the Quick match card sends: the player's company, four bots, the length and how sharp
// the bots are. Difficulty picks the bots' personas (docs/BALANCE.md: cloud-first, classic and
// balanced win most often; frugal and builder least).

export type Difficulty = 'relaxed' | 'standard' | 'sharp';
export const DIFFICULTIES: readonly Difficulty[] = ['relaxed', 'standard', 'sharp'];
export const MATCH_LENGTHS = [4, 8, 12, 20] as const;

const PERSONAS: Record<Difficulty, readonly PersonaId[]> = {
  relaxed: ['frugal', 'builder', 'frugal', 'builder'],
  standard: ['classic', 'balanced', 'builder', 'cloud-first'],
  sharp: ['cloud-first', 'balanced', 'classic', 'cloud-first'],
};

export function quickMatchSettings(role: Role, quarters: number, difficulty: Difficulty): SettingsInput {
  const bots = PERSONAS[difficulty];
  let i = 0;
  const seats = Object.fromEntries(ROLES.map((r) => [r, r === role ? { kind: 'human' as const } : { kind: 'bot' as const, persona: bots[i++ % bots.length] }]));
  return { seats, quarters, planningSeconds: 0, resultsSeconds: 0 };
}
