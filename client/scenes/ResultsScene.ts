import type { Role } from '../../shared/roles';
import { iconKey, monogramKey } from '../assets';
import { t } from '../i18n';
import { lineLabel, newsText, quarterLabel, setCalendarStart, setScenario } from '../i18n/engineText';
import { money, numDelta, num, pct, pctDelta, price } from '../i18n/format';
import { session } from '../net/session';
import { companyColor, css, palette } from '../theme/palette';
import { MoodGauge } from '../charts/MoodGauge';
import { SupplyDemandChart } from '../charts/SupplyDemandChart';
import { Waterfall } from '../charts/Waterfall';
import { chipMarketData, cloudMarketData, pnlData } from '../planning/charts';
import { companyReport, standingsOf } from '../planning/data';
import { investorFigures, toneColor } from '../planning/investorFigures';
import { renderTopBar } from '../planning/topBar';
import { timerText } from '../planning/timer';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { roleName } from '../ui/company';
import { roundRect } from '../ui/draw';
import { panel, helpBadge } from '../ui/panel';
import { Region } from '../ui/region';
import { stat } from '../ui/stat';
import { label, setLabel } from '../ui/text';
import { describeServerError } from './errors';
import type Phaser from 'phaser';

// Results: the quarter's report, animated in order — the chip and cloud markets clear (curves
// draw in, then the clearing point), the company's P&L builds up row by row, the mood needle
// swings with the causes of the move, and the quarter's news arrives.

/** How many reports this client has seen animated (the debrief shows the last one first). */
export let reportsShown = 0;

export class ResultsScene extends BaseScene<{ final?: boolean }> {
  private timer: Phaser.GameObjects.Text | null = null;
  private final = false;

  constructor() {
    super('Results');
  }

  /** The final quarter's results stay on screen until the player moves on to the debrief. */
  holdsRoute(target: string): boolean {
    return this.final && target === 'Debrief';
  }

