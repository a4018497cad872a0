import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, ROLES, createMatch, playerView, resolveQuarter, type DealTerms, type MatchState, type Orders, type QuarterReport, type Role } from '../../shared/index';
import { botStream, decideOrders } from '../../shared/bots';
import { HUMAN_OFFER_CHANCE, shortfallCU, spareCU } from '../../shared/bots/human-offers';

// Issue 11 item 3: bots propose deals to the people at the table. A "person" here is a seat played
// by a fixed rule (the bot's orders with an allocation and deal answers of our choosing), and the
// bots are told which seats people play.

interface Offer {
  quarter: number;
  from: Role;
  terms: DealTerms;
  cloudPrice: number;
  /** The person's unserved products demand (CU) in the report the bot read. */
  short: number;
}

/** Plays a match in which `human` plays `play(orders)` of its own bot and the others are classic bots told about it. */
function playWithHuman(seed: string, human: Role, play: (o: Orders, s: MatchState) => Orders, told = true) {
  let s = createMatch(DEFAULT_SCENARIO, {}, seed);
  const offers: Offer[] = [];
  const openPerPair: number[] = [];
  const reports: QuarterReport[] = [];
  while (!s.finished) {
    const orders: Partial<Record<Role, Orders>> = {};
    for (const r of ROLES) {
      if (s.companies[r].bankrupt) continue;
      const o = decideOrders(playerView(s, r, reports), r, 'classic', botStream(s.seed, s.quarter, r), { scenario: DEFAULT_SCENARIO, humans: told && r !== human ? [human] : undefined });
      orders[r] = r === human ? play(structuredClone(o), s) : o;
      if (r !== human) for (const d of o.deals.propose) if (d.buyer === human || d.seller === human) offers.push({ quarter: s.quarter, from: r, terms: d, cloudPrice: s.global.lastCloudPrice, short: shortfallCU(playerView(s, r, reports), human) });
    }
    const out = resolveQuarter(s, orders, []);
    s = out.state;
    reports.push(out.report);
    for (const r of ROLES) if (r !== human) openPerPair.push(s.proposals.filter((p) => p.from === r && p.to === human && p.status === 'open').length);
  }
  return { offers, openPerPair, final: s };
}

/** A person who keeps most compute on training (products demand goes unserved) and answers no deal. */
const trainingHeavy = (o: Orders): Orders => ({ ...o, allocation: { training: 99, products: 1, cloud: 0 }, deals: { propose: [], accept: [], reject: [] } });

describe('bots offer deals to people', () => {
  it('a bot cloud with spare compute offers a short human seat compute at about the market price, at most one open offer per pair', () => {
    let total = 0;
    for (const seed of ['ho-1', 'ho-2', 'ho-3']) {
      const { offers, openPerPair } = playWithHuman(seed, 'meta', trainingHeavy);
      total += offers.length;
      for (const o of offers) {
        expect(o.terms.buyer).toBe('meta');
        expect(o.terms.seller).toBe(o.from);
        expect(o.terms.pricePerCU).toBeGreaterThanOrEqual(o.cloudPrice);
        expect(o.terms.pricePerCU).toBeLessThanOrEqual(1.5 * o.cloudPrice);
        expect(o.terms.cuPerQuarter).toBeGreaterThan(0);
        expect(o.terms.quarters).toBeGreaterThanOrEqual(2);
        expect(o.short).toBeGreaterThan(0.1);
      }
      expect(Math.max(...openPerPair)).toBeLessThanOrEqual(1);
      // Rare: no bot offers in more than half of the quarters.
      for (const r of ROLES) expect(offers.filter((o) => o.from === r).length).toBeLessThanOrEqual(6);
    }
    expect(total).toBeGreaterThan(0);
  });

  it('bots that are not told about people make no such offers (all-bot matches are unchanged)', () => {
    const { offers } = playWithHuman('ho-1', 'meta', trainingHeavy, false);
    expect(offers).toEqual([]);
  });

  it('a person who serves their demand is offered nothing: offers only follow a reported shortfall', () => {
    for (const seed of ['ho-1', 'ho-2', 'ho-3', 'ho-4']) {
      const { offers } = playWithHuman(seed, 'meta', (o) => ({ ...o, deals: { propose: [], accept: [], reject: [] } }));
      for (const o of offers.filter((x) => x.terms.buyer === 'meta')) expect(o.short, `${seed} q${o.quarter} ${o.from}`).toBeGreaterThan(0.1);
    }
  });

  it('is deterministic: the same seed gives the same offers', () => {
    const a = playWithHuman('ho-2', 'meta', trainingHeavy).offers;
    const b = playWithHuman('ho-2', 'meta', trainingHeavy).offers;
    expect(b).toEqual(a);
  });

  it('a bot short of compute asks a human cloud with unsold capacity', () => {
    // Microsoft is the person: it rents out little and leaves compute idle; OpenAI (a bot) is short.
    const idleCloud = (o: Orders): Orders => ({ ...o, allocation: { training: 40, products: 10, cloud: 50 }, cloud: { ...o.cloud, askPrice: 20 }, deals: { propose: [], accept: [], reject: [] } });
    let asked = 0;
    for (const seed of ['hb-1', 'hb-2', 'hb-3']) {
      const { offers } = playWithHuman(seed, 'microsoft', idleCloud);
      for (const o of offers.filter((x) => x.terms.seller === 'microsoft')) {
        asked++;
        expect(o.terms.buyer).toBe(o.from);
        expect(o.terms.pricePerCU).toBeLessThanOrEqual(1.5 * o.cloudPrice);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('reads shortfall and spare compute from the public report only', () => {
    let s = createMatch(DEFAULT_SCENARIO, {}, 'ho-read');
    const v0 = playerView(s, 'google', []);
    expect(shortfallCU(v0, 'meta')).toBe(0);
    expect(spareCU(v0, 'google')).toBe(0);
    const orders: Partial<Record<Role, Orders>> = {};
    for (const r of ROLES) orders[r] = decideOrders(playerView(s, r, []), r, 'classic', botStream(s.seed, 0, r), { scenario: DEFAULT_SCENARIO });
    orders.meta = trainingHeavy(orders.meta!);
    const out = resolveQuarter(s, orders, []);
    s = out.state;
    const v1 = playerView(s, 'google', [out.report]);
    const meta = out.report.products.shares.find((x) => x.role === 'meta')!;
    expect(shortfallCU(v1, 'meta')).toBeCloseTo(meta.unserved / out.report.products.revenuePerCU, 9);
    expect(shortfallCU(v1, 'meta')).toBeGreaterThan(0.1);
    expect(HUMAN_OFFER_CHANCE).toBeGreaterThan(0);
    expect(HUMAN_OFFER_CHANCE).toBeLessThan(1);
  });
});
