import { schema, t, type SchemaType } from '@colyseus/schema';

// Every company's public figures and per-quarter history, mirrored from the engine's spectator
// view (playerView(state, null)). Sentinel: -1 stands for "none" in optional quarter indices.

export const CoreLineSchema = schema(
  {
    segment: t.string(),
    base: t.number(),
    growth: t.number(),
    margin: t.number(),
  },
  'CoreLine',
);
export type CoreLineSchema = SchemaType<typeof CoreLineSchema>;

export const CohortSchema = schema(
  {
    gw: t.number(),
    year: t.number(),
    bookValue: t.number(),
    cost: t.number(),
    ageQ: t.number(),
    custom: t.boolean(),
  },
  'Cohort',
);
export type CohortSchema = SchemaType<typeof CohortSchema>;

export const ChipOrderSchema = schema(
  {
    gw: t.number(),
    price: t.number(),
    custom: t.boolean(),
  },
  'ChipOrder',
);
export type ChipOrderSchema = SchemaType<typeof ChipOrderSchema>;

export const ShellBuildSchema = schema(
  {
    gw: t.number(),
    readyQuarter: t.number(),
    remainingInstallments: t.number(),
    installment: t.number(),
  },
  'ShellBuild',
);
export type ShellBuildSchema = SchemaType<typeof ShellBuildSchema>;

export const HistoryRowSchema = schema(
  {
    quarter: t.number(),
    revenue: t.number(),
    /** Segment → revenue, $B. */
    revenueBySegment: t.map('number'),
    aiRevenue: t.number(),
    cloudRevenue: t.number(),
    ebitda: t.number(),
    netIncome: t.number(),
    operatingCashFlow: t.number(),
    capex: t.number(),
    cash: t.number(),
    debt: t.number(),
    sharePrice: t.number(),
    marketCap: t.number(),
    installedGW: t.number(),
    ownCU: t.number(),
    quality: t.number(),
    sentiment: t.number(),
    credibility: t.number(),
    cloudStatus: t.string(),
    tsr: t.number(),
  },
  'HistoryRow',
);
export type HistoryRowSchema = SchemaType<typeof HistoryRowSchema>;

export const CompanySchema = schema(
  {
    role: t.string(),
    active: t.boolean(),
    bankrupt: t.boolean(),
    bankruptQ: t.number().default(-1),
    cash: t.number(),
    debt: t.number(),
    debtRate: t.number(),
    revolver: t.number(),
    shares: t.number(),
    startSharePrice: t.number(),
    sharePrice: t.number(),
    sentiment: t.number(),
    credibility: t.number(),
    quality: t.number(),
    brand: t.number(),
    positiveOcfStreak: t.number(),
    shellReadyGW: t.number(),
    shellBookValue: t.number(),
    /** none | launching | live */
    cloudStatus: t.string().default('none'),
    cloudReadyQuarter: t.number().default(-1),
    cloudReputation: t.number(),
    cloudAskPrice: t.number(),
    coreLines: t.array(CoreLineSchema),
    cohorts: t.array(CohortSchema),
    chipsOnOrder: t.array(ChipOrderSchema),
    shellsUnderConstruction: t.array(ShellBuildSchema),
    history: t.array(HistoryRowSchema),
  },
  'Company',
);
export type CompanySchema = SchemaType<typeof CompanySchema>;
