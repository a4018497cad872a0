import type { CompanyReport, ValuationReport } from '../../shared/engine/types';
import { t } from '../i18n';
import { money, num, pct, penalty } from '../i18n/format';
import { palette } from '../theme/palette';

// How investors valued a company last quarter, in the numbers engine 2 adds (GAME.md 12): circular
// share, capex penalty, cost of capital, the growth still priced in a saturating market (2.4.0),
// keeping up the AI fleet (2.7.0), solvency headroom and the second-hand price of its chips.
// Each figure has its name, its value formatted for the active language, a tone and a tooltip.
// Reports from engine 1 (replays of old records) lack most of them: those figures are left out.

export type FigureId = 'circular' | 'capexPenalty' | 'costOfCapital' | 'growthRoom' | 'keepUp' | 'headroom' | 'secondHand';
export type Tone = 'good' | 'warn' | 'bad' | 'plain';

export interface InvestorFigure {
  id: FigureId;
  name: string;
  value: string;
  tone: Tone;
  help: string;
}

/**
 * Share of value investors take off for unbacked capex, 0 = none. Engine 2 reports it as
 * `capexPenalty` beside `capexFactor` (= 1 − penalty); engine 1 reports had only `capexPenalty`,
 * and it was the factor (1 = none).
 */
export function capexPenaltyShare(v: Pick<ValuationReport, 'capexPenalty'> & { capexFactor?: number }): number {
  const share = typeof v.capexFactor === 'number' ? v.capexPenalty : 1 - v.capexPenalty;
  return Math.min(1, Math.max(0, share));
}

/** A circular share worth a warning colour: a tenth of revenue and funding going round. */
const CIRCULAR_WARN = 0.1;
/** A capex penalty drawn in the bad colour (below it, a warning). */
const PENALTY_BAD = 0.05;
/** Investing under half of what keeping up the fleet needs is drawn in the bad colour. */
const KEEP_UP_BAD = 0.5;
/** Growth priced at under this share of a young market's multiple is worth a warning colour. */
const GROWTH_ROOM_WARN = 0.5;

export function investorFigures(cr: CompanyReport): InvestorFigure[] {
  const v = cr.valuation;
  const out: InvestorFigure[] = [];
  if (typeof v.circularShare === 'number') {
    out.push({
      id: 'circular',
      name: t('inv.circular'),
      value: pct(v.circularShare, 0),
      tone: v.circularShare >= CIRCULAR_WARN ? 'warn' : 'plain',
      help: t('help.circular', { rate: pct(v.circularDiscount ?? 0, 0), value: money(v.circularDiscountValue ?? 0) }),
    });
  }
  const pen = capexPenaltyShare(v);
  out.push({
    id: 'capexPenalty',
    name: t('inv.capexPenalty'),
    value: penalty(pen),
    tone: pen >= PENALTY_BAD ? 'bad' : pen > 0.0005 ? 'warn' : 'good',
    help: t('help.capexPenalty', { unbacked: pct(v.unbackedShare ?? 0, 0), value: money(v.capexPenaltyValue ?? 0) }),
  });
  if (typeof v.costOfCapital === 'number') {
    out.push({ id: 'costOfCapital', name: t('inv.costOfCapital'), value: pct(v.costOfCapital, 1), tone: 'plain', help: t('help.costOfCapital', { factor: num(v.moodFactor, 2) }) });
  }
  if (typeof v.growthRoom === 'number') {
    out.push({
      id: 'growthRoom',
      name: t('inv.growthRoom'),
      value: pct(v.growthRoom, 0),
      tone: v.growthRoom < GROWTH_ROOM_WARN ? 'warn' : 'plain',
      help: t('help.growthRoom', { room: pct(v.growthRoom, 0) }),
    });
  }
  const ku = cr.keepUp;
  if (ku) {
    out.push({
      id: 'keepUp',
      name: t('inv.keepUp'),
      value: `${money(ku.invested)} / ${money(ku.needed)}`,
      tone: ku.shortfall >= KEEP_UP_BAD ? 'bad' : ku.shortfall > 0 ? 'warn' : 'good',
      help: t('help.keepUp', { needed: money(ku.needed), drag: num(ku.drag > 0 ? -ku.drag : 0, 2), points: num(ku.erosion * 100, 1) }),
    });
  }
  const sv = cr.solvency;
  if (sv) {
    const leverage = sv.leverage === null ? t('inv.noDebt') : `${num(sv.leverage, 1)}×`;
    out.push({
      id: 'headroom',
      name: t('inv.headroom'),
      value: money(sv.headroom),
      tone: sv.covenantBroken || sv.headroom <= 0 ? 'bad' : 'plain',
      help: t('help.headroom', { cash: money(cr.cashFlow.closing), revolver: money(sv.revolverRoom), emergency: money(sv.emergencyCapacity), leverage, covenant: num(sv.covenantLeverage, 1) }),
    });
  }
  const cap = cr.capacity;
  if (typeof cap.secondHandPricePerGW === 'number') {
    out.push({
      id: 'secondHand',
      name: t('inv.secondHand'),
      value: cap.secondHandPricePerGW > 0 ? `${money(cap.secondHandPricePerGW)}/${t('unit.gw')}` : t('common.none'),
      tone: 'plain',
      help: t('help.secondHand', { total: money(cap.secondHandValue ?? 0) }),
    });
  }
  return out;
}

export function toneColor(tone: Tone): number {
  return tone === 'good' ? palette.good : tone === 'warn' ? palette.warn : tone === 'bad' ? palette.bad : palette.text;
}
