import type { Role } from '../roles';
import type { PersonaId } from '../protocol/settings';

// Bot personas (GAME.md section 10). Each persona is a set of traits the decision code reads;
// `classic` has one set per role, playing like the real company's 2025 strategy.

export type { PersonaId };

/** What the UI shows for a persona (every client text about personas comes from here). */
export interface PersonaInfo {
  id: PersonaId;
  name: { en: string; ar: string };
  /** For compact choices (a row of buttons). */
  short: { en: string; ar: string };
  description: { en: string; ar: string };
}

/** The knobs a persona turns. Shares are fractions, premiums multiples of a reference price. */
export interface BotTraits {
  /** Merchant chips ordered per quarter, as a multiple of the role's 2025 pace (scenario `pace`). */
  chipPace: number;
  /** Growth of that multiple per quarter (classic: the 2025 trend keeps going). */
  paceGrowth: number;
  /** An all-in start: merchant chips at this multiple of the 2025 pace, flat, instead of chipPace (0 = none)… */
  surgePace: number;
  /** …for the match's first this many quarters. */
  surgeQuarters: number;
  /** Minimum merchant chips a quarter as a share of installed GW (keeps small players growing). */
  minChipShare: number;
  /** Share of the custom-silicon cap ordered each quarter (Amazon, Google). */
  customShare: number;
  /** Highest chip price accepted, as a multiple of the list price. */
  maxChipPremium: number;
  /** How strongly chip orders follow market signals (cloud price, idle compute, investor mood), 0..1. */
  signalWeight: number;
  /** Shell kept ahead of chips, as a share of chip GW. */
  shellMargin: number;
  /** Expedite a build when chips would otherwise sit without shell. */
  expedite: boolean;
  /** Preferred share of compute rented out through a live cloud, 0..1. */
  cloudShare: number;
  /** Minimum share of compute kept for training, 0..1. */
  minTraining: number;
  /** Products compute kept above expected demand (to catch demand others cannot serve), 0..1. */
  productsHeadroom: number;
  /** Per-quarter chance of launching a cloud (OpenAI, Meta) once its conditions hold. */
  launchChance: number;
  /** Launch only when investors punish unbacked capex at least this much (0 = no condition). */
  launchPenaltyTrigger: number;
  /** Cash kept as a buffer, in quarters of burn plus next quarter's committed capex. */
  bufferQuarters: number;
  /** Private company: quarters of burn kept and raised on top of the gap (it cannot raise again next quarter). */
  roundHeadroom: number;
  /** Highest debt / trailing EBITDA the bot borrows up to. */
  maxLeverage: number;
  /** Share of excess cash used to repay debt. */
  repayShare: number;
  /** Share of excess cash returned by buybacks (public companies). */
  buybackShare: number;
  /** Chance per quarter of a hype statement when AI revenue is growing. */
  hypeChance: number;
  /** Promise capex discipline when this quarter's orders are a clear cut. */
  disciplineTalk: boolean;
  /** Buying compute under contract: share of the compute gap covered by proposals, 0..1. */
  buyDeals: number;
  /** Highest contract price paid, as a multiple of the last cloud price. */
  maxBuyMarkup: number;
  /** Lowest contract price accepted as a seller, as a multiple of the last cloud price. */
  minSellMarkup: number;
  /** Offer compute contracts to buyers when the cloud has idle capacity. */
  sellDeals: boolean;
  /** Cloud ask price as a multiple of the last cloud price (0 = price taker). */
  askFactor: number;
  /** Next-4-quarter contract payments / trailing revenue the bot tolerates as a buyer. */
  maxCommitmentCoverage: number;
  /** Without a cloud: wanted growth of compute per quarter, bought under contract, as a share of what it has. */
  computeAmbition: number;
  /** Slow down chip orders in the last quarters, when new capacity has little time left to earn. */
  endGameCut: boolean;
  /**
   * How much the persona listens to investors (capex penalty, cost of capital, circular money):
   * 0 ignores them, 1 is the balanced baseline, above 1 is cautious (shared/bots/investors.ts).
   */
  investorWeight: number;
  /** A private lab on lean rounds changes course when it is losing (shared/bots/course.ts). */
  changesCourse: boolean;
}

const BASE: BotTraits = {
  chipPace: 1,
  paceGrowth: 0,
  surgePace: 0,
  surgeQuarters: 0,
  minChipShare: 0.02,
  customShare: 0.8,
  maxChipPremium: 1.3,
  signalWeight: 0.7,
  shellMargin: 0.1,
  expedite: false,
  cloudShare: 0.55,
  minTraining: 0.2,
  productsHeadroom: 0.15,
  launchChance: 0.2,
  launchPenaltyTrigger: 0.1,
  bufferQuarters: 2,
  roundHeadroom: 1,
  maxLeverage: 1.5,
  repayShare: 0.2,
  buybackShare: 0.15,
  hypeChance: 0.1,
  disciplineTalk: true,
  buyDeals: 0.5,
  maxBuyMarkup: 1.2,
  minSellMarkup: 1.05,
  sellDeals: true,
  askFactor: 0.7,
  maxCommitmentCoverage: 2.5,
  computeAmbition: 0,
  endGameCut: true,
  investorWeight: 1,
  changesCourse: false,
};

