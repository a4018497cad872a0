import { iconKey, monogramKey } from '../assets';
import { t, type MessageKey } from '../i18n';
import { quarterLabel, setCalendarStart, setScenario } from '../i18n/engineText';
import { money, num, pctDelta, price } from '../i18n/format';
import { session } from '../net/session';
import { companyColor, palette } from '../theme/palette';
import { LineChart } from '../charts/LineChart';
import { awards } from '../views/results/awards';
import { download, historyCsv } from '../debrief/exportCsv';
import { historyData, moodHistoryData, sharePriceData } from '../planning/charts';
import { standingsOf } from '../planning/data';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { roleName } from '../ui/company';
import { roundRect } from '../ui/draw';
import { panel, helpBadge } from '../ui/panel';
import { label } from '../ui/text';
import { languageButton, titleMark } from './common';
import { lineData } from '../classroom/charts';
import { findingText, tc } from '../classroom/i18n';
import { soloCircularLesson } from '../views/results/circularLesson';

import { reportsShown } from './ResultsScene';

// Debrief: the final ranking by total shareholder return, the four awards and charts over the
// whole match (share prices, investor mood, cloud revenue, model quality), plus a CSV download.
// A button swaps the charts for lesson 7 (circular money): each company's circular share over
// time, what this match shows and questions to discuss.

/** Which right-hand view is shown; kept across rebuilds (resize, language switch). */
let showLesson = false;

export class DebriefScene extends BaseScene {
  constructor() {
    super('Debrief');
  }

