import type { Orders, Party, StatementKind } from '../../../shared/orders/types';
import { editable } from '../../i18n/format';

// What the player has typed into the order form, as typed (text), so nothing is lost when the
// view re-renders, the language changes, the connection drops, the page reloads or the tab dies
// and comes back. One draft per (match, seat, quarter), kept in localStorage.

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

export type NumberFieldKey = keyof typeof NUMBER_FIELDS;
export type FieldPath = (typeof NUMBER_FIELDS)[NumberFieldKey];

export interface DealDraft {
  to: Party;
  side: 'buy' | 'sell';
  cu: string;
  price: string;
  quarters: string;
}

export interface Draft {
  key: string;
  values: Record<NumberFieldKey, string>;
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

export function draftKey(code: string, role: string, quarter: number): string {
  return `${code}/${role}/${quarter}`;
}

/** The stored draft for this key, or null (another quarter's or seat's draft does not count). */
export function loadDraft(key: string): Draft | null {
  try {
    const raw = localStorage.getItem(STORAGE);
    const d = raw ? (JSON.parse(raw) as Draft) : null;
    return d && d.key === key && d.values ? d : null;
  } catch {
    return null;
  }
}

/** False when the browser refused to store it (the draft still lives in memory). */
export function saveDraft(d: Draft): boolean {
  try {
    localStorage.setItem(STORAGE, JSON.stringify(d));
    return true;
  } catch {
    return false;
  }
}

export function newDraft(key: string, base: Orders, deal: DealDraft): Draft {
  return {
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
}

/** How a typed number reads: a value, or why it cannot be read (never a guess). */
export type NumberReading = { ok: true; value: number } | { ok: false; reason: string };

export interface Parsed {
  orders: Orders;
  /** Field path → why its text could not be read as a number. */
  parseErrors: Partial<Record<FieldPath, string>>;
}

/** Turns the typed draft into Orders; unreadable numbers are reported by field, not guessed. */
export function draftToOrders(d: Draft, quarter: number, read: (raw: string) => NumberReading): Parsed {
  const parseErrors: Parsed['parseErrors'] = {};
  const n = (f: NumberFieldKey): number => {
    // A draft saved by an older client lacks the newer fields: they read as empty.
    const text = d.values[f] ?? '';
    if (text.trim() === '') return 0;
    const r = read(text);
    if (r.ok) return r.value;
    parseErrors[NUMBER_FIELDS[f]] = r.reason;
    return 0;
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