  build(data: { final?: boolean }): void {
    const s = session.snapshot;
    this.final = !!data?.final;
    if (!s || s.reports.length === 0) return;
    reportsShown = s.reports.length;
    setCalendarStart(s.settings.startYear, s.settings.startQuarter);
    setScenario(s.settings.scenario);
    const r = s.reports[s.reports.length - 1];
    const role = session.role;
    const { w, h } = this.vp;
    const page = new Box(10, 8, w - 20, h - 16);
    const [topBox, rest] = page.cutTop(46, 8);
    const [footBox, body] = rest.cutBottom(50, 8);
    const top = new Region(this);
    top.render(() => (this.timer = renderTopBar(this, topBox, session.snapshot!, t('phase.results'), r.quarter).timer));

    const [left, restCols] = body.cutStart(Math.round(body.w * 0.34), 8);
    const [right, mid] = restCols.cutEnd(Math.round(body.w * 0.3), 8);

    // Markets.
    const mk = panel(this, left, { title: t('res.markets', { quarter: quarterLabel(r.quarter) }), icon: iconKey('chart'), help: t('help.chipMarket'), helpId: 'help.res.markets' });
    const [chipBox, cloudBox] = mk.content.rows([1, 1], 12);
    const chipTitle = label(this, chipBox.start(), chipBox.y, `${t('mk.chips')}: ${money(r.chips.price)}/${t('unit.gw')}${r.chips.scarce ? ` · ${t('res.scarce')}` : ''}`, { size: 'small', bold: true, maxWidth: chipBox.w });
    void chipTitle;
    const chip = new SupplyDemandChart(this, new Box(chipBox.x, chipBox.y + 20, chipBox.w, chipBox.h - 20), 'chart.chips', t('mk.chips'), chipMarketData(r, s, role));
    chip.animateIn(200, 1200);
    label(this, cloudBox.start(), cloudBox.y, `${t('mk.cloud')}: ${money(r.cloud.price)}/${t('unit.cu')}`, { size: 'small', bold: true, maxWidth: cloudBox.w });
    const cloud = new SupplyDemandChart(this, new Box(cloudBox.x, cloudBox.y + 20, cloudBox.w, cloudBox.h - 20), 'chart.cloud', t('mk.cloud'), cloudMarketData(r, s, role));
    cloud.animateIn(900, 1200);

    // Company (or standings for spectators).
    if (role && companyReport(r, role)) this.companyColumn(mid, role);
    else this.standingsColumn(mid);

    // Mood and news.
    const moodP = panel(this, right, { title: t('mood.title'), icon: iconKey('gauge'), help: t('mood.explain'), helpId: 'help.res.mood' });
    const mc = moodP.content;
    const radius = Math.min(66, mc.w / 2 - 40);
    const gauge = new MoodGauge(this, mc.cx, mc.y + radius + 12, radius, r.mood.after, r.mood.before, 'results.mood');
    gauge.animate(1800, 1400);
    let y = mc.y + radius + 46;
    stat(this, mc.x, y, mc.w, t('inv.roiGap'), `${num(r.mood.roiGap, 2)}×`, { help: t('help.roiGap'), size: 'tiny', valueColor: palette.highlight });
    y += 16;
    stat(this, mc.x, y, mc.w, t('inv.aiGrowth'), pctDelta(r.mood.aiRevenueGrowth), { help: t('help.aiGrowth'), size: 'tiny' });
    y += 20;
    label(this, mc.start(), y, t('res.moodCauses'), { size: 'tiny', bold: true, color: palette.textMuted });
    y += 16;
    const causes = r.mood.causes.filter((c) => Math.abs(c.amount) >= 0.05);
    const maxAbs = Math.max(1, ...causes.map((c) => Math.abs(c.amount)));
    // Cause names get the width they need (up to 62%); the bars share what is left.
    const probe = label(this, 0, 0, '', { size: 'tiny' });
    const nameW = Math.min(mc.w * 0.62, Math.max(mc.w * 0.4, ...causes.map((c) => setLabel(probe, lineLabel(`mood.${c.key}`)).width + 6)));
    probe.destroy();
    causes.forEach((c, i) => {
      const rowY = y + i * 17;
      const name = label(this, mc.start(), rowY, lineLabel(`mood.${c.key}`), { size: 'tiny', color: palette.textDim, maxWidth: nameW });
      const barArea = mc.w - nameW - 46;
      const center = document.documentElement.dir === 'rtl' ? mc.x + 46 + barArea / 2 : mc.x + nameW + barArea / 2;
      const len = (Math.abs(c.amount) / maxAbs) * (barArea / 2);
      const g = this.add.graphics();
      const color = c.amount >= 0 ? palette.good : palette.bad;
      const dir = (c.amount >= 0) !== (document.documentElement.dir === 'rtl') ? 1 : -1;
      const state = { f: 0 };
      this.tweens.add({
        targets: state,
        f: 1,
        delay: 1800 + i * 150,
        duration: 500,
        onUpdate: () => {
          g.clear();
          g.fillStyle(color, 1);
          const l = len * state.f;
          g.fillRect(dir > 0 ? center : center - l, rowY + 3, l, 9);
          g.lineStyle(1, palette.strokeStrong, 1).lineBetween(center, rowY, center, rowY + 15);
        },
      });
      label(this, mc.end(), rowY, numDelta(c.amount, 1), { size: 'tiny', bold: true, color, align: 'end' });
      void name;
    });
    y += causes.length * 17 + 8;
    // News of the quarter.
    label(this, mc.start(), y, t('res.news'), { size: 'small', bold: true });
    y += 20;
    // As many items as fit whole (wrapped on up to two lines), with a line for how many did not.
    let shownNews = 0;
    for (const [i, n] of r.news.entries()) {
      const reserve = i < r.news.length - 1 ? 18 : 0;
      const color = n.severity === 'good' ? palette.good : n.severity === 'bad' ? palette.bad : palette.info;
      const txt = label(this, mc.start(14), y, newsText(n), { size: 'tiny', color: palette.text, wrap: mc.w - 14, maxLines: 2 });
      if (shownNews > 0 && y + txt.height > mc.bottom - reserve) {
        txt.destroy();
        break;
      }
      const dot = this.add.graphics().fillStyle(color, 1).fillCircle(mc.start(4), y + 7, 3.5);
      for (const o of [dot, txt]) {
        o.setAlpha(0);
        this.tweens.add({ targets: o, alpha: 1, delay: 2600 + i * 250, duration: 300 });
      }
      y += Math.max(16, txt.height) + 6;
      shownNews += 1;
    }
    if (r.news.length > shownNews) label(this, mc.start(14), y, t(s.finished ? 'res.moreNewsFinal' : 'res.moreNews', { n: r.news.length - shownNews }), { size: 'tiny', color: palette.textMuted });

    // Footer: continue.
    const foot = new Region(this);
    const renderFoot = () => foot.render(() => this.footer(footBox));
    renderFoot();
    this.onTeardown(
      session.on('change', () => {
        const snap = session.snapshot;
        if (!snap || snap.phase !== 'results') return;
        top.render(() => (this.timer = renderTopBar(this, topBox, snap, t('phase.results'), r.quarter).timer));
        renderFoot();
      }),
    );
    this.time.addEvent({
      delay: 250,
      loop: true,
      callback: () => {
        const snap = session.snapshot;
        if (snap && this.timer?.active) setLabel(this.timer, timerText(snap));
      },
    });
  }

