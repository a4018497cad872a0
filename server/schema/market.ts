import { schema, t, type SchemaType } from '@colyseus/schema';

// Global market figures, contracts, active events and news, mirrored from the engine state.

export const GlobalSchema = schema(
  {
    mood: t.number(),
    chipListPrice: t.number(),
    chipSupplyCap: t.number(),
    neutralChipDemand: t.number(),
    dcCostIndex: t.number(),
    gridAdditions: t.number(),
    aiProductSpend: t.number(),
    revenuePerCU: t.number(),
    cloudDref: t.number(),
    baseRate: t.number(),
    neutralSupplierCapacity: t.number(),
    lastCloudPrice: t.number(),
    /** Role → custom-silicon cap (GW/q) for roles that have one. */
    customCaps: t.map('number'),
    roiGap: t.number(),
    /** Mood after each resolved quarter, oldest first (starting mood included when the engine keeps it). */
    moodHistory: t.array('number'),
  },
  'Global',
);
export type GlobalSchema = SchemaType<typeof GlobalSchema>;

export const ContractSchema = schema(
  {
    id: t.string(),
    /** A role or 'neutral'. */
    seller: t.string(),
    buyer: t.string(),
    cuPerQuarter: t.number(),
    pricePerCU: t.number(),
    startQ: t.number(),
    endQ: t.number(),
    /** Quarter it ended early (bankruptcy), -1 when it did not. */
    endedEarlyQ: t.number().default(-1),
  },
  'Contract',
);
export type ContractSchema = SchemaType<typeof ContractSchema>;

export const ActiveEventSchema = schema(
  {
    id: t.string(),
    /** Target role, '' for global events. */
    target: t.string(),
    startedQ: t.number(),
    /** Quarters left including the current one; -1 = permanent. */
    remaining: t.number(),
    injected: t.boolean(),
    rumorHit: t.number(),
  },
  'ActiveEvent',
);
export type ActiveEventSchema = SchemaType<typeof ActiveEventSchema>;

export const NewsSchema = schema(
  {
    quarter: t.number(),
    /** Translation key. */
    key: t.string(),
    /** JSON object of the translation parameters (string | number values). */
    params: t.string(),
    /** info | good | bad */
    severity: t.string(),
    /** Role the item is about, '' when global. */
    role: t.string(),
  },
  'News',
);
export type NewsSchema = SchemaType<typeof NewsSchema>;
