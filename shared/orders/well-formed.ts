import { ROLES } from '../roles';
import type { DealTerms, Orders, StatementKind } from './types';
import { STATEMENT_KINDS } from './types';
import { ORDER_LIMITS as L } from './limits';

// A fast path for ordersSchema (schema.ts), which every resolution runs for every seat: orders that
// are plainly well formed (plain objects with exactly the schema's fields, finite numbers within
// bounds) are copied here, field by field in the schema's order, as zod would return them. Anything
// else returns null and goes to zod, which accepts it or says what is wrong, so this function may
// only be stricter than the schema, never looser (test/orders/well-formed.test.ts compares both).

type Plain = Record<string, unknown>;

function plain(x: unknown): x is Plain {
  if (x === null || typeof x !== 'object') return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** True when `x` has no enumerable field but `n` of the listed ones (the caller checks each listed field's value). */
function onlyFields(x: Plain, n: number, names: readonly string[]): boolean {
  let count = 0;
  for (const key in x) {
    if (!names.includes(key)) return false;
    count++;
  }
  return count === n;
}

const amount = (v: unknown, max: number): v is number => typeof v === 'number' && v >= 0 && v <= max && !Object.is(v, -0);
const positive = (v: unknown, max: number): v is number => typeof v === 'number' && v > 0 && v <= max;
const whole = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max && !Object.is(v, -0);
const id = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 64;
const PARTIES: readonly string[] = [...ROLES, 'neutral'];
const BUYERS: readonly string[] = ROLES;

function pair<K1 extends string, K2 extends string>(x: unknown, k1: K1, k2: K2): x is Record<K1 | K2, unknown> {
  return plain(x) && onlyFields(x, 2, [k1, k2]);
}

function single<K extends string>(x: unknown, k: K): x is Record<K, unknown> {
  return plain(x) && onlyFields(x, 1, [k]);
}

const TERMS_FIELDS = ['seller', 'buyer', 'cuPerQuarter', 'pricePerCU', 'quarters'] as const;

function terms(x: unknown): DealTerms | null {
  if (!plain(x) || !onlyFields(x, 5, TERMS_FIELDS)) return null;
  const { seller, buyer, cuPerQuarter, pricePerCU, quarters } = x;
  if (typeof seller !== 'string' || !PARTIES.includes(seller) || typeof buyer !== 'string' || !BUYERS.includes(buyer)) return null;
  if (!positive(cuPerQuarter, L.dealCU) || !positive(pricePerCU, L.dealPricePerCU) || !whole(quarters, 1, L.dealQuarters)) return null;
  return { seller, buyer, cuPerQuarter, pricePerCU, quarters } as DealTerms;
}

function ids(x: unknown): string[] | null {
  if (!Array.isArray(x) || x.length > L.responses) return null;
  const out: string[] = [];
  for (let i = 0; i < x.length; i++) {
    const v: unknown = x[i];
    if (!id(v)) return null;
    out.push(v);
  }
  return out;
}

const ORDER_FIELDS = ['quarter', 'chips', 'customChips', 'build', 'allocation', 'cloud', 'finance', 'statement', 'deals', 'sellChips', 'vendorFinancing'] as const;

/** A copy of `input` as ordersSchema.parse would return it, when it is certainly valid; otherwise null (let zod decide). */
export function copyWellFormedOrders(input: unknown): Orders | null {
  if (!plain(input)) return null;
  const { quarter, chips, customChips, build, allocation, cloud, finance, statement, deals, sellChips, vendorFinancing } = input;
  // An optional field present as undefined is left to zod (it keeps the key).
  const optional = (sellChips === undefined ? 0 : 1) + (vendorFinancing === undefined ? 0 : 1);
  if (!onlyFields(input, 9 + optional, ORDER_FIELDS)) return null;
  if (!whole(quarter, 0, Number.MAX_SAFE_INTEGER)) return null;
  if (!pair(chips, 'gw', 'maxPricePerGW') || !amount(chips.gw, L.chipsGW) || !amount(chips.maxPricePerGW, L.maxPricePerGW)) return null;
  if (!single(customChips, 'gw') || !amount(customChips.gw, L.customChipsGW)) return null;
  if (!pair(build, 'gw', 'expedite') || !amount(build.gw, L.buildGW) || typeof build.expedite !== 'boolean') return null;
  if (!plain(allocation) || !onlyFields(allocation, 3, ['training', 'products', 'cloud'])) return null;
  const { training, products, cloud: cloudShare } = allocation;
  if (!whole(training, 0, 100) || !whole(products, 0, 100) || !whole(cloudShare, 0, 100)) return null;
  if (!pair(cloud, 'launch', 'askPrice') || typeof cloud.launch !== 'boolean' || !amount(cloud.askPrice, L.askPrice)) return null;
  if (!plain(finance) || !onlyFields(finance, 4, ['raiseEquity', 'issueDebt', 'repayDebt', 'buyback'])) return null;
  const { raiseEquity, issueDebt, repayDebt, buyback } = finance;
  if (!amount(raiseEquity, L.raiseEquity) || !amount(issueDebt, L.issueDebt) || !amount(repayDebt, L.repayDebt) || !amount(buyback, L.buyback)) return null;
  if (typeof statement !== 'string' || !(STATEMENT_KINDS as readonly string[]).includes(statement)) return null;
  if (!plain(deals) || !onlyFields(deals, 3, ['propose', 'accept', 'reject'])) return null;
  if (!Array.isArray(deals.propose) || deals.propose.length > L.proposals) return null;
  const propose: DealTerms[] = [];
  for (let i = 0; i < deals.propose.length; i++) {
    const t = terms(deals.propose[i]);
    if (t === null) return null;
    propose.push(t);
  }
  const accept = ids(deals.accept);
  const reject = ids(deals.reject);
  if (accept === null || reject === null) return null;
  const out: Orders = {
    quarter,
    chips: { gw: chips.gw, maxPricePerGW: chips.maxPricePerGW },
    customChips: { gw: customChips.gw },
    build: { gw: build.gw, expedite: build.expedite },
    allocation: { training, products, cloud: cloudShare },
    cloud: { launch: cloud.launch, askPrice: cloud.askPrice },
    finance: { raiseEquity, issueDebt, repayDebt, buyback },
    statement: statement as StatementKind,
    deals: { propose, accept, reject },
  };
  if (sellChips !== undefined) {
    if (!single(sellChips, 'gw') || !amount(sellChips.gw, L.sellChipsGW)) return null;
    out.sellChips = { gw: sellChips.gw };
  }
  if (vendorFinancing !== undefined) {
    if (!single(vendorFinancing, 'accept') || typeof vendorFinancing.accept !== 'boolean') return null;
    out.vendorFinancing = { accept: vendorFinancing.accept };
  }
  return out;
}
