import { z } from 'zod';
import { ROLES } from '../roles';

// The scenario file's schema: every tunable number of GAME.md lives in the scenario, not in code.
// Loading validates against this, so a broken file fails with the path of the bad field.

const num = z.number().refine(Number.isFinite, 'must be a finite number');
const nonNeg = num.refine((x) => x >= 0, 'must be ≥ 0');
const pos = num.refine((x) => x > 0, 'must be > 0');
const share = num.refine((x) => x >= 0 && x <= 1, 'must be between 0 and 1');
const int = z.number().int();
const text = z.object({ en: z.string().min(1), ar: z.string().min(1) }).strict();

export const SEGMENTS = ['ads', 'software', 'retail', 'cloudNonAI', 'cloudAI', 'aiProducts'] as const;
const segment = z.enum(SEGMENTS);
const role = z.enum(ROLES);
const party = z.enum([...ROLES, 'neutral']);

export const MULT_PARAMS = ['revenuePerCU', 'cloudDemand', 'chipSupply', 'dcCost', 'coreRevenue'] as const;
export const ADD_PARAMS = ['buildQuarters'] as const;
export const SHOCK_PARAMS = ['mood', 'baseRate', 'sentiment', 'reputation', 'attention'] as const;
export const SCALE_PARAMS = ['aiProductSpend', 'cloudDemand'] as const;

const effect = z.discriminatedUnion('type', [
  /** Multiplies a parameter while the event is active (or only its first `quarters` quarters). */
  z.object({ type: z.literal('mult'), param: z.enum(MULT_PARAMS), factor: nonNeg, quarters: int.min(1).optional() }).strict(),
  /** Adds to a parameter while the event is active (or only its first `quarters` quarters). */
  z.object({ type: z.literal('add'), param: z.enum(ADD_PARAMS), amount: num, quarters: int.min(1).optional() }).strict(),
  /** One-off change when the event starts (sentiment/reputation hit the target). */
  z.object({ type: z.literal('shock'), param: z.enum(SHOCK_PARAMS), amount: num }).strict(),
  /** Permanent rescale of a level when the event starts. */
  z.object({ type: z.literal('scale'), param: z.enum(SCALE_PARAMS), factor: pos }).strict(),
  /** Holds the target's sentiment down by `amount` until it answers with "clarify". */
  z.object({ type: z.literal('rumor'), amount: nonNeg }).strict(),
]);

const eventDef = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase identifier'),
    probability: share,
    target: z.enum(['global', 'company', 'cloud']),
    /** Quarters the event stays active, counting the one it starts in. */
    duration: int.min(1).max(40),
    effects: z.array(effect).min(1),
    title: text,
    text: text,
  })
  .strict();

const coreLine = z.object({ segment, base: nonNeg, growth: num, margin: num }).strict();

const cohort = z
  .object({
    gw: nonNeg,
    year: int,
    ageQ: int.min(0),
    costPerGW: nonNeg,
    custom: z.boolean(),
  })
  .strict();

// A tuple, so the engine reads past[4] as a number; the length issues keep the message a list had.
const FIVE_QUARTERS = 'must list 5 quarters (Q4 2024 … Q4 2025)';
const fiveQuarters = z.tuple([num, num, num, num, num], { error: (iss) => (iss.code === 'too_small' || iss.code === 'too_big' ? FIVE_QUARTERS : undefined) });

const company = z
  .object({
    name: z.string().min(1),
    cash: nonNeg,
    debt: nonNeg,
    debtRate: nonNeg,
    shares: pos,
    sentiment: num.refine((x) => x >= -1 && x <= 1, 'must be between -1 and 1'),
    credibility: share,
    quality: pos,
    brand: pos,
    trainingEfficiency: pos,
    adUplift: z.boolean(),
    privateCompany: z.boolean(),
    coreLines: z.array(coreLine),
    cloud: z.object({ status: z.enum(['none', 'live']), reputation: share }).strict(),
    launchCost: nonNeg,
    cohorts: z.array(cohort),
    chipsOnOrder: z.array(z.object({ gw: nonNeg, price: nonNeg, custom: z.boolean() }).strict()),
    shellReadyGW: nonNeg,
    shellGrossCost: nonNeg,
    shellBookValue: nonNeg,
    shellsUnderConstruction: z.array(
      z.object({ gw: pos, readyInQuarters: int.min(0), installment: nonNeg, remainingInstallments: int.min(0) }).strict(),
    ),
    allocation: z.object({ training: int.min(0).max(100), products: int.min(0).max(100), cloud: int.min(0).max(100) }).strict(),
    /** 2025 quarters Q4 2024 … Q4 2025 (oldest first), for trailing valuation, growth and the ROI gap. */
    past: z
      .object({ aiProducts: fiveQuarters, cloudAI: fiveQuarters, capex: fiveQuarters, ebitda: fiveQuarters })
      .strict(),
    /** Company-specific valuation parameters overriding investors' (calibrated to late-2025 market values). */
    valuation: z
      .object({
        franchise: z.object({ ads: nonNeg, software: nonNeg, retail: nonNeg, cloudNonAI: nonNeg }).partial().strict().optional(),
        growthMultiple: nonNeg.optional(),
      })
      .strict(),
    /** Quarterly 2025 capex pace, used by "steady" reference play and bots. */
    pace: z.object({ chipsGW: nonNeg, customGW: nonNeg, buildGW: nonNeg }).strict(),
  })
  .strict();

