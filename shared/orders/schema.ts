import { z } from 'zod';
import { ROLES } from '../roles';
import { ORDER_LIMITS as L } from './limits';
import { STATEMENT_KINDS } from './types';

// Shape and per-field bounds of one quarter's orders (GAME.md section 7). Rules that need the
// match state (role, quarter, cash, cloud status …) are checked in validate.ts.

const amount = (max: number) => z.number().min(0).max(max);
const party = z.enum([...ROLES, 'neutral']);

export const dealTermsSchema = z
  .object({
    seller: party,
    buyer: z.enum(ROLES),
    cuPerQuarter: z.number().gt(0).max(L.dealCU),
    pricePerCU: z.number().gt(0).max(L.dealPricePerCU),
    quarters: z.number().int().min(1).max(L.dealQuarters),
  })
  .strict();

export const ordersSchema = z
  .object({
    quarter: z.number().int().min(0),
    chips: z.object({ gw: amount(L.chipsGW), maxPricePerGW: amount(L.maxPricePerGW) }).strict(),
    customChips: z.object({ gw: amount(L.customChipsGW) }).strict(),
    build: z.object({ gw: amount(L.buildGW), expedite: z.boolean() }).strict(),
    allocation: z
      .object({
        training: z.number().int().min(0).max(100),
        products: z.number().int().min(0).max(100),
        cloud: z.number().int().min(0).max(100),
      })
      .strict(),
    cloud: z.object({ launch: z.boolean(), askPrice: amount(L.askPrice) }).strict(),
    finance: z
      .object({
        raiseEquity: amount(L.raiseEquity),
        issueDebt: amount(L.issueDebt),
        repayDebt: amount(L.repayDebt),
        buyback: amount(L.buyback),
      })
      .strict(),
    statement: z.enum(STATEMENT_KINDS as unknown as [string, ...string[]]),
    deals: z
      .object({
        propose: z.array(dealTermsSchema).max(L.proposals),
        accept: z.array(z.string().min(1).max(64)).max(L.responses),
        reject: z.array(z.string().min(1).max(64)).max(L.responses),
      })
      .strict(),
    sellChips: z.object({ gw: amount(L.sellChipsGW) }).strict().optional(),
    vendorFinancing: z.object({ accept: z.boolean() }).strict().optional(),
  })
  .strict();
