import type { Role } from '../../shared/roles';
import { iconKey, monogramKey } from '../assets';
import { t, type MessageKey } from '../i18n';
import { quarterLabel } from '../i18n/engineText';
import { money, num, pct, pctDelta, price } from '../i18n/format';
import type { MatchSnapshot } from '../state/model';
import { companyColor, palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { roleName } from '../ui/company';
import { roundRect } from '../ui/draw';
import { panel } from '../ui/panel';
import { divider, stat } from '../ui/stat';
import { label } from '../ui/text';
import { capacityOf, commitmentsAhead, qualityRank, standingsOf } from './data';

// The seat's company at a glance: money, capacity (ready / idle / stranded, on order, under
// construction), model and cloud, last quarter's P&L and cash flow, commitments ahead.

function section(ui: BaseScene, c: Box, y: number, title: string): number {
  label(ui, c.start(), y, title.toUpperCase(), { size: 'tiny', bold: true, color: palette.textMuted, letterSpacing: 1 });
  return y + 17;
}

export function renderCompanyPanel(ui: BaseScene, box: Box, s: MatchSnapshot, role: Role): void {
  const co = s.companies[role];
  const p = panel(ui, box, { title: t('co.title'), icon: monogramKey(role), accent: companyColor[role], help: t('co.help'), helpId: 'help.company' });
  const c = p.content;
  if (!co) return;
  const row = 18;
  let y = c.y - 2;
  const tsr = co.startSharePrice > 0 ? co.sharePrice / co.startSharePrice - 1 : 0;
  stat(ui, c.x, y, c.w, t('co.cash'), money(co.cash), { help: t('help.cash'), icon: iconKey('cash'), id: 'co.cash', valueColor: co.cash < 0 ? palette.bad : palette.text });
  y += row;
  stat(ui, c.x, y, c.w, t('co.debt'), co.debt + co.revolver > 0 ? `${money(co.debt + co.revolver)} · ${pct(co.debtRate, 1)}` : money(0), { help: t('help.debt'), icon: iconKey('debt'), id: 'co.debt' });
  y += row;
  stat(ui, c.x, y, c.w, role === 'openai' ? t('co.impliedPrice') : t('co.sharePrice'), `${price(co.sharePrice)}  ${pctDelta(tsr)}`, {
    help: t('help.sharePrice'),
    icon: iconKey('investors'),
    id: 'co.sharePrice',
    valueColor: tsr >= 0 ? palette.good : palette.bad,
  });
  y += row;
  stat(ui, c.x, y, c.w, t('co.marketCap'), money(co.sharePrice * co.shares), { help: t('help.marketCap') });
  y += row + 6;
  divider(ui, c.x, y, c.w);
  y += 6;

  // Capacity with a stacked bar.
  y = section(ui, c, y, t('co.capacity'));
  const cap = capacityOf(co);
  const total = Math.max(cap.shellGW, cap.chipGW, 0.001);
  const bar = { x: c.x, y, w: c.w, h: 10 };
  const g = ui.add.graphics();
  roundRect(g, bar, 5, palette.bgDeep, 1, palette.stroke, 1);
  const seg = (from: number, gw: number, color: number) => {
    if (gw <= 0) return;
    const w = (gw / total) * bar.w;
    const x = document.documentElement.dir === 'rtl' ? bar.x + bar.w - ((from + gw) / total) * bar.w : bar.x + (from / total) * bar.w;
    g.fillStyle(color, 1).fillRect(x, bar.y + 1, w, bar.h - 2);
  };
  seg(0, cap.installedGW, palette.accent);
  seg(cap.installedGW, cap.idleShellGW, palette.neutral);
  seg(cap.installedGW, cap.strandedGW, palette.bad);
  y += 16;
  const gw = (v: number) => `${num(v, 2)} ${t('unit.gw')}`;
  stat(ui, c.x, y, c.w, t('co.ready'), gw(cap.installedGW), { help: t('help.ready'), icon: iconKey('chip'), id: 'co.ready' });
  y += row;
  stat(ui, c.x, y, c.w, t('co.idle'), gw(cap.idleShellGW), { help: t('help.idle'), icon: iconKey('datacenter'), valueColor: cap.idleShellGW > 0.005 ? palette.warn : palette.text });
  y += row;
  stat(ui, c.x, y, c.w, t('co.stranded'), gw(cap.strandedGW), { help: t('help.stranded'), icon: iconKey('warning'), valueColor: cap.strandedGW > 0.005 ? palette.bad : palette.text });
  y += row;
  stat(ui, c.x, y, c.w, t('co.onOrder'), gw(cap.onOrderGW), { help: t('help.onOrder'), icon: iconKey('chip') });
  y += row;
  // One build per line (a wrapped list breaks mid-item, worst in Arabic); past three, a total.
  const rows = cap.building.map((b) => t('co.buildingRow', { gw: num(b.gw, 2), quarter: quarterLabel(b.readyQuarter) }));
  const more = cap.building.slice(2);
  const lines = rows.length === 0 ? [t('common.none')] : rows.length <= 3 ? rows : [...rows.slice(0, 2), t('co.buildingMore', { n: more.length, gw: num(more.reduce((sum, b) => sum + b.gw, 0), 2) })];
  stat(ui, c.x, y, c.w, t('co.building'), '', { help: t('help.building'), icon: iconKey('datacenter') });
  y += row - 2;
  for (const line of lines) {
    const bt = label(ui, c.start(20), y, line, { size: 'tiny', color: palette.text, maxWidth: c.w - 20 });
    y += bt.height;
  }
  y += 4;
  divider(ui, c.x, y, c.w);
  y += 6;

  // Model and cloud.
  y = section(ui, c, y, t('co.modelCloud'));
  const qr = qualityRank(s, role);
  stat(ui, c.x, y, c.w, t('co.quality'), `${num(co.quality, 1)}  ·  ${t('co.rank', { rank: qr.rank, of: qr.of })}`, { help: t('help.quality'), icon: iconKey('model'), id: 'co.quality' });
  y += row;
  let cloud = t(`status.${co.cloud.status}` as MessageKey);
  if (co.cloud.status === 'launching' && co.cloud.readyQuarter !== null) cloud = t('co.cloudLiveFrom', { quarter: quarterLabel(co.cloud.readyQuarter) });
  if (co.cloud.status === 'live') cloud = t('co.cloudLive', { rep: pct(co.cloud.reputation, 0) });
  stat(ui, c.x, y, c.w, t('co.cloud'), cloud, { help: t('help.cloud'), icon: iconKey('cloud'), id: 'co.cloud' });
  y += row + 6;
  divider(ui, c.x, y, c.w);
  y += 6;

  // Last quarter.
  const last = co.history.length ? co.history[co.history.length - 1] : null;
  y = section(ui, c, y, last ? `${t('co.lastQuarter')} · ${quarterLabel(last.quarter)}` : t('co.lastQuarter'));
  if (last) {
    stat(ui, c.x, y, c.w, t('co.revenue'), money(last.revenue), { help: t('help.revenue') });
    y += row;
    stat(ui, c.x, y, c.w, t('co.ebitda'), money(last.ebitda), { help: t('help.ebitda'), valueColor: last.ebitda < 0 ? palette.bad : palette.text });
    y += row;
    stat(ui, c.x, y, c.w, t('co.netIncome'), money(last.netIncome), { help: t('help.netIncome'), valueColor: last.netIncome < 0 ? palette.bad : palette.text });
    y += row;
    stat(ui, c.x, y, c.w, t('co.ocf'), money(last.operatingCashFlow), { help: t('help.ocf'), valueColor: last.operatingCashFlow < 0 ? palette.bad : palette.text });
    y += row;
    stat(ui, c.x, y, c.w, t('co.capex'), money(last.capex), { help: t('help.capex') });
    y += row;
  } else {
    label(ui, c.start(), y, t('co.noHistory'), { size: 'tiny', color: palette.textMuted, wrap: c.w });
    y += 30;
  }
  y += 4;
  divider(ui, c.x, y, c.w);
  y += 6;
  const ahead = commitmentsAhead(s, role);
  stat(ui, c.x, y, c.w, t('co.commitments'), money(ahead.pay), { help: t('help.commitments'), icon: iconKey('deal'), id: 'co.commitments', valueColor: ahead.pay > 0 ? palette.warn : palette.text });
  y += row;
  if (ahead.receive > 0) stat(ui, c.x, y, c.w, t('co.receipts'), money(ahead.receive), { help: t('help.receipts'), icon: iconKey('deal'), valueColor: palette.good });
}

/** For spectators and the teacher: the standings instead of one company. */
export function renderStandingsPanel(ui: BaseScene, box: Box, s: MatchSnapshot): void {
  const p = panel(ui, box, { title: t('spec.standings'), icon: iconKey('trophy') });
  const c = p.content;
  let y = c.y;
  standingsOf(s).forEach((st, i) => {
    const co = s.companies[st.role];
    ui.add.image(c.start(14), y + 16, monogramKey(st.role)).setDisplaySize(28, 28).setAlpha(st.bankrupt ? 0.4 : 1);
    label(ui, c.start(36), y + 2, `${i + 1}. ${roleName(st.role)}`, { size: 'small', bold: true, color: companyColor[st.role] });
    label(ui, c.start(36), y + 19, st.bankrupt ? t('seat.bankrupt') : `${price(st.sharePrice)} · ${money(st.marketCap)}`, { size: 'tiny', color: palette.textDim });
    label(ui, c.end(), y + 8, pctDelta(st.tsr), { size: 'h3', bold: true, align: 'end', color: st.tsr >= 0 ? palette.good : palette.bad });
    y += 40;
    if (co && y < c.bottom - 40) {
      stat(ui, c.x, y, c.w, t('co.cash'), money(co.cash), {});
      y += 22;
    }
    divider(ui, c.x, y, c.w);
    y += 8;
  });
}
