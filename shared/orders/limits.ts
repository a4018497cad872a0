// Per-field caps on one quarter's orders (GAME.md section 7). Money in $B, capacity in GW, compute in CU.
export const ORDER_LIMITS = {
  chipsGW: 10,
  maxPricePerGW: 200,
  customChipsGW: 5,
  sellChipsGW: 50,
  buildGW: 10,
  askPrice: 50,
  raiseEquity: 1000,
  issueDebt: 500,
  repayDebt: 5000,
  buyback: 1000,
  proposals: 3,
  responses: 20,
  dealCU: 50,
  dealPricePerCU: 50,
  dealQuarters: 40,
} as const;
