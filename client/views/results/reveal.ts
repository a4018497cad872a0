// The order in which a new report's charts draw in (ms after the quarter transition), as the old
// Results told it: the markets clear, the company's P&L builds up, the mood needle swings, then why
// the mood and the share price moved.
export const REVEAL = {
  chips: 0,
  cloud: 400,
  pnl: 700,
  moodGauge: 1000,
  moodCauses: 1500,
  shareCauses: 1900,
} as const;