const GENERIC: Record<Exclude<PersonaId, 'classic'>, Partial<BotTraits>> = {
  balanced: {},
  builder: {
    chipPace: 1.7,
    paceGrowth: 0.03,
    minChipShare: 0.06,
    customShare: 1,
    maxChipPremium: 1.8,
    signalWeight: 0.3,
    shellMargin: 0.2,
    expedite: true,
    launchChance: 0.3,
    launchPenaltyTrigger: 0.15,
    bufferQuarters: 0,
    roundHeadroom: 0.25,
    changesCourse: true,
    maxLeverage: 3,
    repayShare: 0,
    buybackShare: 0,
    hypeChance: 0.25,
    disciplineTalk: false,
    buyDeals: 0.8,
    maxBuyMarkup: 1.4,
    maxCommitmentCoverage: 4,
    computeAmbition: 0.1,
    endGameCut: false,
    investorWeight: 0.4,
  },
  'cloud-first': {
    chipPace: 1.2,
    cloudShare: 0.8,
    minTraining: 0.1,
    launchChance: 0.8,
    launchPenaltyTrigger: 0,
    // Lean funding: a private lab playing landlord raises only what the gap needs, so a thin-margin
    // cloud that starves its model can run out of money (GAME.md 11: bankruptcies are a real risk).
    roundHeadroom: 0.25,
    changesCourse: true,
    askFactor: 0.5,
    minSellMarkup: 0.95,
    sellDeals: true,
    buyDeals: 0.3,
    endGameCut: false,
    investorWeight: 0.8,
  },
  frugal: {
    chipPace: 0.45,
    minChipShare: 0,
    customShare: 0.5,
    maxChipPremium: 1.05,
    signalWeight: 1,
    shellMargin: 0.05,
    launchChance: 0.04,
    launchPenaltyTrigger: 0.2,
    bufferQuarters: 3,
    maxLeverage: 0.8,
    repayShare: 0.4,
    buybackShare: 0.3,
    hypeChance: 0,
    buyDeals: 0.2,
    maxBuyMarkup: 1.1,
    minSellMarkup: 1.15,
    askFactor: 0.9,
    maxCommitmentCoverage: 1.2,
    investorWeight: 1.4,
  },
};

/**
 * Where a generic persona plays differently for one role. Meta's builder goes all in for three
 * years (4.5× its 2025 chip pace; in 2025 Meta called misspending a couple of hundred billion
 * dollars the smaller risk) with only its ad business behind it: the one public company whose
 * overreach can end in bankruptcy within a 12-quarter match (GAME.md 12.2; docs/ECONOMY.md tuning
 * log 28).
 */
const ROLE_VARIANTS: Partial<Record<Exclude<PersonaId, 'classic'>, Partial<Record<Role, Partial<BotTraits>>>>> = {
  builder: { meta: { surgePace: 4.5, surgeQuarters: 12 } },
};

/** Each role's 2025 strategy. */
const CLASSIC: Record<Role, Partial<BotTraits>> = {
  // Stargate-scale building of its own, training first, hype and equity rounds, and an "AI cloud"
  // as soon as its conditions hold (which also ends the partner share). Engine 2.2: it buys compute
  // under contract in moderation, because take-or-pay compute it cannot use counts against it with
  // investors, and it serves the product demand it expects without spare headroom (compute kept
  // idle for products does not train the model). The strategy search found both (GAME.md 12.5).
  openai: {
    chipPace: 3,
    paceGrowth: 0.1,
    minChipShare: 0.1,
    maxChipPremium: 1.8,
    minTraining: 0.55,
    productsHeadroom: 0,
    launchChance: 1,
    launchPenaltyTrigger: 0,
    bufferQuarters: 1,
    hypeChance: 0.35,
    disciplineTalk: false,
    buyDeals: 0.3,
    maxBuyMarkup: 1.35,
    maxCommitmentCoverage: 3,
    computeAmbition: 0.03,
    investorWeight: 0.8,
  },
  // Cloud-scale capex without a cloud; training-heavy open models; buybacks on top.
  meta: {
    chipPace: 1.3,
    paceGrowth: 0.04,
    minTraining: 0.5,
    launchChance: 0.05,
    launchPenaltyTrigger: 0.25,
    maxLeverage: 1.5,
    buybackShare: 0.2,
    hypeChance: 0.15,
    disciplineTalk: false,
    investorWeight: 0.6,
  },
  // Azure: steady build-out at the 2025 pace, sells compute to OpenAI and others.
  microsoft: { chipPace: 1.1, paceGrowth: 0.02, cloudShare: 0.65, minTraining: 0.15, sellDeals: true, buybackShare: 0.2, investorWeight: 0.9 },
  // AWS: Trainium at full tilt, the biggest cloud, price-taking renter.
  amazon: { chipPace: 1, paceGrowth: 0.02, customShare: 1, cloudShare: 0.7, minTraining: 0.15, askFactor: 0.6, buybackShare: 0.1, investorWeight: 0.9 },
  // TPUs, a frontier model and a growing cloud: balanced between training and renting.
  google: { chipPace: 1, paceGrowth: 0.02, customShare: 1, cloudShare: 0.45, minTraining: 0.3, buybackShare: 0.25 },
};

