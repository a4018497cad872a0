import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runBotMatch } from '../../shared/bots';
import { CSV_HEADER, classCsvTable, rounded } from '../../shared/classroom/csv';
import { groupDataFromState, type ClassData, type GroupSeat, type QuarterInputs } from '../../shared/classroom/data';
import type { Orders } from '../../shared/orders/types';
import { ROLES, type Role } from '../../shared/roles';
import { must } from '../../shared/lists';

// The class CSV's order columns and who decided them: every order field with its unit in the
// column name, sensible rounding, and decided_by (student name, autopilot, bot, host, defaults).

const seats: GroupSeat[] = ROLES.map((role) => ({ role, kind: role === 'openai' || role === 'meta' ? 'human' : 'bot', persona: 'classic', name: role === 'openai' ? 'Ada' : role === 'meta' ? 'Bo' : '' }));

function data(withInputs: boolean): ClassData {
  const r = runBotMatch({ seed: 'csv-seed', quarters: 4, seats: { openai: 'classic', meta: 'builder' } });
  // Quarter 2: OpenAI's orders as a student would send them, with every field set.
  const crafted: Orders = {
    ...structuredClone(must(r.orders[1]?.openai, "OpenAI's quarter-2 orders")),
    chips: { gw: 1.23456, maxPricePerGW: 41.987654 },
    customChips: { gw: 0.5 },
    build: { gw: 2, expedite: true },
    allocation: { training: 30, products: 50, cloud: 20 },
    cloud: { launch: true, askPrice: 3.456789 },
    finance: { raiseEquity: 10.00049, issueDebt: 5, repayDebt: 1.5, buyback: 0.25 },
    statement: 'hype',
    deals: { propose: [{ seller: 'microsoft', buyer: 'openai', cuPerQuarter: 1.5, pricePerCU: 3.2, quarters: 8 }], accept: ['p3'], reject: ['p4', 'p5'] },
    sellChips: { gw: 0.75 },
    vendorFinancing: { accept: true },
  };
  const inputs: QuarterInputs[] = r.orders.map((orders, q) => ({
    orders: q === 1 ? { ...orders, openai: crafted } : orders,
    sources: Object.fromEntries(ROLES.map((role) => [role, role === 'openai' || role === 'meta' ? 'submitted' : 'bot'])),
    trigger: 'timer',
    ...(q === 2 ? { decidedBy: { openai: { kind: 'autopilot' }, meta: { kind: 'host' } } } : {}),
  }));
  const g = groupDataFromState(r.final, r.reports, { group: 0, code: 'CODE0A', status: 'finished', seats, ...(withInputs ? { inputs } : {}) });
  return { classId: 'CLS234', title: 'Period 3', createdAt: '2026-01-01T00:00:00.000Z', seed: 'csv-seed', scenarioId: g.scenarioId, quarters: 4, groups: [g] };
}

