import type { ChipCohort } from './types';
import { COHORT_KEYS, hasExactly } from './state-shapes';
import { hashArrayWith, hashInto, hashKeyInto, hashNumberInto, laneA, laneB, mixAsField, objectFromFieldSums, type FieldHasher } from './tree-hash';

// Chip cohorts hold most of the figures the state hash covers, and a quarter changes only their age
// and book value (and the chips of a cohort partly sold). So the part of a cohort's hash made by its
// other six fields (gw, year, vintage, cost, custom, efficiency) is remembered by content, in a
// direct-mapped table of the last values seen in each slot: a cohort then costs two field hashes
// instead of eight. The value is the generic walk's (tree-hash.ts): an object's hash is made from
// the sum, in any order, of one mix per field, and a slot is used only when all six values equal it.
// tree-hash.ts's functions leave each hash they compute in one place (`out` there), read by laneA/laneB.

/** Lanes of each key of a cohort, at 2 × its index in COHORT_KEYS. */
const KEY_LANES = new Int32Array(2 * COHORT_KEYS.length);
COHORT_KEYS.forEach((key, i) => {
  hashKeyInto(key);
  KEY_LANES[2 * i] = laneA();
  KEY_LANES[2 * i + 1] = laneB();
});
const field = (key: (typeof COHORT_KEYS)[number]): number => COHORT_KEYS.indexOf(key);
const GW = field('gw');
const YEAR = field('year');
const VINTAGE = field('vintage');
const COST = field('cost');
const BOOK_VALUE = field('bookValue');
const AGE = field('ageQ');
const CUSTOM = field('custom');
const EFFICIENCY = field('efficiency');

const SLOTS = 2048;
const LASTING = 6;
/** Per slot: gw, year, vintage, cost, custom (1 or 0), efficiency. */
const slotValues = new Float64Array(SLOTS * LASTING);
/** Per slot: the sum of those six fields' mixes, lanes A and B. */
const slotSums = new Int32Array(SLOTS * 2);
const slotFilled = new Uint8Array(SLOTS);

/** Adds the mix of field `i` to `sums` (mod 2³²), the hash of its value being the last one computed. */
function addFieldMix(sums: Int32Array, at: number, i: number): void {
  mixAsField(KEY_LANES[2 * i]!, KEY_LANES[2 * i + 1]!);
  sums[at] = (sums[at]! + laneA()) | 0;
  sums[at + 1] = (sums[at + 1]! + laneB()) | 0;
}

function addNumberField(sums: Int32Array, at: number, i: number, value: number): void {
  hashNumberInto(value);
  addFieldMix(sums, at, i);
}

/** Any mix of the lasting values spreads cohorts over the slots (a collision only costs a recomputation). */
function slotOf(gw: number, year: number, vintage: number, cost: number, custom: number, efficiency: number): number {
  return (vintage * 97 + year * 31 + custom * 7 + efficiency * 1024 + gw * 4096 + cost * 256) & (SLOTS - 1);
}

/**
 * The slot holding the sums of the cohort's lasting values, filled now if it held others. Takes the
 * cohort (its fields already checked to be numbers and a boolean) rather than its values: numbers
 * passed to a function that is not inlined are boxed on the heap.
 */
function lastingSlot(k: ChipCohort): number {
  const { gw, year, vintage, cost, custom, efficiency } = k;
  const c = custom ? 1 : 0;
  const slot = slotOf(gw, year, vintage, cost, c, efficiency);
  const v = slot * LASTING;
  const known =
    slotFilled[slot] === 1 &&
    slotValues[v] === gw &&
    slotValues[v + 1] === year &&
    slotValues[v + 2] === vintage &&
    slotValues[v + 3] === cost &&
    slotValues[v + 4] === c &&
    slotValues[v + 5] === efficiency;
  if (!known) {
    slotSums[2 * slot] = 0;
    slotSums[2 * slot + 1] = 0;
    addNumberField(slotSums, 2 * slot, GW, gw);
    addNumberField(slotSums, 2 * slot, YEAR, year);
    addNumberField(slotSums, 2 * slot, VINTAGE, vintage);
    addNumberField(slotSums, 2 * slot, COST, cost);
    hashInto(custom);
    addFieldMix(slotSums, 2 * slot, CUSTOM);
    addNumberField(slotSums, 2 * slot, EFFICIENCY, efficiency);
    slotValues[v] = gw;
    slotValues[v + 1] = year;
    slotValues[v + 2] = vintage;
    slotValues[v + 3] = cost;
    slotValues[v + 4] = c;
    slotValues[v + 5] = efficiency;
    slotFilled[slot] = 1;
  }
  return slot;
}

const sums = new Int32Array(2);

/** Hashes a cohort that has exactly COHORT_KEYS (the result is read by laneA/laneB). */
function hashCohort(k: ChipCohort): void {
  const { gw, year, vintage, cost, bookValue, ageQ, custom, efficiency } = k;
  const typed =
    typeof gw === 'number' &&
    typeof year === 'number' &&
    typeof vintage === 'number' &&
    typeof cost === 'number' &&
    typeof bookValue === 'number' &&
    typeof ageQ === 'number' &&
    typeof custom === 'boolean' &&
    typeof efficiency === 'number';
  if (!typed) return hashInto(k);
  const slot = lastingSlot(k);
  sums[0] = slotSums[2 * slot]!;
  sums[1] = slotSums[2 * slot + 1]!;
  addNumberField(sums, 0, AGE, ageQ);
  addNumberField(sums, 0, BOOK_VALUE, bookValue);
  objectFromFieldSums(sums[0]!, sums[1]!, COHORT_KEYS.length);
}

function hashCohortItem(item: unknown): void {
  if (item !== null && typeof item === 'object' && hasExactly(item, COHORT_KEYS)) hashCohort(item as ChipCohort);
  else hashInto(item);
}

/** The `cohorts` field of a company. */
export const COHORTS_FIELD: FieldHasher = {
  key: 'cohorts',
  hash: (value) => (Array.isArray(value) ? hashArrayWith(value, hashCohortItem) : hashInto(value)),
};
