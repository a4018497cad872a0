import type { Role } from '../../shared/roles';
import { iconKey } from '../assets';
import { t } from '../i18n';
import { eventText, eventTitle, newsText, lineLabel, quarterLabel } from '../i18n/engineText';
import { money, num, numDelta, pct, pctDelta, penalty, price } from '../i18n/format';
import type { CompanyReport } from '../../shared/engine/types';
import { capexPenaltyShare, investorFigures, toneColor } from './investorFigures';
import type { MatchSnapshot } from '../state/model';
import { activeRoles } from '../state/model';
import { companyColor, palette } from '../theme/palette';
import { LineChart } from '../charts/LineChart';
import { MoodGauge } from '../charts/MoodGauge';
import { SupplyDemandChart } from '../charts/SupplyDemandChart';
import { Waterfall } from '../charts/Waterfall';
import type { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { roleName } from '../ui/company';
import { roundRect } from '../ui/draw';
import { panel, helpBadge } from '../ui/panel';
import { Region } from '../ui/region';
import { divider, stat } from '../ui/stat';
import { label, setLabel } from '../ui/text';
import { monogramKey } from '../assets';
import {
  aiSpendData,
  cashFlowData,
  chipMarketData,
  cloudMarketData,
  moodHistoryData,
  pnlData,
  priceHistoryData,
  sharePriceData,
} from './charts';
import { companyReport, lastReportOf } from './data';
import { session } from '../net/session';

// The middle of the Planning screen: Markets, Investors, Company and News tabs. The chosen tab
// survives rebuilds; the content redraws when a quarter resolves.

export type CenterTab = 'markets' | 'investors' | 'company' | 'news';
let selected: CenterTab = 'markets';
let newsPage = 0;

export class CenterTabs {
  private region: Region;
  private lastKey = '';

  constructor(
    private ui: BaseScene,
    private box: Box,
    private role: Role | null,
  ) {
    const tabs: CenterTab[] = role ? ['markets', 'investors', 'company', 'news'] : ['markets', 'investors', 'news'];
    if (!tabs.includes(selected)) selected = 'markets';
    const g = ui.add.graphics();
    roundRect(g, { x: box.x + 1, y: box.y + 3, w: box.w, h: box.h }, 12, 0x000000, 0.25);
    roundRect(g, box, 12, palette.panel, 0.96, palette.stroke, 1);
    const tabW = Math.min(130, (box.w - 24 - 6 * (tabs.length - 1)) / tabs.length);
    new ChoiceGroup<CenterTab>(ui, box.startX(12, tabs.length * (tabW + 6) - 6), box.y + 8, {
      id: 'center.tab',
      variant: 'tab',
      items: tabs.map((k) => ({ value: k, text: t(`tab.${k}`) })),
      value: selected,
      itemW: tabW,
      h: 34,
      size: 'small',
      onChange: (k) => {
        selected = k;
        this.lastKey = '';
        this.update(true);
      },
    });
    this.region = new Region(ui);
    this.update(true);
  }

  /** Redraws when the quarter, the tab or the news changed (or when forced). */
  update(force = false): void {
    const s = session.snapshot;
    if (!s) return;
    const key = `${selected}/${s.reports.length}/${s.news.length}/${s.quarter}/${newsPage}/${s.events.length}`;
    if (!force && key === this.lastKey) return;
    this.lastKey = key;
    const content = new Box(this.box.x + 12, this.box.y + 50, this.box.w - 24, this.box.h - 62);
    this.region.render(() => {
      if (selected === 'markets') this.markets(content, s);
      else if (selected === 'investors') this.investors(content, s);
      else if (selected === 'company' && this.role) this.company(content, s, this.role);
      else this.news(content, s);
    });
  }

  private markets(b: Box, s: MatchSnapshot): void {
    const r = lastReportOf(s);
    const g = s.global;
    const summary = [
      `${t('mk.listPrice')} ${money(g.chipListPrice)}/${t('unit.gw')}`,
      `${t('mk.supplyCap')} ${num(g.chipSupplyCap, 1)} ${t('unit.gw')}`,
      `${t('mk.cloudPrice')} ${money(g.lastCloudPrice)}/${t('unit.cu')}`,
      `${t('mk.aiSpend')} ${money(g.aiProductSpend)}`,
      `${t('mk.baseRate')} ${pct(g.baseRate, 1)}`,
    ].join('   ·   ');
    const sumText = label(this.ui, b.start(), b.y, summary, { size: 'tiny', color: palette.textDim, wrap: b.w, maxLines: 2 });
    const top0 = sumText.height + 6;
    const grid = new Box(b.x, b.y + top0, b.w, b.h - top0);
    const [top, bottom] = grid.rows(s.reports.length === 0 ? [0.85, 1.15] : [1.25, 1], 10);
    const [tl, tr] = top.columns(2, 12);
    const [bl, br] = bottom.columns(2, 12);
    const titled = (box: Box, title: string, help: string, id: string): Box => {
      label(this.ui, box.start(), box.y, title, { size: 'small', bold: true, maxWidth: box.w - 24 });
      helpBadge(this.ui, box.end(8), box.y + 8, `help.${id}`, help, 7);
      return new Box(box.x, box.y + 20, box.w, box.h - 20);
    };
    const q = r ? ` · ${quarterLabel(r.quarter)}` : '';
    new SupplyDemandChart(this.ui, titled(tl, `${t('mk.chips')}${q}`, t('help.chipMarket'), 'chipMarket'), 'chart.chips', t('mk.chips'), chipMarketData(r, s, this.role));
    new SupplyDemandChart(this.ui, titled(tr, `${t('mk.cloud')}${q}`, t('help.cloudMarket'), 'cloudMarket'), 'chart.cloud', t('mk.cloud'), cloudMarketData(r, s, this.role));
    if (s.reports.length === 0) {
      this.primer(bottom, s);
      return;
    }
    new LineChart(this.ui, titled(bl, t('mk.priceHistory'), t('help.priceHistory'), 'priceHistory'), 'chart.chipPrice', t('mk.priceHistory'), priceHistoryData(s));
    new LineChart(this.ui, titled(br, t('mk.aiSpendHistory'), t('help.aiSpend'), 'aiSpend'), 'chart.aiSpend', t('mk.aiSpendHistory'), aiSpendData(s));
  }

  /** Before the first quarter resolves: what the markets look like now and what to decide. */
  private primer(b: Box, s: MatchSnapshot): void {
    const g = this.ui.add.graphics();
    roundRect(g, b, 10, palette.bgDeep, 0.55, palette.stroke, 1);
    const inner = b.inset(14, 12);
    label(this.ui, inner.start(), inner.y, t('primer.title'), { size: 'small', bold: true, color: palette.highlight });
    const [c1, c2] = new Box(inner.x, inner.y + 24, inner.w, inner.h - 24).columns(2, 16);
    const gl = s.global;
    const lines1 = [
      t('primer.chips', { list: money(gl.chipListPrice), cap: num(gl.chipSupplyCap, 1), neutral: num(gl.neutralChipDemand, 1) }),
      t('primer.build', { grid: num(gl.gridAdditions, 1) }),
    ];
    const lines2 = [t('primer.cloud', { dref: num(gl.cloudDref, 0), price: money(gl.lastCloudPrice) }), t('primer.products', { spend: money(gl.aiProductSpend) })];
    const col = (c: Box, lines: string[]) => {
      let y = c.y;
      for (const l of lines) {
        const txt = label(this.ui, c.start(12), y, l, { size: 'tiny', color: palette.textDim, wrap: c.w - 12, maxLines: Math.max(2, Math.floor((c.bottom - y) / 15 / lines.length) + 1) });
        this.ui.add.graphics().fillStyle(palette.accent, 1).fillCircle(c.start(4), y + 7, 2.5);
        y += txt.height + 8;
      }
    };
    col(c1, lines1);
    col(c2, lines2);
  }

  private investors(b: Box, s: MatchSnapshot): void {
    const [top, bottom] = b.rows([1, 1.15], 12);
    const [gaugeBox, moodBox] = top.cutStart(Math.min(230, top.w * 0.45), 14);
    const r = lastReportOf(s);
    const before = r ? r.mood.before : null;
    const radius = Math.min(70, gaugeBox.w / 2 - 34, gaugeBox.h - 110);
    label(this.ui, gaugeBox.start(), gaugeBox.y, t('mood.title'), { size: 'small', bold: true });
    new MoodGauge(this.ui, gaugeBox.cx, gaugeBox.y + 24 + radius + 8, radius, s.global.mood, before);
    let y = gaugeBox.y + 24 + radius + 40;
    stat(this.ui, gaugeBox.x, y, gaugeBox.w, t('inv.roiGap'), `${num(s.global.roiGap, 2)}×`, { help: t('help.roiGap'), id: 'inv.roiGap', valueColor: palette.highlight });
    y += 18;
    if (r) {
      stat(this.ui, gaugeBox.x, y, gaugeBox.w, t('inv.aiGrowth'), pctDelta(r.mood.aiRevenueGrowth), { help: t('help.aiGrowth') });
      y += 18;
      const causes = [...r.mood.causes].sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount)).slice(0, 2);
      label(this.ui, gaugeBox.start(), y, causes.map((c) => `${lineLabel(`mood.${c.key}`)} ${numDelta(c.amount, 1)}`).join(' · '), {
        size: 'tiny',
        color: palette.textMuted,
        wrap: gaugeBox.w,
        maxLines: 2,
      });
    }
    label(this.ui, moodBox.start(), moodBox.y, t('inv.moodHistory'), { size: 'small', bold: true });
    new LineChart(this.ui, new Box(moodBox.x, moodBox.y + 20, moodBox.w, moodBox.h - 20), 'chart.mood', t('inv.moodHistory'), moodHistoryData(s));
    const [chartBox, tableBox] = bottom.cutEnd(Math.min(210, bottom.w * 0.42), 14);
    label(this.ui, chartBox.start(), chartBox.y, t('inv.sharePrices'), { size: 'small', bold: true });
    helpBadge(this.ui, chartBox.end(8), chartBox.y + 8, 'help.sharePrices', t('help.sharePrices'), 7);
    new LineChart(this.ui, new Box(chartBox.x, chartBox.y + 20, chartBox.w, chartBox.h - 20), 'chart.shares', t('inv.sharePrices'), sharePriceData(s));
    let ty = tableBox.y;
    label(this.ui, tableBox.start(), ty, t('inv.table'), { size: 'small', bold: true });
    ty += 22;
    for (const role of activeRoles(s)) {
      const c = s.companies[role];
      if (!c) continue;
      const tsr = c.bankrupt ? -1 : c.startSharePrice > 0 ? c.sharePrice / c.startSharePrice - 1 : 0;
      this.ui.add.image(tableBox.start(9), ty + 9, monogramKey(role)).setDisplaySize(18, 18);
      label(this.ui, tableBox.start(24), ty + 1, roleName(role), { size: 'tiny', bold: true, color: companyColor[role], maxWidth: 80 });
      label(this.ui, tableBox.end(58), ty + 1, c.bankrupt ? t('seat.bankrupt') : price(c.sharePrice), { size: 'tiny', color: palette.textDim, align: 'end' });
      label(this.ui, tableBox.end(), ty + 1, pctDelta(tsr, 0), { size: 'tiny', bold: true, color: tsr >= 0 ? palette.good : palette.bad, align: 'end' });
      const cr = companyReport(r, role);
      if (cr) {
        // What investors take off for circular money and unbacked capex, under the name.
        ty += 15;
        const pen = penalty(capexPenaltyShare(cr.valuation), 0);
        label(this.ui, tableBox.start(24), ty - 1, t('inv.tableLine', { circ: pct(cr.valuation.circularShare ?? 0, 0), pen }), { size: 'tiny', color: palette.textMuted, maxWidth: tableBox.w - 24 });
        ty += 14;
      } else ty += 17;
      const sentW = tableBox.w - 24;
      const sg = this.ui.add.graphics();
      const mid = tableBox.x + 24 + sentW / 2;
      const rtl = document.documentElement.dir === 'rtl';
      const x0 = rtl ? tableBox.x : tableBox.x + 24;
      sg.fillStyle(palette.bgDeep, 1).fillRect(x0, ty, sentW, 4);
      const len = (Math.max(-1, Math.min(1, c.sentiment)) * sentW) / 2;
      sg.fillStyle(c.sentiment >= 0 ? palette.good : palette.bad, 1);
      const center = rtl ? tableBox.x + sentW / 2 : mid;
      sg.fillRect(Math.min(center, center + (rtl ? -len : len)), ty, Math.abs(len), 4);
      ty += cr ? 8 : 10;
    }
    label(this.ui, tableBox.start(), ty + 2, t('inv.sentimentLegend'), { size: 'tiny', color: palette.textMuted, wrap: tableBox.w });
  }

  private company(box: Box, s: MatchSnapshot, role: Role): void {
    const r = lastReportOf(s);
    const cr = companyReport(r, role);
    const b = cr ? this.investorStrip(box, cr, r!.quarter) : box;
    const pnl = pnlData(cr);
    const cf = cashFlowData(cr);
    const total = Math.max(1, pnl.items.length + cf.items.length);
    const hPnl = Math.max(120, ((b.h - 56) * Math.max(1, pnl.items.length)) / total);
    const q = r ? ` · ${quarterLabel(r.quarter)}` : '';
    label(this.ui, b.start(), b.y, `${t('cp.pnl')}${q}`, { size: 'small', bold: true });
    helpBadge(this.ui, b.end(8), b.y + 8, 'help.pnl', t('help.pnl'), 7);
    new Waterfall(this.ui, new Box(b.x, b.y + 22, b.w, hPnl), 'chart.pnl', t('cp.pnl'), pnl);
    const y2 = b.y + 22 + hPnl + 12;
    label(this.ui, b.start(), y2, `${t('cp.cashflow')}${q}`, { size: 'small', bold: true });
    new Waterfall(this.ui, new Box(b.x, y2 + 22, b.w, b.bottom - y2 - 22), 'chart.cashflow', t('cp.cashflow'), cf);
  }

  /** The investors' engine-2 figures for the seat's company, two to a row; returns the box left below. */
  private investorStrip(b: Box, cr: CompanyReport, quarter: number): Box {
    const figures = investorFigures(cr);
    label(this.ui, b.start(), b.y, t('inv.figures', { quarter: quarterLabel(quarter) }), { size: 'small', bold: true, maxWidth: b.w });
    const colW = (b.w - 16) / 2;
    figures.forEach((f, i) => {
      const x = b.startX((i % 2) * (colW + 16), colW);
      stat(this.ui, x, b.y + 22 + Math.floor(i / 2) * 18, colW, f.name, f.value, { size: 'tiny', valueColor: toneColor(f.tone), help: f.help, id: `inv.figure.${f.id}` });
    });
    const used = 22 + Math.ceil(figures.length / 2) * 18 + 8;
    divider(this.ui, b.x, b.y + used - 5, b.w);
    return new Box(b.x, b.y + used + 4, b.w, b.h - used - 4);
  }

  private news(b: Box, s: MatchSnapshot): void {
    const [evBox, newsBox] = b.cutTop(Math.min(170, 34 + Math.max(1, Math.min(3, s.events.length)) * 48), 10);
    label(this.ui, evBox.start(), evBox.y, t('news.activeEvents'), { size: 'small', bold: true });
    let y = evBox.y + 22;
    if (s.events.length === 0) {
      label(this.ui, evBox.start(), y, t('news.noEvents'), { size: 'tiny', color: palette.textMuted });
    }
    for (const e of s.events.slice(0, 3)) {
      const who = e.target ? ` · ${roleName(e.target)}` : '';
      const left = e.remaining === null ? t('news.permanent') : t('news.quartersLeft', { n: e.remaining });
      label(this.ui, evBox.start(), y, `${eventTitle(e.id)}${who} (${left})`, { size: 'tiny', bold: true, color: palette.warn, maxWidth: evBox.w });
      label(this.ui, evBox.start(), y + 15, eventText(e.id), { size: 'tiny', color: palette.textDim, wrap: evBox.w, maxLines: 2 });
      y += 48;
    }
    divider(this.ui, newsBox.x, newsBox.y - 5, newsBox.w);
    label(this.ui, newsBox.start(), newsBox.y, t('news.title'), { size: 'small', bold: true });
    const items = [...s.news].reverse();
    const perPage = Math.max(1, Math.floor((newsBox.h - 60) / 36));
    const pages = Math.max(1, Math.ceil(items.length / perPage));
    newsPage = Math.min(newsPage, pages - 1);
    y = newsBox.y + 24;
    if (items.length === 0) label(this.ui, newsBox.start(), y, t('news.empty'), { size: 'tiny', color: palette.textMuted });
    const shown = items.slice(newsPage * perPage, newsPage * perPage + perPage);
    const probe = label(this.ui, 0, 0, '', { size: 'tiny' });
    const qW = Math.min(110, Math.max(0, ...shown.map((n) => setLabel(probe, quarterLabel(n.quarter)).width)) + 10);
    probe.destroy();
    for (const n of shown) {
      const color = n.severity === 'good' ? palette.good : n.severity === 'bad' ? palette.bad : palette.info;
      this.ui.add.graphics().fillStyle(color, 1).fillCircle(newsBox.start(5), y + 8, 4);
      // The quarter beside the item, the item on up to two lines (it used to be cut at one).
      label(this.ui, newsBox.start(16), y + 1, quarterLabel(n.quarter), { size: 'tiny', color: palette.textMuted, maxWidth: qW - 6 });
      label(this.ui, newsBox.start(16 + qW), y, newsText(n), { size: 'tiny', color: palette.text, wrap: newsBox.w - 16 - qW, maxLines: 2 });
      y += 36;
    }
    if (pages > 1) {
      const py = newsBox.bottom - 28;
      const prev = new Button(this.ui, 0, py, { id: 'news.prev', text: t('common.newer'), size: 'tiny', h: 26, disabled: newsPage === 0, onClick: () => { newsPage -= 1; this.update(true); } });
      prev.setX(newsBox.startX(0, prev.bw));
      label(this.ui, newsBox.cx, py + 13, t('common.page', { n: newsPage + 1, total: pages }), { size: 'tiny', color: palette.textDim, align: 'center', originY: 0.5 });
      const next = new Button(this.ui, 0, py, { id: 'news.next', text: t('common.older'), size: 'tiny', h: 26, disabled: newsPage >= pages - 1, onClick: () => { newsPage += 1; this.update(true); } });
      next.setX(newsBox.endX(0, next.bw));
    }
    void iconKey;
    void panel;
  }
}