function rows(d: ClassData): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(Papa.unparse(classCsvTable(d)), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const at = (all: Record<string, string>[], quarter: number, role: Role) => all.find((r) => r.quarter === String(quarter) && r.role === role)!;

describe('the class CSV: orders and who decided them', () => {
  it('has a column for every order field, with units in the names', () => {
    for (const name of [
      'decided_by', 'decided_kind', 'order_chips_gw', 'order_chips_max_price_usd_b_per_gw', 'order_custom_chips_gw', 'order_build_gw', 'order_build_expedite',
      'order_alloc_training_pct', 'order_alloc_products_pct', 'order_alloc_cloud_pct', 'order_cloud_launch', 'order_cloud_ask_price_usd_b_per_cu',
      'order_raise_equity_usd_b', 'order_issue_debt_usd_b', 'order_repay_debt_usd_b', 'order_buyback_usd_b', 'order_statement',
      'order_deals_proposed', 'order_deals_accepted', 'order_deals_rejected', 'order_vendor_financing', 'order_sell_chips_gw',
      'revenue_usd_b', 'cash_usd_b', 'share_price_usd', 'market_cap_usd_b', 'tsr_pct', 'chip_price_usd_b_per_gw', 'cloud_price_usd_b_per_cu',
    ]) expect(CSV_HEADER, name).toContain(name);
    expect(new Set(CSV_HEADER).size).toBe(CSV_HEADER.length);
    // Every money column says it is money, every share says percent.
    expect(CSV_HEADER.filter((h) => /revenue|cash|debt|capex|ebitda|income|market_cap/.test(h) && !/growth|_pct$/.test(h)).every((h) => h.endsWith('_usd_b'))).toBe(true);
  });

  it("writes the orders the company resolved with, rounded, and the student's name as who decided", () => {
    const d = data(true);
    const all = rows(d);
    expect(all).toHaveLength(4 * 5);
    expect(at(all, 2, 'openai')).toMatchObject({
      decided_by: 'Ada',
      decided_kind: 'student',
      order_chips_gw: '1.235',
      order_chips_max_price_usd_b_per_gw: '41.988',
      order_custom_chips_gw: '0.5',
      order_build_gw: '2',
      order_build_expedite: '1',
      order_alloc_training_pct: '30',
      order_alloc_products_pct: '50',
      order_alloc_cloud_pct: '20',
      order_cloud_launch: '1',
      order_cloud_ask_price_usd_b_per_cu: '3.4568',
      order_raise_equity_usd_b: '10',
      order_issue_debt_usd_b: '5',
      order_repay_debt_usd_b: '1.5',
      order_buyback_usd_b: '0.25',
      order_statement: 'hype',
      order_deals_proposed: 'microsoft>openai 1.5cu@3.2x8q',
      order_deals_accepted: 'p3',
      order_deals_rejected: 'p4;p5',
      order_vendor_financing: '1',
      order_sell_chips_gw: '0.75',
    });
    // Bots are marked as bots; a quarter the autopilot or the host decided says so, not the student.
    expect(at(all, 1, 'google')).toMatchObject({ seat_kind: 'bot', decided_by: 'bot', decided_kind: 'bot', player: '' });
    expect(at(all, 3, 'openai')).toMatchObject({ player: 'Ada', decided_by: 'autopilot', decided_kind: 'autopilot' });
    expect(at(all, 3, 'meta')).toMatchObject({ player: 'Bo', decided_by: 'host', decided_kind: 'host' });
    // Rounding: money to $1 M, percentages to 0.01, share prices to the cent.
    const openai = must(d.groups[0]?.quarters[1]?.companies[0], 'OpenAI in group 1, quarter 2');
    expect(at(all, 2, 'openai').cash_usd_b).toBe(String(rounded(openai.cash, 3)));
    expect(at(all, 2, 'openai').tsr_pct).toBe(String(rounded(openai.tsr * 100, 2)));
    expect(at(all, 2, 'openai').share_price_usd).toBe(String(rounded(openai.sharePrice, 2)));
    for (const r of all) for (const col of ['cash_usd_b', 'tsr_pct', 'share_price_usd']) expect(r[col]).toMatch(/^-?\d+(\.\d{1,3})?$/);
  });

  it('leaves the order columns empty when the inputs are not known', () => {
    const all = rows(data(false));
    expect(at(all, 2, 'openai')).toMatchObject({ decided_by: '', order_chips_gw: '', order_statement: '', order_deals_proposed: '' });
    // A bot seat is still marked a bot.
    expect(at(all, 2, 'amazon')).toMatchObject({ decided_by: 'bot' });
  });

  it('rounds without -0 and with not-a-number as 0', () => {
    expect(rounded(-0.0001, 3)).toBe(0);
    expect(Object.is(rounded(-0.0001, 3), -0)).toBe(false);
    expect(rounded(Number.NaN, 2)).toBe(0);
    expect(rounded(2.345678, 2)).toBe(2.35);
  });
});