export function traitsFor(persona: PersonaId, role: Role): BotTraits {
  if (persona === 'classic') return { ...BASE, endGameCut: false, ...CLASSIC[role] };
  return { ...BASE, ...GENERIC[persona], ...ROLE_VARIANTS[persona]?.[role] };
}

/** Personas offered in the UI, classic (the default) first. */
export const PERSONAS: readonly PersonaInfo[] = [
  {
    id: 'classic',
    name: { en: 'Classic', ar: 'كلاسيكي' },
    short: { en: 'Like 2025', ar: 'مثل 2025' },
    description: {
      en: "Plays like the real company's 2025 strategy: OpenAI builds at Stargate scale and trains first, Meta builds without a cloud, the hyperscalers rent out what they build.",
      ar: 'يلعب مثل استراتيجية الشركة الحقيقية في 2025: أوبن إيه آي تبني على نطاق ستارغيت وتقدّم التدريب، وميتا تبني دون سحابة، والشركات السحابية الكبرى تؤجّر ما تبنيه.',
    },
  },
  {
    id: 'balanced',
    name: { en: 'Balanced', ar: 'متوازن' },
    short: { en: 'Balanced', ar: 'متوازن' },
    description: {
      en: 'Builds at a steady pace, follows prices and demand, keeps a cash buffer and borrows moderately.',
      ar: 'يبني بوتيرة ثابتة، ويتابع الأسعار والطلب، ويحتفظ باحتياطي نقدي ويقترض باعتدال.',
    },
  },
  {
    id: 'builder',
    name: { en: 'Aggressive builder', ar: 'بنّاء جريء' },
    short: { en: 'Builder', ar: 'بنّاء' },
    description: {
      en: 'Orders chips and data centers far ahead of demand, pays up in scarce markets, expedites and borrows to do it. Playing Meta, it goes all in for its first three years.',
      ar: 'يطلب الرقائق ومراكز البيانات قبل الطلب بكثير، ويدفع أكثر حين تشحّ السوق، ويسرّع البناء ويقترض لذلك. وحين يلعب دور ميتا يراهن بكل شيء في سنواته الثلاث الأولى.',
    },
  },
  {
    id: 'cloud-first',
    name: { en: 'Cloud first', ar: 'السحابة أولاً' },
    short: { en: 'Cloud first', ar: 'السحابة أولًا' },
    description: {
      en: 'Turns capacity into rental revenue: launches a cloud early, rents out most compute and sells contracts.',
      ar: 'يحوّل السعة إلى إيرادات تأجير: يطلق سحابة مبكرًا، ويؤجّر معظم الحوسبة ويبيع العقود.',
    },
  },
  {
    id: 'frugal',
    name: { en: 'Frugal', ar: 'مقتصد' },
    short: { en: 'Frugal', ar: 'مقتصد' },
    description: {
      en: 'Spends little, only when prices are good; repays debt, buys back shares and promises capex discipline.',
      ar: 'ينفق القليل وفقط حين تكون الأسعار مناسبة؛ يسدّد الديون، ويعيد شراء الأسهم، ويعد بالانضباط في الإنفاق الرأسمالي.',
    },
  },
];

export const PERSONA_BY_ID: Readonly<Record<PersonaId, PersonaInfo>> = Object.fromEntries(PERSONAS.map((p) => [p.id, p])) as Record<PersonaId, PersonaInfo>;

/**
 * Internal baselines for balance work, never offered in the UI. `idle` is "do nothing": the
 * GAME.md section 7 default of a seat that submits nothing (last allocation, no new spending).
 */
export const BASELINE_IDS = ['idle'] as const;
export type BaselineId = (typeof BASELINE_IDS)[number];
export type BotPersona = PersonaId | BaselineId;

export function isPersonaId(x: unknown): x is PersonaId {
  return typeof x === 'string' && PERSONAS.some((p) => p.id === x);
}

export function isBotPersona(x: unknown): x is BotPersona {
  return isPersonaId(x) || (typeof x === 'string' && (BASELINE_IDS as readonly string[]).includes(x));
}
