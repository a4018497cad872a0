import { SEGMENTS } from './scenario-schema';
import type { Segment } from './types';

/** Every valuation segment at 0, in SEGMENTS order (a plain loop: this runs for every ledger and valuation). */
export function zeroSegments(): Record<Segment, number> {
  const out = {} as Record<Segment, number>;
  for (const seg of SEGMENTS) out[seg] = 0;
  return out;
}
