import { schema, t, type SchemaType } from '@colyseus/schema';

// Every company's public figures and per-quarter history, mirrored from the engine's spectator
// view (playerView(state, null)). Sentinel: -1 stands for "none" in optional quarter indices.

export const CoreLineSchema = schema(
  {
    segment: t.string(),
    base: t.float64(),
    growth: t.float64(),
    margin: t.float64(),
  },
  'CoreLine',
);
export type CoreLineSchema = SchemaType<typeof CoreLineSchema>;

export const CohortSchema = schema(
  {
    gw: t.float64(),
    year: t.float64(),
    bookValue: t.float64(),
    cost: t.float64(),
    ageQ: t.float64(),
    custom: t.boolean(),
    /** CU per GW relative to merchant chips of the same year. */
    efficiency: t.float64(),
  },
  'Cohort',
);
export type CohortSchema = SchemaType<typeof CohortSchema>;

export const ChipOrderSchema = schema(
  {
    gw: t.float64(),
    price: t.float64(),
    custom: t.boolean(),
  },
  'ChipOrder',
);
export type ChipOrderSchema = SchemaType<typeof ChipOrderSchema>;

export const ShellBuildSchema = schema(
  {
    gw: t.float64(),
    readyQuarter: t.float64(),
    remainingInstallments: t.float64(),
    installment: t.float64(),
    cost: t.float64(),
  },
  'ShellBuild',
);
export type ShellBuildSchema = SchemaType<typeof ShellBuildSchema>;

export const HistoryRowSchema = schema(
  {
    quarter: t.float64(),
    revenue: t.float64(),
    /** Segment → revenue, $B. */
    revenueBySegment: t.map('float64'),
    aiRevenue: t.float64(),
    cloudRevenue: t.float64(),
    ebitda: t.float64(),
    netIncome: t.float64(),
    operatingCashFlow: t.float64(),
    capex: t.float64(),
    cash: t.float64(),
    debt: t.float64(),
    sharePrice: t.float64(),
    marketCap: t.float64(),
    installedGW: t.float64(),
    ownCU: t.float64(),
    quality: t.float64(),
    sentiment: t.float64(),
    credibility: t.float64(),
    cloudStatus: t.string(),
    tsr: t.float64(),
    capexPenalty: t.float64(),
    unservedDemand: t.float64(),
    bankrupt: t.boolean(),
  },
  'HistoryRow',
);
export type HistoryRowSchema = SchemaType<typeof HistoryRowSchema>;

/** Trailing figures investors look at (quarter < 0: the scenario's 2025 quarters). */
export const TrailRowSchema = schema(
  {
    quarter: t.float64(),
    segments: t.map('float64'),
    revenue: t.float64(),
    aiRevenue: t.float64(),
    cloudRevenue: t.float64(),
    capex: t.float64(),
    ebitda: t.float64(),
  },
  'TrailRow',
);
export type TrailRowSchema = SchemaType<typeof TrailRowSchema>;

export const CompanySchema = schema(
  {
    role: t.string(),
    active: t.boolean(),
    bankrupt: t.boolean(),
    bankruptQ: t.float64().default(-1),
    cash: t.float64(),
    debt: t.float64(),
    debtRate: t.float64(),
    revolver: t.float64(),
    revolverRate: t.float64(),
    shares: t.float64(),
    startSharePrice: t.float64(),
    sharePrice: t.float64(),
    sentiment: t.float64(),
    credibility: t.float64(),
    quality: t.float64(),
    brand: t.float64(),
    positiveOcfStreak: t.float64(),
    shellReadyGW: t.float64(),
    shellBookValue: t.float64(),
    shellGrossCost: t.float64(),
    /** Capex committed by last quarter's orders (the "capex discipline" baseline). */
    lastOrderedCapex: t.float64(),
    /** none | launching | live */
    cloudStatus: t.string().default('none'),
    cloudReadyQuarter: t.float64().default(-1),
    cloudReputation: t.float64(),
    cloudAskPrice: t.float64(),
    coreLines: t.array(CoreLineSchema),
    cohorts: t.array(CohortSchema),
    chipsOnOrder: t.array(ChipOrderSchema),
    shellsUnderConstruction: t.array(ShellBuildSchema),
    /** Last 8 quarters of trailing figures. */
    trail: t.array(TrailRowSchema),
    history: t.array(HistoryRowSchema),
  },
  'Company',
);
export type CompanySchema = SchemaType<typeof CompanySchema>;
