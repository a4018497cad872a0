import type { CompanyReport, QuarterReport } from '../../shared/engine/types';
import type { Orders } from '../../shared/orders/types';
import type { MatchRecord, QuarterRecord } from '../../shared/replay';
import type { Role } from '../../shared/roles';
import { monogramKey } from '../assets';
import { t, type MessageKey } from '../i18n';
import { eventTitle, partyName, quarterLabel } from '../i18n/engineText';
import { personaName } from '../i18n/personas';
import { money, num, pctDelta, price } from '../i18n/format';
import { companyColor, palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { roleName } from '../ui/company';
import { roundRect } from '../ui/draw';
import { label } from '../ui/text';
import { rt, type ReplayKey } from './i18n';
import type { Loaded } from './store';

// The teaching view: for the quarter just resolved, every seat's orders side by side with what
// followed (chips obtained, revenue, profit, cash, share price). Seeing why things happened.

const total = (lines: { amount: number }[]) => lines.reduce((s, l) => s + l.amount, 0);

/** Who played the seat: the person's name, or the bot's persona. */
function seatLine(record: MatchRecord, role: Role): string {
  const seat = record.seats.find((s) => s.role === role);
  if (!seat) return '';
  if (seat.kind === 'human' && seat.name) return seat.name;
  return `${t('seat.bot')} · ${personaName(seat.persona)}`;
}

interface Cell {
  main: string;
  sub?: string;
  sub2?: string;
  color?: number;
}

function orderCells(o: Orders | undefined, q: QuarterRecord, role: Role): Cell[] {
  if (!o) return [{ main: '—' }, { main: '—' }, { main: '—' }, { main: '—' }, { main: '—' }, { main: '—' }];
  const custom = o.customChips.gw > 0 ? rt('rp.orders.custom', { gw: num(o.customChips.gw, 2) }) : '';
  const limit = o.chips.maxPricePerGW > 0 ? rt('rp.orders.limit', { limit: money(o.chips.maxPricePerGW) }) : rt('rp.orders.anyPrice');
  const chips: Cell =
    o.chips.gw > 0
      ? { main: num(o.chips.gw, 2), sub: limit, sub2: custom || undefined }
      : custom
        ? { main: custom }
        : { main: '—', color: palette.textMuted };
  const build: Cell = o.build.gw > 0 ? { main: num(o.build.gw, 2), sub: o.build.expedite ? rt('rp.orders.expedite') : undefined } : { main: '—', color: palette.textMuted };
  const a = o.allocation;
  const split: Cell = { main: `${a.training} / ${a.products} / ${a.cloud}` };
  const cloud: Cell = o.cloud.launch
    ? { main: rt('rp.orders.launch'), color: palette.highlight }
    : a.cloud > 0
      ? { main: o.cloud.askPrice > 0 ? rt('rp.orders.ask', { price: money(o.cloud.askPrice) }) : rt('rp.orders.taker') }
      : { main: '—', color: palette.textMuted };
  const f = o.finance;
  const fin = [
    f.raiseEquity > 0 ? rt('rp.orders.equity', { x: money(f.raiseEquity) }) : '',
    f.issueDebt > 0 ? rt('rp.orders.debt', { x: money(f.issueDebt) }) : '',
    f.repayDebt > 0 ? rt('rp.orders.repay', { x: money(f.repayDebt) }) : '',
    f.buyback > 0 ? rt('rp.orders.buyback', { x: money(f.buyback) }) : '',
  ].filter(Boolean);
  const finance: Cell = fin.length ? { main: fin[0], sub: fin[1], sub2: fin.slice(2).join(' · ') || undefined } : { main: '—', color: palette.textMuted };
  const d = o.deals;
  const moves = q.dealActions.filter((x) => x.seat === role).length;
  const dealBits = [
    d.propose.length ? rt('rp.orders.propose', { n: d.propose.length }) : '',
    d.accept.length ? rt('rp.orders.accept', { n: d.accept.length }) : '',
    d.reject.length ? rt('rp.orders.reject', { n: d.reject.length }) : '',
    moves ? rt('rp.orders.dealActions', { n: moves }) : '',
  ].filter(Boolean);
  const talk: Cell = { main: o.statement === 'none' ? '—' : t(`stmt.${o.statement}` as MessageKey), sub: dealBits[0], sub2: dealBits.slice(1).join(' · ') || undefined, color: o.statement === 'none' ? palette.textMuted : palette.text };
  return [chips, build, split, cloud, finance, talk];
}

function outcomeCells(r: QuarterReport, cr: CompanyReport | undefined, prevPrice: number | null): Cell[] {
  if (!cr) return [{ main: '—' }, { main: '—' }, { main: '—' }, { main: '—' }, { main: '—' }];
  if (cr.bankrupt) {
    const b = { main: rt('rp.orders.bankrupt'), color: palette.bad };
    return [b, b, b, b, b];
  }
  const fill = r.chips.fills.find((x) => x.role === cr.role);
  const custom = r.chips.custom.find((x) => x.role === cr.role);
  const customGot = custom && custom.gw > 0 ? rt('rp.orders.custom', { gw: num(custom.gw, 2) }) : '';
  const chips: Cell =
    fill && fill.requestedGW > 0
      ? fill.droppedOut
        ? { main: rt('rp.orders.droppedOut'), color: palette.warn, sub2: customGot || undefined }
        : {
            main: num(fill.filledGW, 2),
            sub: rt('rp.orders.at', { price: money(r.chips.price) }),
            sub2: customGot || undefined,
            color: fill.filledGW < fill.requestedGW - 1e-9 ? palette.warn : palette.text,
          }
      : customGot
        ? { main: customGot }
        : { main: '—', color: palette.textMuted };
  const revenue = total(cr.pnl.revenue);
  const v = cr.valuation;
  const change = prevPrice && prevPrice > 0 ? v.sharePrice / prevPrice - 1 : 0;
  return [
    chips,
    { main: money(revenue) },
    { main: money(cr.pnl.netIncome), color: cr.pnl.netIncome >= 0 ? palette.good : palette.bad },
    { main: money(cr.cashFlow.closing), color: cr.cashFlow.closing >= 0 ? palette.text : palette.bad, sub: cr.distress.length ? cr.distress.map((k) => k.replace(/^distress\./, '')).join(', ') : undefined },
    { main: price(v.sharePrice), sub: pctDelta(change), color: change >= 0 ? palette.good : palette.bad },
  ];
}

/**
 * One cell, stacked from its top: the main figure in bold (one size smaller and on two lines when
 * it does not fit, e.g. "Capex discipline" or long Arabic units), then the details, each wrapped
 * to the column on up to two lines while the row has room. The whole cell is also in its tooltip.
 */
function cellLabels(ui: BaseScene, x: number, y: number, w: number, bottom: number, cell: Cell): void {
  const color = cell.color ?? palette.text;
  let main = label(ui, x, y, cell.main, { size: 'small', bold: true, color });
  if (main.width > w) {
    main.destroy();
    main = label(ui, x, y + 1, cell.main, { size: 'tiny', bold: true, color, wrap: w, maxLines: 2 });
  }
  let yy = main.y + main.height + 2;
  for (const text of [cell.sub, cell.sub2]) {
    if (!text) continue;
    const lines = Math.min(2, Math.floor((bottom - yy) / 13.5));
    if (lines < 1) break;
    const l = label(ui, x, yy, text, { size: 'tiny', color: palette.textDim, wrap: w, maxLines: lines });
    yy += l.height + 1;
  }
}

export function renderOrders(ui: BaseScene, box: Box, loaded: Loaded, position: number): void {
  const { record, states, reports } = loaded;
  const roles = record.settings.activeSeats;
  if (position === 0) {
    label(ui, box.start(8), box.y + 8, rt('rp.atStart'), { size: 'body', color: palette.textDim, wrap: box.w - 16 });
    const start = states[0];
    const rowsTop = box.y + 80;
    const rowH = Math.min(56, (box.bottom - rowsTop) / Math.max(1, roles.length));
    roles.forEach((role, i) => {
      const b = new Box(box.x, rowsTop + i * rowH, box.w, rowH - 6);
      roundRect(ui.add.graphics(), b, 8, palette.bgDeep, 0.5, palette.stroke, 1);
      ui.add.image(b.start(22), b.cy, monogramKey(role)).setDisplaySize(28, 28);
      label(ui, b.start(44), b.cy, `${roleName(role)} · ${seatLine(record, role)}`, { size: 'small', bold: true, color: companyColor[role], originY: 0.5, maxWidth: b.w * 0.4 });
      const c = start.companies[role];
      label(ui, b.end(12), b.cy, `${t('co.sharePrice')} ${price(c.sharePrice)} · ${t('co.cash')} ${money(c.cash)} · ${rt(`rp.cloud.${c.cloud.status}`)}`, { size: 'small', color: palette.textDim, align: 'end', originY: 0.5, maxWidth: b.w * 0.55 });
    });
    return;
  }
  const qi = position - 1;
  const q = record.quarters[qi];
  const r = reports[qi]!;
  const before = states[position - 1];

  // Header: what happened to everyone this quarter.
  const hostEvents = q.hostEvents.map((e) => `${eventTitle(e.id)}${e.target ? ` (${partyName(e.target)})` : ''}`);
  const started = r.events.filter((e) => e.started && !e.injected).map((e) => `${eventTitle(e.id)}${e.target ? ` (${partyName(e.target)})` : ''}`);
  const bits = [
    rt('rp.moodLine', { before: num(r.mood.before, 0), after: num(r.mood.after, 0) }),
    hostEvents.length ? rt('rp.hostEvents', { list: hostEvents.join(', ') }) : '',
    started.length ? rt('rp.events', { list: started.join(', ') }) : hostEvents.length ? '' : rt('rp.noEvents'),
    `${t('mk.chips')} ${money(r.chips.price)}/${t('unit.gw')} · ${t('mk.cloud')} ${money(r.cloud.price)}/${t('unit.cu')}`,
  ].filter(Boolean);
  label(ui, box.start(4), box.y, bits.join('   ·   '), { size: 'small', color: palette.textDim, maxWidth: box.w - 8 });

  // Column layout: seat | six order columns | arrow | five outcome columns.
  const top = box.y + 26;
  const seatW = Math.round(Math.min(170, box.w * 0.13));
  const arrowW = 18;
  const restW = box.w - seatW - arrowW - 8;
  const ordersW = restW * 0.52;
  const outW = restW - ordersW;
  const orderCols = [1.0, 0.8, 0.95, 0.95, 1.1, 1.2];
  const outCols = [1.1, 0.95, 0.95, 0.95, 0.95];
  const widths = (weights: number[], w: number) => weights.map((x) => (x / weights.reduce((a, b) => a + b, 0)) * w);
  const ow = widths(orderCols, ordersW);
  const uw = widths(outCols, outW);
  const ordersX0 = seatW + 4;
  const outX0 = ordersX0 + ordersW + arrowW + 4;

  // Group headers and column titles.
  const groupY = top;
  const g0 = new Box(box.startX(ordersX0, ordersW), groupY, ordersW, 22);
  const g1 = new Box(box.startX(outX0, outW), groupY, outW, 22);
  roundRect(ui.add.graphics(), g0, 6, palette.panelRaised, 1);
  roundRect(ui.add.graphics(), g1, 6, palette.panelRaised, 1);
  label(ui, g0.start(8), g0.cy, rt('rp.orders.given', { quarter: quarterLabel(qi) }), { size: 'small', bold: true, originY: 0.5 });
  label(ui, g1.start(8), g1.cy, rt('rp.orders.followed'), { size: 'small', bold: true, color: palette.highlight, originY: 0.5 });
  const titles: ReplayKey[] = ['rp.orders.chips', 'rp.orders.build', 'rp.orders.split', 'rp.orders.cloud', 'rp.orders.finance', 'rp.orders.talk'];
  const outTitles: ReplayKey[] = ['rp.orders.chipsGot', 'rp.orders.revenue', 'rp.orders.netIncome', 'rp.orders.cash', 'rp.orders.share'];
  const colY = groupY + 28;
  let x = ordersX0;
  titles.forEach((k, i) => {
    label(ui, box.start(x + 6), colY, rt(k), { size: 'tiny', color: palette.textMuted, maxWidth: ow[i] - 8 });
    x += ow[i];
  });
  x = outX0;
  outTitles.forEach((k, i) => {
    label(ui, box.start(x + 6), colY, rt(k), { size: 'tiny', color: palette.textMuted, maxWidth: uw[i] - 8 });
    x += uw[i];
  });

  const rowsTop = colY + 20;
  const rowH = Math.min(84, (box.bottom - rowsTop) / Math.max(1, roles.length));
  roles.forEach((role, i) => {
    const row = new Box(box.x, rowsTop + i * rowH, box.w, rowH - 6);
    const g = ui.add.graphics();
    roundRect(g, row, 8, palette.bgDeep, 0.55, palette.stroke, 1);
    g.fillStyle(companyColor[role], 1).fillRect(row.startX(0, 4), row.y + 8, 4, row.h - 16);
    ui.add.image(row.start(24), row.y + 22, monogramKey(role)).setDisplaySize(26, 26);
    label(ui, row.start(42), row.y + 8, roleName(role), { size: 'small', bold: true, color: companyColor[role], maxWidth: seatW - 44 });
    const seat = record.seats.find((x) => x.role === role);
    const isBot = seat?.kind !== 'human' || !seat.name;
    label(ui, row.start(42), row.y + 27, isBot ? personaName(seat?.persona ?? '') : seat!.name, { size: 'tiny', color: palette.textDim, maxWidth: seatW - 44 });
    const src = q.sources?.[role];
    const tag = src && !(src === 'bot' && isBot) ? rt(`rp.src.${src}` as ReplayKey) : isBot ? t('seat.bot') : '';
    if (tag) label(ui, row.start(42), row.y + 44, tag, { size: 'tiny', color: src === 'submitted' ? palette.good : src === 'default' ? palette.warn : palette.textMuted, maxWidth: seatW - 44 });
    const cr = r.companies.find((c) => c.role === role);
    const prevReport = qi > 0 ? reports[qi - 1]?.companies.find((c) => c.role === role) : undefined;
    const prevPrice = prevReport ? prevReport.valuation.sharePrice : before.companies[role].sharePrice;
    const draw = (cells: Cell[], x0: number, ws: number[], part: string) => {
      let cx = x0;
      cells.forEach((cell, k) => {
        const w = ws[k];
        const full = [cell.main, cell.sub, cell.sub2].filter(Boolean).join('\n');
        const cellBox = new Box(row.startX(cx, w), row.y, w, row.h);
        const zone = ui.add.zone(cellBox.x, cellBox.y, cellBox.w, cellBox.h).setOrigin(0, 0).setInteractive();
        const tipId = `replay.cell.${role}.${part}.${k}`;
        zone.on('pointerover', () => ui.tooltip.show(tipId, full, cellBox));
        zone.on('pointerout', () => ui.tooltip.hide(tipId));
        cellLabels(ui, row.start(cx + 6), row.y + 6, w - 10, row.bottom - 1, cell);
        cx += w;
      });
    };
    draw(orderCells(q.orders[role], q, role), ordersX0, ow, 'orders');
    label(ui, row.start(ordersX0 + ordersW + arrowW / 2 + 2), row.y + 12, document.documentElement.dir === 'rtl' ? '←' : '→', { size: 'h3', color: palette.textMuted, align: 'center' });
    draw(outcomeCells(r, cr, prevPrice), outX0, uw, 'outcome');
    ui.expose(`replay.row.${role}`, () => ({
      kind: 'readout',
      label: roleName(role),
      enabled: true,
      focused: false,
      state: { quarter: qi, source: src ?? null, orders: q.orders[role] ?? null, sharePrice: cr?.valuation.sharePrice ?? null },
      x: row.x,
      y: row.y,
      w: row.w,
      h: row.h,
    }));
  });
}