  build(): void {
    const s = session.snapshot;
    if (!s) return;
    // The last quarter resolved straight into the debrief: show its results first.
    if (s.finished && s.reports.length > reportsShown && s.reports.length > 0) {
      this.time.delayedCall(0, () => this.scene.start('Results', { final: true }));
      return;
    }
    setCalendarStart(s.settings.startYear, s.settings.startQuarter);
    setScenario(s.settings.scenario);
    const { w, h } = this.vp;
    const page = new Box(14, 0, w - 28, h);
    titleMark(this, page);
    label(this, page.cx, 18, t('deb.title'), { size: 'h2', bold: true, align: 'center' });
    const lang = languageButton(this, page);
    const leave = new Button(this, 0, 12, { id: 'debrief.leave', text: t('deb.newMatch'), size: 'small', h: 32, onClick: () => void session.leave() });
    leave.setX(page.endX(lang.bw + 10, leave.bw));
    const csv = new Button(this, 0, 12, {
      id: 'debrief.csv',
      text: t('deb.csv'),
      icon: iconKey('chart'),
      size: 'small',
      h: 32,
      onClick: () => download(`compute-race-${s.code}-${s.settings.seed}.csv`, historyCsv(s)),
    });
    csv.setX(page.endX(lang.bw + leave.bw + 20, csv.bw));

    const body = new Box(page.x, 56, page.w, h - 56 - 12);
    const [left, right] = body.cutStart(Math.round(Math.min(380, body.w * 0.33)), 10);

    // Ranking.
    const standings = standingsOf(s);
    const rankH = Math.min(330, 60 + standings.length * 52);
    const [rankBox, awardsBox] = left.cutTop(rankH, 10);
    const rp = panel(this, rankBox, { title: t('deb.ranking'), icon: iconKey('trophy'), accent: palette.highlight, help: t('deb.rankingHelp'), helpId: 'help.ranking' });
    let y = rp.content.y;
    standings.forEach((st, i) => {
      const c = rp.content;
      const mine = st.role === session.role;
      const row = new Box(c.x, y, c.w, 46);
      const g = this.add.graphics();
      roundRect(g, row, 8, mine ? 0x13263d : palette.bgDeep, 0.7, mine ? companyColor[st.role] : palette.stroke, mine ? 2 : 1);
      label(this, row.start(12), row.cy, `${i + 1}`, { size: 'h2', bold: true, color: i === 0 ? palette.highlight : palette.textDim, originY: 0.5 });
      this.add.image(row.start(50), row.cy, monogramKey(st.role)).setDisplaySize(30, 30).setAlpha(st.bankrupt ? 0.4 : 1);
      const who = s.seats[st.role];
      label(this, row.start(72), row.y + 6, roleName(st.role) + (mine ? ` · ${t('common.you')}` : ''), { size: 'small', bold: true, color: companyColor[st.role] });
      label(this, row.start(72), row.y + 25, st.bankrupt ? t('seat.bankrupt') : `${who.kind === 'bot' ? t('seat.bot') : who.name || ''} · ${price(st.sharePrice)}`, {
        size: 'tiny',
        color: palette.textDim,
        maxWidth: row.w - 170,
      });
      const tsr = label(this, row.end(12), row.cy, pctDelta(st.tsr), { size: 'h2', bold: true, align: 'end', originY: 0.5, color: st.tsr >= 0 ? palette.good : palette.bad });
      this.expose(`debrief.rank.${i + 1}`, () => ({ kind: 'readout', label: roleName(st.role), enabled: true, focused: false, state: { role: st.role, tsr: st.tsr }, x: row.x, y: row.y, w: row.w, h: row.h }));
      tsr.setAlpha(0);
      this.tweens.add({ targets: tsr, alpha: 1, delay: 200 + i * 150, duration: 400 });
      y += 52;
    });

    // Awards.
    const ap = panel(this, awardsBox, { title: t('deb.awards'), icon: iconKey('trophy') });
    const list = awards(s);
    const cardH = Math.max(40, (ap.content.h - 8 * 3) / 4);
    list.forEach((a, i) => {
      const card = new Box(ap.content.x, ap.content.y + i * (cardH + 8), ap.content.w, cardH);
      const g = this.add.graphics();
      roundRect(g, card, 8, palette.bgDeep, 0.6, palette.stroke, 1);
      if (a.role) this.add.image(card.end(22), card.cy, monogramKey(a.role)).setDisplaySize(28, 28);
      label(this, card.start(10), card.y + 6, t(`award.${a.id}` as MessageKey), { size: 'small', bold: true, color: palette.highlight, maxWidth: card.w - 60 });
      const detail = a.role ? `${roleName(a.role)} · ${this.awardValue(a.id, a.value)}` : t('award.none');
      label(this, card.start(10), card.y + 24, detail, { size: 'tiny', color: palette.text, maxWidth: card.w - 60 });
      const zone = this.add.zone(card.x, card.y, card.w, card.h).setOrigin(0, 0).setInteractive();
      zone.on('pointerover', () => this.tooltip.show(`award.${a.id}`, t(`award.${a.id}.help` as MessageKey), card));
      zone.on('pointerout', () => this.tooltip.hide(`award.${a.id}`));
    });

    // The match's charts or lesson 7, chosen by tabs above them.
    const [bar, view] = right.cutTop(32, 8);
    const items = [
      { value: 'charts' as const, text: t('deb.charts'), icon: iconKey('chart') },
      { value: 'lesson7' as const, text: t('deb.lesson7'), icon: iconKey('investors') },
    ];
    const tabs = new ChoiceGroup<'charts' | 'lesson7'>(this, 0, bar.y, {
      id: 'debrief.view',
      variant: 'tab',
      items,
      value: showLesson ? 'lesson7' : 'charts',
      h: 32,
      size: 'small',
      onChange: (v) => {
        showLesson = v === 'lesson7';
        this.rebuild();
      },
    });
    tabs.buttons.forEach((b) => b.setX(b.x + bar.startX(0, tabs.w)));
    if (showLesson) return this.lesson(view, s);
    // Charts over the whole match.
    const grid = view;
    const [top, bottom] = grid.rows([1, 1], 10);
    const [c1, c2] = top.columns(2, 10);
    const [c3, c4] = bottom.columns(2, 10);
    const chart = (b: Box, title: string, help: string, id: string, data: Parameters<LineChart['setData']>[0]) => {
      const p = panel(this, b, { title });
      helpBadge(this, b.end(22), b.y + 22, `help.${id}`, help, 8);
      new LineChart(this, p.content, id, title, data);
    };
    chart(c1, t('inv.sharePrices'), t('help.sharePrices'), 'debrief.shares', sharePriceData(s));
    chart(c2, t('inv.moodHistory'), t('mood.explain'), 'debrief.mood', moodHistoryData(s));
    chart(c3, t('deb.cloudRevenue'), t('award.moneyMachine.help'), 'debrief.cloud', historyData(s, 'cloudRevenue', t('unit.billionsPerQ'), (v) => money(v)));
    chart(c4, t('co.quality'), t('help.quality'), 'debrief.quality', historyData(s, 'quality', t('unit.quality'), (v) => num(v, 1)));
  }

