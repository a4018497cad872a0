import { ERROR_KEYS, type ErrorKey } from '../../shared/orders/error-keys';
import type { OrderError } from '../../shared/orders/types';
import { isRole } from '../../shared/roles';
import { quarterLabel } from './engineText';
import { money, num, pct } from './format';
import { t, tKey, type MessageKey, type Params } from './index';
import { catalogue } from './index';
import type { Locale } from './locale';

// The engine's and the order validator's error keys (shared/orders/error-keys.ts) in the player's
// words: each key has its message in client/i18n/messages/<lang>/orderErrors.ts, and each
// parameter is formatted with the unit of the field it is about ("$39.0B", "0.5 GW", "120%"), so
// a message reads "You can repay at most $39.0B: that is all your debt".

type Unit = 'gw' | 'money' | 'moneyPerGW' | 'moneyPerCU' | 'pct' | 'cu' | 'count';

/** The unit of a field's value, from its path (`finance.repayDebt`, `deals.propose.0.cuPerQuarter`). */
export function unitOfPath(path: string): Unit {
  const tail = path.split('.').pop() ?? '';
  if (path.startsWith('allocation')) return 'pct';
  if (tail === 'maxPricePerGW') return 'moneyPerGW';
  if (tail === 'askPrice' || tail === 'pricePerCU') return 'moneyPerCU';
  if (tail === 'cuPerQuarter') return 'cu';
  if (tail === 'gw') return 'gw';
  if (path.startsWith('finance')) return 'money';
  return 'count';
}

function withUnit(v: number, unit: Unit): string {
  switch (unit) {
    case 'gw':
      return `${num(v, v !== 0 && Math.abs(v) < 10 ? 2 : 1)} ${t('unit.gw')}`;
    case 'money':
      return money(v);
    case 'moneyPerGW':
      return `${money(v)}/${t('unit.gw')}`;
    case 'moneyPerCU':
      return `${money(v)}/${t('unit.cu')}`;
    case 'pct':
      return pct(v / 100, Number.isInteger(v) ? 0 : 1);
    case 'cu':
      return `${num(v, 1)} ${t('unit.cu')}`;
    default:
      return num(v, Number.isInteger(v) ? 0 : 2);
  }
}

/** How each parameter of each key is shown; parameters not listed follow the field's unit. */
const PARAM_UNITS: Partial<Record<ErrorKey, Record<string, Unit | 'quarter' | 'plural'>>> = {
  'orders.allocation.sum': { got: 'pct' },
  'orders.allocation.cloudWithoutCloud': { got: 'pct' },
  'orders.customChips.cap': { cap: 'gw', got: 'gw' },
  'orders.finance.raiseEquityMax': { max: 'money', got: 'money' },
  'orders.finance.repayMax': { max: 'money', got: 'money' },
  'orders.finance.buybackCash': { cash: 'money', got: 'money' },
  'orders.finance.equityRound': { every: 'plural', next: 'quarter' },
  'orders.finance.debtAccess': { needed: 'plural', have: 'count' },
  'orders.sellChips.max': { max: 'gw', got: 'gw' },
  'orders.deals.tooLong': { max: 'plural', got: 'count' },
  'orders.quarter.mismatch': { got: 'quarter', expected: 'quarter' },
  'action.deal.neutralRefused': { minPrice: 'moneyPerCU', price: 'moneyPerCU', spare: 'cu', cu: 'cu' },
  'field.tooMany': { max: 'count', got: 'count' },
};

function localize(key: string, name: string, v: string | number, path: string): string | number {
  if (typeof v === 'number') {
    const how = PARAM_UNITS[key as ErrorKey]?.[name] ?? unitOfPath(path);
    if (how === 'plural') return v;
    if (how === 'quarter') return quarterLabel(v);
    return withUnit(v, how);
  }
  if ((name === 'role' || name === 'party' || name === 'got') && (isRole(v) || v === 'neutral')) {
    return t((v === 'neutral' ? 'common.neutral' : `role.${v}.name`));
  }
  if (name === 'status' && ['none', 'launching', 'live', 'open', 'accepted', 'rejected', 'expired'].includes(v)) {
    return t(`status.${v}` as MessageKey);
  }
  return v;
}

/** The message for one error in the active language, with units and the limit (without the field's name). */
export function translateOrderError(e: Pick<OrderError, 'key' | 'params' | 'message'> & { path?: string }): string {
  const params: Params = {};
  for (const [k, v] of Object.entries(e.params ?? {})) params[k] = localize(e.key, k, v, e.path ?? '');
  const key = `orderError.${e.key}`;
  return tKey(key, params, e.message);
}

/** Every error key's message in a language (the catalogue test checks none is missing). */
export function orderErrorCatalogue(locale: Locale): Record<string, string | undefined> {
  const table = catalogue(locale);
  return Object.fromEntries(ERROR_KEYS.map((k) => [k, table[`orderError.${k}`]]));
}
