import type { Orders, Party, StatementKind } from '../../shared/orders/types';
import { editable, parseNumberInput } from '../i18n/format';

// What the player has typed into the decision panel, as typed (text), so nothing is lost when the
// screen rebuilds, the language changes, the connection drops or the page reloads. One draft per
// (match, seat, quarter), kept in sessionStorage.

export const NUMBER_FIELDS = {
  chipsGW: 'chips.gw',
  chipsMaxPrice: 'chips.maxPricePerGW',
  customGW: 'customChips.gw',
  buildGW: 'build.gw',
  training: 'allocation.training',
  products: 'allocation.products',
  cloudPct: 'allocation.cloud',
  askPrice: 'cloud.askPrice',
  raiseEquity: 'finance.raiseEquity',
  issueDebt: 'finance.issueDebt',
  repayDebt: 'finance.repayDebt',
  buyback: 'finance.buyback',
  sellGW: 'sellChips.gw',
} as const;

export type NumberField = keyof typeof NUMBER_FIELDS;

export interface DealDraft {
  to: Party;
  side: 'buy' | 'sell';
  cu: string;
  price: string;
  quarters: string;
}

export interface Draft {
  key: string;
  values: Record<NumberField, string>;
  expedite: boolean;
  launch: boolean;
  statement: StatementKind;
  /** Accept the chip supplier's vendor-financing offer with this quarter's orders. */
  vendorAccept: boolean;
  deal: DealDraft;
  /** True once the player changed something since the last submit. */
  dirty: boolean;
}

const STORAGE = 'computeRace.draft';

function load(): Draft | null {
  try {
    const raw = sessionStorage.getItem(STORAGE);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

let current: Draft | null = load();

export function saveDraft(): void {
  if (!current) return;
  try {
    sessionStorage.setItem(STORAGE, JSON.stringify(current));
  } catch {
    /* storage unavailable: the draft still survives in memory */
  }
}

export function draftKey(code: string, role: string, quarter: number): string {
  return `${code}/${role}/${quarter}`;
}

/** The draft for this seat and quarter, created from `base` (pending or default orders) if new. */
export function getDraft(key: string, base: Orders, deal: DealDraft): Draft {
  if (current && current.key === key) return current;
  current = {
    key,
    values: {
      chipsGW: editable(base.chips.gw),
      chipsMaxPrice: editable(base.chips.maxPricePerGW),
      customGW: editable(base.customChips.gw),
      buildGW: editable(base.build.gw),
      training: editable(base.allocation.training, 0),
      products: editable(base.allocation.products, 0),
      cloudPct: editable(base.allocation.cloud, 0),
      askPrice: editable(base.cloud.askPrice),
      raiseEquity: editable(base.finance.raiseEquity),
      issueDebt: editable(base.finance.issueDebt),
      repayDebt: editable(base.finance.repayDebt),
      buyback: editable(base.finance.buyback),
      sellGW: editable(base.sellChips?.gw ?? 0),
    },
    expedite: base.build.expedite,
    launch: base.cloud.launch,
    statement: base.statement,
    vendorAccept: base.vendorFinancing?.accept ?? false,
    deal,
    dirty: false,
  };
  saveDraft();
  return current;
}

export function resetDraft(): void {
  current = null;
  try {
    sessionStorage.removeItem(STORAGE);
  } catch {
    /* ignore */
  }
}

export interface Parsed {
  orders: Orders;
  /** Field path → the text could not be read as a number. */
  parseErrors: Record<string, true>;
}

/** Turns the typed draft into an Orders object; unreadable numbers are reported, not guessed. */
export function draftToOrders(d: Draft, quarter: number): Parsed {
  const parseErrors: Record<string, true> = {};
  const n = (f: NumberField): number => {
    // A draft saved by an older client lacks the newer fields: they read as empty.
    const text = d.values[f] ?? '';
    const v = parseNumberInput(text);
    if (v === null) {
      if (text.trim() === '') return 0;
      parseErrors[NUMBER_FIELDS[f]] = true;
      return 0;
    }
    return v;
  };
  const orders: Orders = {
    quarter,
    chips: { gw: n('chipsGW'), maxPricePerGW: n('chipsMaxPrice') },
    customChips: { gw: n('customGW') },
    build: { gw: n('buildGW'), expedite: d.expedite },
    allocation: { training: n('training'), products: n('products'), cloud: n('cloudPct') },
    cloud: { launch: d.launch, askPrice: n('askPrice') },
    finance: { raiseEquity: n('raiseEquity'), issueDebt: n('issueDebt'), repayDebt: n('repayDebt'), buyback: n('buyback') },
    statement: d.statement,
    deals: { propose: [], accept: [], reject: [] },
  };
  // Engine 2's optional fields go in only when used, so an order without them stays as before.
  const sell = n('sellGW');
  if (sell !== 0) orders.sellChips = { gw: sell };
  if (d.vendorAccept) orders.vendorFinancing = { accept: true };
  return { orders, parseErrors };
}
