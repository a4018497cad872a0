import { parseDecimal } from '../../i18n/parseNumber';
import type { NumberReading } from './draft';

/** A typed number as the order form reads it (the player's locale; an ambiguous comma is refused). */
export function readNumber(raw: string): NumberReading {
  const r = parseDecimal(raw);
  return r.ok ? { ok: true, value: r.value } : { ok: false, reason: r.reason };
}
