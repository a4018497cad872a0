import { at } from '../../../shared/lists';
import seedrandom from 'seedrandom';
import { C2S } from '../../../shared/protocol';

// Hostile payloads: every protocol message type and made-up ones, with values of every wrong
// shape (deep nesting, huge strings, NaN-like numbers, prototype keys), from a seeded stream so
// a run can be repeated.

export type Rng = () => number;

export function rngFor(seed: string): Rng {
  return seedrandom(seed);
}

const TYPES = [...Object.values(C2S), '*', '', '__proto__', 'constructor', 'host', 'x'.repeat(300), '0', 'toString'];
const KEYS = ['role', 'seat', 'name', 'orders', 'command', 'quarter', 'proposalId', 'accept', 'ready', 'hostSecret', 'seatToken', '__proto__', 'constructor', 'terms', 'to', 'settings', 'sessionId'];

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return at(xs, Math.floor(rng() * xs.length), 'random pick');
}

export function hostileValue(rng: Rng, depth = 0): unknown {
  const r = rng();
  if (depth > 4 || r < 0.15) return pick(rng, [null, true, false, 0, -1, 1e308, -1e308, 2 ** 53, 0.1, '', 'openai', 'meta', 'start', 'resolveNow', '\u0000', '\u202e', 'Ａ'.repeat(50)]);
  if (r < 0.3) return 'x'.repeat(Math.floor(rng() * (rng() < 0.1 ? 40_000 : 200)));
  if (r < 0.45) return Math.floor(rng() * 2 ** 31) * (rng() < 0.5 ? -1 : 1);
  if (r < 0.6) return Array.from({ length: Math.floor(rng() * 6) }, () => hostileValue(rng, depth + 1));
  const o: Record<string, unknown> = {};
  const n = Math.floor(rng() * 6);
  for (let i = 0; i < n; i++) o[pick(rng, KEYS)] = hostileValue(rng, depth + 1);
  if (rng() < 0.2) o.command = pick(rng, ['start', 'pause', 'resume', 'end', 'kick', 'seatToBot', 'configure', 'injectEvent', 'allowReclaim', 'resolveNow']);
  return o;
}

export function hostileMessage(rng: Rng): { type: string; payload: unknown } {
  return { type: pick(rng, TYPES), payload: hostileValue(rng) };
}