  private companyColumn(b: Box, role: Role): void {
    const s = session.snapshot!;
    const r = s.reports[s.reports.length - 1];
    const cr = companyReport(r, role)!;
    const p = panel(this, b, { title: t('res.yourQuarter', { company: roleName(role) }), icon: monogramKey(role), accent: companyColor[role] });
    const c = p.content;
    // Headline figures.
    const v = cr.valuation;
    const prev = s.reports.length > 1 ? companyReport(s.reports[s.reports.length - 2], role)?.valuation.sharePrice ?? null : s.companies[role]?.startSharePrice ?? null;
    const change = prev ? v.sharePrice / prev - 1 : 0;
    const cards: [string, string, number][] = [
      [t('co.revenue'), money(cr.pnl.revenue.reduce((x, l) => x + l.amount, 0)), palette.text],
      [t('co.netIncome'), money(cr.pnl.netIncome), cr.pnl.netIncome >= 0 ? palette.good : palette.bad],
      [t('co.cash'), money(cr.cashFlow.closing), cr.cashFlow.closing >= 0 ? palette.text : palette.bad],
      [t('co.sharePrice'), `${price(v.sharePrice)} ${pctDelta(change)}`, change >= 0 ? palette.good : palette.bad],
    ];
    const narrow = c.w < 460;
    const cols = narrow
      ? [...new Box(c.x, c.y, c.w, 40).columns(2, 8), ...new Box(c.x, c.y + 46, c.w, 40).columns(2, 8)]
      : new Box(c.x, c.y, c.w, 46).columns(4, 8);
    cards.forEach(([k, val, col], i) => {
      const g = this.add.graphics();
      roundRect(g, cols[i], 8, palette.bgDeep, 0.7, palette.stroke, 1);
      const one = narrow;
      label(this, cols[i].start(8), one ? cols[i].cy : cols[i].y + 5, k, { size: 'tiny', color: palette.textMuted, maxWidth: cols[i].w * 0.36, originY: one ? 0.5 : 0 });
      const vt = one
        ? label(this, cols[i].end(8), cols[i].cy, val, { size: 'small', bold: true, color: col, align: 'end', originY: 0.5, maxWidth: cols[i].w * 0.62 })
        : label(this, cols[i].start(8), cols[i].y + 22, val, { size: 'small', bold: true, color: col, maxWidth: cols[i].w - 12 });
      vt.setAlpha(0);
      this.tweens.add({ targets: vt, alpha: 1, delay: 1300 + i * 120, duration: 300 });
    });
    let y = c.y + (narrow ? 96 : 56);
    label(this, c.start(), y, t('cp.pnl'), { size: 'small', bold: true });
    helpBadge(this, c.end(8), y + 8, 'help.res.pnl', t('help.pnl'), 7);
    y += 20;
    const capH = 113;
    const wf = new Waterfall(this, new Box(c.x, y, c.w, c.bottom - y - capH - 8), 'chart.pnl', t('cp.pnl'), pnlData(cr));
    wf.animateIn(1200, 90);
    // Capacity and investors: one figure a row, so every name is read whole (Arabic names are long).
    const cy = c.bottom - capH;
    const cap = cr.capacity;
    const g = this.add.graphics();
    roundRect(g, { x: c.x, y: cy, w: c.w, h: capH }, 8, palette.bgDeep, 0.6, palette.stroke, 1);
    const rowW = c.w - 20;
    stat(this, c.x + 10, cy + 7, rowW, t('res.compute'), `${num(cap.availableCU, 1)} ${t('unit.cu')}`, { size: 'tiny', help: t('help.ready') });
    stat(this, c.x + 10, cy + 24, rowW, t('res.split'), `${num(cap.trainingCU, 1)} / ${num(cap.productsCU, 1)} / ${num(cap.cloudCU, 1)} ${t('unit.cu')}`, { size: 'tiny', help: t('help.split') });
    stat(this, c.x + 10, cy + 41, rowW, t('co.quality'), `${num(cr.quality, 1)} · ${t('co.rank', { rank: cr.qualityRank, of: s.reports[s.reports.length - 1].companies.length })}`, { size: 'tiny' });
    stat(this, c.x + 10, cy + 58, rowW, t('res.sentiment'), `${numDelta(cr.sentiment.after - cr.sentiment.before, 2)}`, {
      size: 'tiny',
      valueColor: cr.sentiment.after >= cr.sentiment.before ? palette.good : palette.bad,
      help: cr.sentiment.causes.map((x) => `${lineLabel(x.key)} ${numDelta(x.amount, 2)}`).join('\n') || t('res.sentiment'),
    });
    const pen = investorFigures(cr).find((f) => f.id === 'capexPenalty')!;
    stat(this, c.x + 10, cy + 75, rowW, pen.name, pen.value, { size: 'tiny', valueColor: toneColor(pen.tone), help: pen.help, id: 'results.capexPenalty' });
    const investors = t('res.investorsNote', { circ: pct(v.circularShare ?? 0, 0), headroom: cr.solvency ? money(cr.solvency.headroom) : '—' });
    const idleNote = cap.strandedGW > 0.005 ? t('res.stranded', { gw: num(cap.strandedGW, 2) }) : cap.idleCU > 0.05 ? t('res.idle', { cu: num(cap.idleCU, 1) }) : investors;
    label(this, c.start(10), cy + 93, idleNote, { size: 'tiny', color: cap.strandedGW > 0.005 || cap.idleCU > 0.05 ? palette.warn : palette.textMuted, maxWidth: c.w - 20 });
  }