const startingContract = z
  .object({
    id: z.string().min(1),
    seller: party,
    buyer: role,
    cuPerQuarter: nonNeg,
    pricePerCU: nonNeg,
    quarters: int.min(1),
    rampToCU: nonNeg.optional(),
    rampQuarters: int.min(2).optional(),
  })
  .strict();

const source = z
  .object({ id: z.string().min(1), topic: z.string().min(1), figure: z.string().min(1), source: z.string().min(1) })
  .strict();

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
    name: text,
    description: text,
    disclaimer: text,
    startYear: int.min(2000).max(2100),
    startQuarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    efficiencyBase: pos,
    mood: z
      .object({
        start: num.refine((x) => x >= 0 && x <= 100, 'must be between 0 and 100'),
        growthWeight: num,
        growthTarget: num,
        roiGapWeight: num,
        reversionWeight: num,
        reversionTarget: num,
        noiseSigma: nonNeg,
        /** Industry AI revenue growth counted by the mood rule is clamped to ±maxGrowth. */
        maxGrowth: nonNeg,
        /** The quarter's relative change of the ROI gap is clamped to ±maxGapChange. */
        maxGapChange: nonNeg,
      })
      .strict(),
    chips: z
      .object({
        listPrice: pos,
        listPriceGrowth: num,
        supplyCap: pos,
        supplyGrowth: num,
        neutralDemand: nonNeg,
        neutralDemandGrowth: num,
        slackDiscount: share,
        scarcityPremium: nonNeg,
        maxPriceMultiple: num.refine((x) => x >= 1, 'must be ≥ 1'),
        /**
         * Drop-out rounds of engine 1.1 and earlier. Since engine 1.2.0 the market clears where the price
         * curve meets the bids' limits, whatever the number of rounds; accepted (and ignored) so that older
         * scenario files and match records still read.
         */
        maxRounds: int.min(0).max(10).optional(),
        depreciationQuarters: int.min(1),
        retireAfterQuarters: int.min(1),
        /** Outside buyers' demand at twice the list price, as a share of their demand at list (engine 2: price-sensitive). */
        neutralDemandAtMax: share,
        /** Second-hand chips fetch list price × their efficiency relative to new chips × remaining life share × (1 − this). */
        secondHandDiscount: share,
      })
      .strict(),
    /** The chip supplier's vendor financing (GAME.md 12.4). */
    vendorFinancing: z
      .object({
        /** Chance per quarter that a seat gets an offer. */
        offerProbability: share,
        /** Committed GW per quarter as a multiple of the seat's merchant-chip pace (at least minGW). */
        paceMultiple: nonNeg,
        minGW: nonNeg,
        quarters: int.min(1).max(12),
        /** Equity bought, as a share of the committed chips' value at list price. */
        equityShare: share,
      })
      .strict(),
    /**
     * Markets that saturate (engine 2.3.0): outside cloud demand (Dref, CU at Pref) and AI product
     * spend ($B/q) grow at full rate up to `knee`, ever more slowly above it, not at all from
     * `ceiling`, and so do the core lines (knee and ceiling as multiples of their starting size);
     * the mood's growth target fades with the mean maturity of the two outside markets.
     */
    maturity: z
      .object({
        cloudDemand: z.object({ knee: pos, ceiling: pos }).strict(),
        productSpend: z.object({ knee: pos, ceiling: pos }).strict(),
        /** Core business lines, as multiples of their starting size. */
        coreLines: z.object({ knee: pos, ceiling: pos }).strict(),
      })
      .strict(),
    customSilicon: z.partialRecord(
      role,
      z.object({ priceFactor: pos, efficiency: pos, cap: nonNeg, capGrowth: num }).strict(),
    ),
    dataCenters: z
      .object({
        costPerGW: pos,
        gridAdditions: pos,
        gridGrowth: num,
        powerSlope: nonNeg,
        buildQuarters: int.min(1),
        expediteQuarters: int.min(1),
        expediteCostFactor: pos,
        runningCostPerGW: nonNeg,
        idleCostFactor: share,
        depreciationQuarters: int.min(1),
      })
      .strict(),
    contracts: z
      .object({
        shortfallPenaltyFactor: nonNeg,
        proposalQuarters: int.min(1),
        spilloverPerCU: nonNeg,
        maxQuarters: int.min(1),
        neutral: z
          .object({
            capacity: nonNeg,
            capacityGrowth: num,
            priceMarkup: pos,
            costPerCU: pos,
            maxContractShare: share,
          })
          .strict(),
        starting: z.array(startingContract),
      })
      .strict(),
    cloud: z
      .object({
        launchQuarters: int.min(1),
        startReputation: share,
        reputationStep: nonNeg,
        maxReputation: share,
        sellableBase: share,
        sellableReputationWeight: share,
        pref: pos,
        pmaxFactor: num.refine((x) => x > 1, 'must be > 1'),
        dref: pos,
        drefGrowth: num,
        salesCostShare: share,
      })
      .strict(),
    products: z
      .object({
        spend: pos,
        growthBase: num,
        growthOffset: num,
        frontierCap: pos,
        ceiling: pos,
        revenuePerCU: pos,
        revenuePerCUDecline: num,
        servingCostShare: share,
        adUplift: num,
      })
      .strict(),
    training: z.object({ decay: share, k: nonNeg, overheadPerCU: nonNeg }).strict(),
    money: z
      .object({
        taxRate: share,
        baseRate: num,
        equityDiscountBase: share,
        equityDiscountMood: share,
        spreadBase: nonNeg,
        spreadLeverage: nonNeg,
        spreadMood: nonNeg,
        leverageCap: pos,
        partnerShare: share,
        privateEquityEveryQuarters: int.min(1),
        privateDebtAfterPositiveOcfQuarters: int.min(0),
        maxEquityRaiseShare: share,
      })
      .strict(),
    distress: z
      .object({
        revolverEbitdaMultiple: nonNeg,
        revolverSpread: nonNeg,
        emergencyDiscount: share,
        emergencySentiment: num,
        /** Covenant: with debt, trailing EBITDA must be positive and debt at most this multiple of it, or no investor buys emergency equity. */
        covenantLeverage: pos,
        /** Largest emergency raise as a share of market value: base + mood × M/100. */
        emergencyMaxShareBase: share,
        emergencyMaxShareMood: share,
        emergencyBuffer: nonNeg,
        /** The emergency raise also covers this many quarters like the current one (its net cash outflow). */
        emergencyBufferQuarters: nonNeg,
        contagionMood: num,
        revolverRepayAboveCash: nonNeg,
      })
      .strict(),
    investors: z
      .object({
        /** Value of a dollar of trailing-4q EBITDA (at the starting cost of capital). */
        earningsMultiple: nonNeg,
        /** Value per dollar of trailing core revenue on top of its earnings (moats, growth of the core). */
        franchise: z.object({ ads: nonNeg, software: nonNeg, retail: nonNeg, cloudNonAI: nonNeg }).strict(),
        /** Value per dollar of trailing fair AI revenue × growth factor × margin plausibility. */
        growthMultiple: nonNeg,
        growthFactor: z.object({ base: num, slope: num, min: nonNeg, max: nonNeg }).strict(),
        /** AI unit margin at which growth starts to count (low) and counts in full (high). */
        marginPlausibility: z.object({ low: num, high: num }).strict(),
        /** Excess = AI capex + compute bought − backing × fair AI revenue (trailing 4q); value off = valuePerExcess × excess, at most maxShare of value. */
        capexPenalty: z.object({ backing: nonNeg, valuePerExcess: nonNeg, maxShare: share, newsStep: nonNeg }).strict(),
        commitment: z.object({ threshold: nonNeg, drag: nonNeg }).strict(),
        /** Cost of capital k = base rate + equityPremium + moodPremium × (1 − M/100); multiples scale by (k0 + duration) / (k + duration). */
        costOfCapital: z.object({ equityPremium: nonNeg, moodPremium: nonNeg, duration: pos }).strict(),
        /** Circular discount rate = moodWeight × (1 − M/100) + attention, at most maxDiscount; attention × attentionDecay each quarter. */
        circular: z.object({ moodWeight: nonNeg, attentionDecay: share, maxDiscount: share }).strict(),
        /**
         * Engine 2.3: investors drag the sentiment of a company that stops investing (falling behind in
         * the race). Investment = the average ordered capex of the last `quarters` quarters plus last
         * quarter's compute bought; below `maintenance` × last quarter's depreciation, sentiment moves
         * by −drag × the shortfall's share each quarter. Absent: no drag (engine 2.2). coreErosion
         * (engine 2.7): every core line grows this much less a quarter × the shortfall's share, measured
         * on the orders of the last `erosionQuarters` quarters (customers drift to rivals whose AI keeps
         * up; a longer window than the drag's, as the loss is permanent). Absent: core lines ignore it.
         */
        underinvestment: z
          .object({ maintenance: nonNeg, drag: nonNeg, quarters: int.min(1).max(4), coreErosion: nonNeg.optional(), erosionQuarters: int.min(1).max(4).optional() })
          .strict()
          .optional(),
        /**
         * Engine 2.4: share of a saturating AI product market at which a company has no room left to
         * grow by winning share; its product growth multiple then fades with the market's growth room
         * alone (model/maturity.ts productsGrowthRoom). Absent: no fade (engine 2.3).
         */
        saturatedShare: share.optional(),
        sentimentWeight: nonNeg,
        sentimentPersistence: share,
        surpriseWeight: nonNeg,
      })
      .strict(),
    statements: z
      .object({
        clarifyUndo: share,
        hype: num,
        hypePenalty: num,
        hypeCredibilityLoss: share,
        /** A hype promise: AI revenue grows this much a quarter faster than the company's own trend. */
        hypeGrowthTarget: num,
        hypeQuarters: int.min(1),
        hypeKeptCredibility: share,
        capexDiscipline: num,
        capexDisciplineCut: share,
        announceCloud: num,
        /**
         * Engine 2.6: announcing a cloud is a promise that the cloud enters a market worth entering.
         * Judged `quarters` after the announcement (or at the match's end): kept while the cloud rental
         * price is at least (1 − tolerance) × the price when it was announced; broken: `penalty`
         * sentiment and hypeCredibilityLoss; kept: hypeKeptCredibility. Absent: the announcement only lifts sentiment.
         */
        cloudPromise: z.object({ quarters: int.min(1), tolerance: share, penalty: num }).strict().optional(),
      })
      .strict(),
    /**
     * Engine 2.3: how the five 2025 quarters every company starts with are built. adUpliftInEbitda:
     * the scenario's 2025 EBITDA gets the ad uplift's margin, as the engine books ads from Q1 2026 on
     * (the ad revenue of those quarters already carries the uplift). Absent: 2025 EBITDA as given.
     */
    startingTrail: z.object({ adUpliftInEbitda: z.boolean() }).strict().optional(),
    /**
     * Engine 2.3: seats nobody plays stay in the markets as outside companies (GAME.md 12.3), so a
     * 2- or 3-seat table sees the same world as a full one. An absent company keeps receiving chips at
     * paceMultiple × its 2025 pace (merchant chips also join the outside chip demand), trains its
     * model with its starting allocation, and rents its starting cloud share of that compute through
     * the neutral supplier, at the neutral supplier's cost. Without this block absent seats are out of
     * the markets (engine 2.2 and earlier).
     */
    outsideCompanies: z.object({ paceMultiple: nonNeg }).strict().optional(),
    /**
     * Engine 2.6: a match shorter than referenceQuarters rolls every event referenceQuarters ÷ quarters
     * times as often (at most probability 1), so a short match meets the risks of a three-year one.
     * Absent: events roll at their catalogue probability whatever the length.
     */
    eventPace: z.object({ referenceQuarters: int.min(1) }).strict().optional(),
    events: z.array(eventDef),
    companies: z.object(Object.fromEntries(ROLES.map((r) => [r, company])) as Record<(typeof ROLES)[number], typeof company>).strict(),
    sources: z.array(source).min(1),
  })
  .strict();
