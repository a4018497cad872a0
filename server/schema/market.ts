import { schema, t, type SchemaType } from '@colyseus/schema';

// Global market figures, contracts, active events and news, mirrored from the engine state.

export const GlobalSchema = schema(
  {
    mood: t.float64(),
    chipListPrice: t.float64(),
    chipSupplyCap: t.float64(),
    neutralChipDemand: t.float64(),
    dcCostIndex: t.float64(),
    gridAdditions: t.float64(),
    aiProductSpend: t.float64(),
    revenuePerCU: t.float64(),
    cloudDref: t.float64(),
    baseRate: t.float64(),
    neutralSupplierCapacity: t.float64(),
    lastCloudPrice: t.float64(),
    /** Role → custom-silicon cap (GW/q) for roles that have one. */
    customCaps: t.map('float64'),
    roiGap: t.float64(),
    startFrontier: t.float64(),
    /** Last chip clearing price ($B/GW). */
    lastChipPrice: t.float64(),
    /** Role → chip GW requested last quarter. */
    lastChipRequests: t.map('float64'),
    /** Data-center GW started last quarter by all seats (the sum of lastBuildRequests). */
    lastBuildStarts: t.float64(),
    /** Role → data-center GW started last quarter. */
    lastBuildRequests: t.map('float64'),
    /** Mood after each resolved quarter, oldest first (starting mood included when the engine keeps it). */
    moodHistory: t.array('float64'),
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
    cuPerQuarter: t.float64(),
    pricePerCU: t.float64(),
    startQ: t.float64(),
    endQ: t.float64(),
    /** Quarter it ended early (bankruptcy), -1 when it did not. */
    endedEarlyQ: t.float64().default(-1),
    /** Linear ramp to rampToCU over rampQuarters quarters; 0 when the contract does not ramp. */
    rampToCU: t.float64().default(0),
    rampQuarters: t.float64().default(0),
    /** Proposal it came from, '' for the scenario's starting contracts. */
    proposalId: t.string().default(''),
  },
  'Contract',
);
export type ContractSchema = SchemaType<typeof ContractSchema>;

export const ActiveEventSchema = schema(
  {
    id: t.string(),
    /** Target role, '' for global events. */
    target: t.string(),
    startedQ: t.float64(),
    /** Quarters left including the current one; -1 = permanent. */
    remaining: t.float64(),
    injected: t.boolean(),
    rumorHit: t.float64(),
  },
  'ActiveEvent',
);
export type ActiveEventSchema = SchemaType<typeof ActiveEventSchema>;

export const NewsSchema = schema(
  {
    quarter: t.float64(),
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