  /** Lesson 7: the circular share chart, what this match shows and two questions. */
  private lesson(box: Box, s: NonNullable<typeof session.snapshot>): void {
    const labels = s.reports.map((r) => quarterLabel(r.quarter));
    const lesson = soloCircularLesson(s, labels);
    const [head, rest] = box.cutTop(38, 6);
    label(this, head.start(), head.y, tc('lesson.circularMoney.text'), { size: 'small', color: palette.textDim, wrap: head.w, maxLines: 2 });
    const [chartArea, side] = rest.cutStart(Math.round(rest.w * 0.6), 10);
    const cp = panel(this, chartArea, { title: t('deb.circularChart'), icon: iconKey('chart') });
    const data = lineData(lesson.chart);
    const [legendBox, plot] = cp.content.cutBottom(18, 6);
    new LineChart(this, plot, 'debrief.circular', t('deb.circularChart'), data);
    const itemW = legendBox.w / Math.max(1, data.series.length);
    data.series.forEach((x, i) => {
      const lx = legendBox.startX(i * itemW, itemW);
      const rtl = document.documentElement.dir === 'rtl';
      this.add.graphics().lineStyle(3, x.color, 1).lineBetween(rtl ? lx + itemW - 18 : lx, legendBox.y + 8, rtl ? lx + itemW : lx + 18, legendBox.y + 8);
      label(this, rtl ? lx + itemW - 24 : lx + 24, legendBox.y + 1, x.name, { size: 'tiny', color: palette.textDim, maxWidth: itemW - 28 });
    });
    const [findBox, discussBox] = side.rows([1, 1.2], 10);
    const fp = panel(this, findBox, { title: t('deb.finding'), icon: iconKey('gauge'), accent: palette.accent });
    const finding = findingText(lesson);
    label(this, fp.content.start(), fp.content.y, finding, { size: 'small', color: palette.text, wrap: fp.content.w, maxLines: Math.max(2, Math.floor(fp.content.h / 18)) });
    this.expose('debrief.finding.circularMoney', () => ({ kind: 'readout', label: finding, enabled: true, focused: false, state: { key: lesson.finding.key, params: lesson.finding.params }, ...fp.box }));
    const dp = panel(this, discussBox, { title: t('deb.discuss'), icon: iconKey('person'), accent: palette.highlight });
    let y = dp.content.y;
    for (const k of ['prompt1', 'prompt2'] as const) {
      const txt = label(this, dp.content.start(14), y, tc(`lesson.circularMoney.${k}`), { size: 'small', wrap: dp.content.w - 14, maxLines: 4 });
      label(this, dp.content.start(), y, '›', { size: 'small', bold: true, color: palette.highlight });
      y += txt.height + 10;
    }
  }

  private awardValue(id: string, v: number): string {
    if (id === 'moneyMachine') return t('award.moneyMachine.value', { amount: money(v) });
    if (id === 'frontier') return t('award.frontier.value', { q: num(v, 1) });
    if (id === 'ironBalanceSheet') return t('award.ironBalanceSheet.value', { x: num(v, 2) });
    return t('award.bestTiming.value', { tsr: pctDelta(v) });
  }
}
