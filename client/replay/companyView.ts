import type { QuarterReport } from '../../shared/engine/types';
import type { Role } from '../../shared/roles';
import { monogramKey } from '../assets';
import { t } from '../i18n';
import { lineLabel, quarterLabel } from '../i18n/engineText';
import { money, num, numDelta, pct, price } from '../i18n/format';
import { Waterfall } from '../charts/Waterfall';
import { cashFlowData, pnlData } from '../planning/charts';
import { investorFigures, toneColor } from '../planning/investorFigures';
import { companyColor, palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { ChoiceGroup } from '../ui/choice';
import { roleName } from '../ui/company';
import { panel } from '../ui/panel';
import { stat } from '../ui/stat';
import { label } from '../ui/text';
import { rt } from './i18n';
import { replay } from './store';

// One company's quarter in full: profit and loss, cash flow, capacity and how investors priced it.

export function renderCompany(ui: BaseScene, box: Box, roles: Role[], r: QuarterReport | null): void {
  const role = replay.company && roles.includes(replay.company) ? replay.company : roles[0];
  const pickW = roles.length * 46 + (roles.length - 1) * 6;
  label(ui, box.start(), box.y + 12, rt('rp.company.pick'), { size: 'small', color: palette.textDim });
  new ChoiceGroup<Role>(ui, box.startX(90, pickW), box.y, {
    id: 'replay.company',
    items: roles.map((x) => ({ value: x, text: '', icon: monogramKey(x), tooltip: roleName(x), accent: companyColor[x] })),
    value: role,
    itemW: 46,
    gap: 6,
    h: 40,
    iconSize: 30,
    onChange: (x) => replay.setCompany(x),
  });
  label(ui, box.start(100 + pickW), box.y + 10, `${roleName(role)}${r ? ` · ${quarterLabel(r.quarter)}` : ''}`, { size: 'h3', bold: true, color: companyColor[role] });
  const body = new Box(box.x, box.y + 52, box.w, box.h - 52);
  const cr = r?.companies.find((c) => c.role === role);
  if (!r || !cr) {
    label(ui, body.start(4), body.y + 6, r ? rt('rp.company.none') : rt('rp.atStart'), { size: 'body', color: palette.textDim, wrap: body.w - 8 });
    return;
  }
  const [pnlBox, rest] = body.cutStart(Math.round(body.w * 0.36), 10);
  const [cashBox, statsBox] = rest.cutStart(Math.round(rest.w * 0.5), 10);
  const p1 = panel(ui, pnlBox, { title: t('cp.pnl'), help: t('help.pnl'), helpId: 'help.replay.pnl' });
  new Waterfall(ui, p1.content, 'replay.pnl', t('cp.pnl'), pnlData(cr));
  const p2 = panel(ui, cashBox, { title: t('cp.cashflow') });
  new Waterfall(ui, p2.content, 'replay.cashflow', t('cp.cashflow'), cashFlowData(cr));
  const p3 = panel(ui, statsBox, { title: rt('rp.company.valuation') });
  const c = p3.content;
  const v = cr.valuation;
  let y = c.y;
  const row = (name: string, value: string, color?: number, help?: string) => {
    stat(ui, c.x, y, c.w, name, value, { size: 'small', valueColor: color, help });
    y += 20;
  };
  row(t('co.sharePrice'), price(v.sharePrice));
  row(t('co.marketCap'), money(v.marketCap));
  row(rt('rp.company.tsr'), pct(v.tsr), v.tsr >= 0 ? palette.good : palette.bad);
  // Engine 2's investor figures (circular share, capex penalty as "−x%", cost of capital, headroom, second-hand price).
  for (const f of investorFigures(cr)) row(f.name, f.value, toneColor(f.tone), f.help);
  row(t('res.sentiment'), numDelta(cr.sentiment.after - cr.sentiment.before, 2), cr.sentiment.after >= cr.sentiment.before ? palette.good : palette.bad, cr.sentiment.causes.map((x) => `${lineLabel(x.key)} ${numDelta(x.amount, 2)}`).join('\n'));
  row(t('co.quality'), `${num(cr.quality, 1)} · ${t('co.rank', { rank: cr.qualityRank, of: r.companies.length })}`);
  y += 4;
  label(ui, c.start(), y, rt('rp.company.capacity'), { size: 'small', bold: true });
  y += 20;
  const cap = cr.capacity;
  row(t('co.ready'), `${num(cap.installedGW, 2)} ${t('unit.gw')}`);
  row(t('res.compute'), `${num(cap.availableCU, 1)} ${t('unit.cu')}`);
  row(t('res.split'), `${num(cap.trainingCU, 1)} / ${num(cap.productsCU, 1)} / ${num(cap.cloudCU, 1)}`);
  row(t('co.stranded'), `${num(cap.strandedGW, 2)} ${t('unit.gw')}`, cap.strandedGW > 0.005 ? palette.warn : undefined);
  row(t('co.onOrder'), `${num(cap.onOrderGW, 2)} ${t('unit.gw')}`);
}
