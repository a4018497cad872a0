import type { QuarterReport } from '../../../shared/engine/types';
import { t } from '../../i18n';
import { money, num } from '../../i18n/format';
import type { FigureRows } from './FigureTable';
import { companyName } from './seatText';

// A quarter's two markets as figures: the clearing, and who bought chips or sold cloud at it.

export function chipRows(r: QuarterReport): FigureRows {
  const c = r.chips;
  return {
    columns: [t('rp.mk.company'), t('rp.mk.ordered'), t('rp.mk.limit'), t('rp.mk.got')],
    rows: [
      ...c.fills.map((f) => ({
        key: f.role,
        cells: [companyName(f.role), num(f.requestedGW, 2), f.maxPrice > 0 ? money(f.maxPrice) : t('rp.orders.anyPrice'), f.droppedOut ? t('rp.orders.droppedOut') : num(f.filledGW, 2)],
      })),
      { key: 'neutral', cells: [t('rp.mk.outside'), num(c.neutralDemand, 2), money(c.listPrice), num(c.neutralFilled, 2)] },
    ],
  };
}

export function cloudRows(r: QuarterReport): FigureRows {
  const c = r.cloud;
  return {
    columns: [t('rp.mk.seller'), t('rp.mk.ask'), t('rp.mk.offered'), t('rp.mk.sold')],
    rows: c.offers.map((o, i) => ({
      key: `${o.seller}-${i}`,
      cells: [o.seller === 'neutral' ? t('rp.mk.outside') : companyName(o.seller), o.ask > 0 ? money(o.ask) : t('rp.orders.taker'), num(o.offeredCU, 1), num(o.soldCU, 1)],
    })),
  };
}