  private standingsColumn(b: Box): void {
    const s = session.snapshot!;
    const p = panel(this, b, { title: t('spec.standings'), icon: iconKey('trophy') });
    const c = p.content;
    let y = c.y;
    standingsOf(s).forEach((st, i) => {
      this.add.image(c.start(16), y + 16, monogramKey(st.role)).setDisplaySize(30, 30);
      label(this, c.start(40), y + 2, `${i + 1}. ${roleName(st.role)}`, { size: 'small', bold: true, color: companyColor[st.role] });
      label(this, c.start(40), y + 19, st.bankrupt ? t('seat.bankrupt') : `${price(st.sharePrice)} · ${money(st.marketCap)}`, { size: 'tiny', color: palette.textDim });
      label(this, c.end(), y + 8, pctDelta(st.tsr), { size: 'h3', bold: true, align: 'end', color: st.tsr >= 0 ? palette.good : palette.bad });
      y += 46;
    });
  }

  private footer(b: Box): void {
    const s = session.snapshot!;
    const g = this.add.graphics();
    roundRect(g, b, 12, palette.panel, 0.96, palette.stroke, 1);
    const inner = b.inset(14, 8);
    const seated = Object.values(s.seats).filter((x) => x.kind === 'human' && x.claimed && !x.autopilot && !s.companies[x.role]?.bankrupt);
    const ready = seated.filter((x) => x.ready).length;
    const mine = session.role ? s.seats[session.role] : null;
    const finished = s.finished;
    if (finished) {
      const go = new Button(this, 0, inner.y, {
        id: 'results.debrief',
        text: t('res.toDebrief'),
        variant: 'primary',
        icon: iconKey('trophy'),
        iconTint: palette.textOnAccent,
        h: 34,
        size: 'small',
        onClick: () => {
          this.final = false;
          this.scene.start('Debrief');
        },
      });
      go.setX(inner.endX(0, go.bw));
    }
    // One action: a seated player says they are ready (alone, that starts the next quarter); a host
    // without a seat starts it. The line beside it says what the room waits for; a host who does not
    // want to wait for everyone finds "Next quarter" in the Host menu.
    const others = seated.filter((x) => x.role !== session.role);
    const solo = !!mine && others.length === 0;
    let msgLabel: Phaser.GameObjects.Text | null = null;
    const refused = (e: Parameters<typeof describeServerError>[0]) => {
      if (!msgLabel?.active) return;
      setLabel(msgLabel, describeServerError(e));
      msgLabel.setColor(css(palette.bad));
    };
    let buttonW = 0;
    if (mine && !finished) {
      const waitingFor = others.filter((x) => !x.ready).length;
      const b1 = new Button(this, 0, inner.y, {
        id: 'results.continue',
        text: mine.ready ? `✓ ${t('res.readyWaiting', { n: waitingFor })}` : solo ? t('res.next') : t('res.imReady'),
        variant: mine.ready ? 'secondary' : 'primary',
        selected: mine.ready,
        accent: palette.good,
        h: 34,
        size: 'small',
        icon: mine.ready ? undefined : iconKey('play'),
        iconTint: palette.textOnAccent,
        tooltip: mine.ready ? t('res.unready') : undefined,
        onClick: () =>
          void session.setReady(!mine.ready).then((res) => {
            if (!res.ok) refused(res.error);
          }),
      });
      b1.setX(inner.endX(0, b1.bw));
      buttonW = b1.bw;
    } else if (session.isHost && !finished) {
      const b2 = new Button(this, 0, inner.y, {
        id: 'results.next',
        text: t('host.next'),
        variant: 'primary',
        icon: iconKey('play'),
        iconTint: palette.textOnAccent,
        h: 34,
        size: 'small',
        onClick: () => void session.host({ command: 'next' }).then((res) => !res.ok && refused(res.error)),
      });
      b2.setX(inner.endX(0, b2.bw));
      buttonW = b2.bw;
    }
    let msg: string;
    if (finished) msg = t('res.finished');
    else if (solo && s.settings.resultsSeconds === 0) msg = t('res.soloHint');
    else if (seated.length === 0) msg = s.settings.resultsSeconds > 0 ? t('res.timerOnly') : session.isHost ? t('res.botsOnly') : t('res.waitHost');
    else {
      const timer = s.settings.resultsSeconds > 0 ? t('res.nextIn') : t('res.whenReady');
      msg = `${timer} ${t('res.waiting', { ready, total: seated.length })}`;
      if (session.isHost && mine && !solo) msg += ` ${t('res.hostMenu')}`;
    }
    msgLabel = label(this, inner.start(), inner.cy, msg, { size: 'small', color: palette.textDim, originY: 0.5, wrap: inner.w - Math.max(buttonW, finished ? 200 : 0) - 24, maxLines: 2 });
  }
}
