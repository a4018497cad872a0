import type Phaser from 'phaser';
import { Client, type Room } from '@colyseus/sdk';
import { crossGroupLeaderboard, type GroupSummary } from '../../shared/classroom/summary';
import type { Role } from '../../shared/roles';
import { iconKey, monogramKey } from '../assets';
import { LineChart } from '../charts/LineChart';
import { MoodGauge, moodBand, moodBandName } from '../charts/MoodGauge';
import { SupplyDemandChart } from '../charts/SupplyDemandChart';
import { ClassConnection, type ClassGroupView, type ClassView } from '../classroom/connection';
import { joinUrl, projectorKeyFromUrl, urlClassId } from '../classroom/entry';
import { groupColor, groupName, groupShort, phaseLine, tc, timeLeft } from '../classroom/i18n';
import { qrImage } from '../classroom/qr';
import { t } from '../i18n';
import { newsText, quarterLabel, setCalendarStart, setScenario } from '../i18n/engineText';
import { num, pctDelta } from '../i18n/format';
import { serverEndpoint } from '../net/session';
import { chipMarketData, cloudMarketData, sharePriceData } from '../planning/charts';
import { MatchMirror } from '../state/mirror';
import { lastReport, type MatchSnapshot } from '../state/model';
import { companyColor, palette } from '../theme/palette';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { roleName } from '../ui/company';
import { roundRect } from '../ui/draw';
import { panel } from '../ui/panel';
import { Region } from '../ui/region';
import { label, setLabel } from '../ui/text';
import { languageButton } from './common';

// The projector: readable from the back of a room at 1920×1080. The teacher switches it between
// every group side by side (join codes before the start; then mood, share prices and a
// leaderboard across groups) and one group live (its markets, mood, ranking and news). It joins
// the class room with the projector key (view only) and, for one group, that group's match room
// as a spectator (public state only).

/** Type sizes for the big screen, in logical pixels (×1.69 on a 1920×1080 projector). */
const BIG = { title: 30, head: 20, text: 16, small: 14, code: 40 } as const;

let conn: ClassConnection | null = null;

export class ClassProjectorScene extends BaseScene {
  private body!: Region;
  private timers: { text: Phaser.GameObjects.Text; group: number }[] = [];
  private groupRoom: Room | null = null;
  private groupCode = '';
  private snapshot: MatchSnapshot | null = null;
  private error = '';

  constructor() {
    super('ClassProjector');
  }

  build(): void {
    const { w, h } = this.vp;
    const page = new Box(18, 0, w - 36, h);
    this.body = new Region(this);
    this.onTeardown(() => void this.leaveGroup());
    const render = () => this.body.render(() => this.renderBody(page));
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.tickTimers() });
    render();
    void this.connect().then(() => {
      if (!this.sys.isActive() || !conn) return;
      this.onTeardown(conn.on(() => {
        void this.followGroup();
        render();
      }));
      void this.followGroup();
      render();
    });
  }

  private async connect(): Promise<void> {
    if (conn?.room) return;
    const id = urlClassId('projector');
    const key = projectorKeyFromUrl();
    if (!id || !key) {
      this.error = tc('proj.badKey');
      return;
    }
    try {
      conn = await ClassConnection.join(id, { viewKey: key });
    } catch {
      this.error = tc('proj.badKey');
      if (this.sys.isActive()) this.body.render(() => this.renderBody(new Box(18, 0, this.vp.w - 36, this.vp.h)));
    }
  }

  /** In "one group" mode, watch that group's match room as a spectator. */
  private async followGroup(): Promise<void> {
    const v = conn?.view;
    const want = v && v.projectorMode === 'group' ? v.groups[v.projectorGroup]?.code ?? '' : '';
    if (want === this.groupCode) return;
    await this.leaveGroup();
    this.groupCode = want;
    if (!want) return;
    try {
      const room = await new Client(serverEndpoint()).joinById(want, {});
      if (this.groupCode !== want || !this.sys.isActive()) {
        void room.leave(true);
        return;
      }
      this.groupRoom = room;
      room.onMessage('*', () => undefined);
      const mirror = new MatchMirror(room);
      room.onStateChange(() => {
        if (!room.state) return;
        this.snapshot = mirror.snapshot(null);
        if (this.sys.isActive()) this.body.render(() => this.renderBody(new Box(18, 0, this.vp.w - 36, this.vp.h)));
      });
    } catch {
      this.groupCode = '';
    }
  }

  private async leaveGroup(): Promise<void> {
    const room = this.groupRoom;
    this.groupRoom = null;
    this.snapshot = null;
    this.groupCode = '';
    if (room) await room.leave(true).catch(() => undefined);
  }

  private renderBody(page: Box): void {
    this.timers = [];
    const v = conn?.view;
    if (!v) {
      label(this, page.cx, page.cy, this.error || tc('proj.connecting'), { size: BIG.head, align: 'center', color: this.error ? palette.bad : palette.textDim, wrap: page.w * 0.7, originY: 0.5 }).setOrigin(0.5, 0.5);
      return;
    }
    setScenario(v.scenario);
    const lang = languageButton(this, page, 8, 'proj.lang');
    lang.setAlpha(0.5);
    if (v.projectorMode === 'group' && v.groups[v.projectorGroup]) this.renderGroup(page, v, v.groups[v.projectorGroup]);
    else if (v.groups.every((g) => g.phase === 'lobby')) this.renderJoin(page, v);
    else this.renderAll(page, v);
    this.expose('projector.view', () => ({ kind: 'readout', label: 'projector', enabled: true, focused: false, state: { mode: v.projectorMode, group: v.projectorGroup, groups: v.groups.length, snapshot: !!this.snapshot }, x: 0, y: 0, w: page.w, h: page.h }));
  }

  private header(page: Box, title: string, sub: string): void {
    this.add.image(page.start(14), 26, iconKey('chip')).setDisplaySize(26, 26).setTint(palette.accent);
    label(this, page.start(36), 8, title, { size: BIG.title, bold: true, maxWidth: page.w - 220 });
    if (sub) label(this, page.start(36), 46, sub, { size: BIG.text, color: palette.textDim, maxWidth: page.w - 220 });
  }

  // ------------------------------------------------------------------ before the start: join codes

  private renderJoin(page: Box, v: ClassView): void {
    const site = `${location.host}${location.pathname}`.replace(/\/$/, '');
    this.header(page, tc('proj.join'), tc('proj.joinHint', { url: site }));
    const area = new Box(page.x, 80, page.w, page.h - 80 - 12);
    const n = v.groups.length;
    const cols = n <= 2 ? n : n <= 4 ? 2 : n <= 6 ? 3 : 4;
    const rows = Math.ceil(n / cols);
    const gap = 12;
    const tw = (area.w - gap * (cols - 1)) / cols;
    const th = (area.h - gap * (rows - 1)) / rows;
    v.groups.forEach((g, i) => {
      const tile = new Box(area.startX((i % cols) * (tw + gap), tw), area.y + Math.floor(i / cols) * (th + gap), tw, th);
      const bg = this.add.graphics();
      roundRect(bg, tile, 14, palette.panel, 0.96, groupColor(g.index), 2);
      const qr = Math.min(th - 24, tw * 0.46);
      qrImage(this, tile.endX(12, qr), tile.y + (th - qr) / 2, qr, joinUrl(g.code));
      const textW = tw - qr - 36;
      label(this, tile.start(16), tile.y + 12, groupName(g.index), { size: BIG.head, bold: true, color: groupColor(g.index), maxWidth: textW });
      const codeSize = Math.min(BIG.code, textW / 4.2, th * 0.3);
      const code = label(this, tile.start(16), tile.y + th * 0.36, g.code, { size: codeSize, bold: true, mono: true, ltr: true, color: palette.highlight });
      code.setOrigin(document.documentElement.dir === 'rtl' ? 1 : 0, 0);
      const joined = g.seats.filter((s) => s.claimed).map((s) => s.name);
      label(this, tile.start(16), tile.bottom - 12, joined.length ? joined.join(', ') : tc('proj.nobodyYet'), { size: BIG.small, color: palette.textDim, wrap: textW, maxLines: 2, originY: 1 });
    });
  }

  // ------------------------------------------------------------------ all groups side by side

  private renderAll(page: Box, v: ClassView): void {
    this.header(page, v.title || tc('proj.class', { code: v.id }), '');
    const area = new Box(page.x, 62, page.w, page.h - 62 - 12);
    const [boardBox, tilesBox] = area.cutEnd(Math.min(300, area.w * 0.27), 14);
    this.renderLeaderboard(boardBox, v);
    const n = v.groups.length;
    const cols = n <= 2 ? n : n <= 4 ? 2 : n <= 9 ? 3 : 4;
    const rows = Math.ceil(n / cols);
    const gap = 10;
    const tw = (tilesBox.w - gap * (cols - 1)) / cols;
    const th = (tilesBox.h - gap * (rows - 1)) / rows;
    v.groups.forEach((g, i) => {
      const tile = new Box(tilesBox.startX((i % cols) * (tw + gap), tw), tilesBox.y + Math.floor(i / cols) * (th + gap), tw, th);
      this.renderTile(tile, g, v);
    });
  }

  private renderTile(tile: Box, g: ClassGroupView, v: ClassView): void {
    const bg = this.add.graphics();
    roundRect(bg, tile, 12, palette.panel, 0.96, g.paused ? palette.warn : palette.stroke, g.paused ? 2 : 1);
    bg.fillStyle(groupColor(g.index), 1).fillRoundedRect(tile.startX(0, 6), tile.y + 10, 6, 22, 3);
    const inner = tile.inset(14, 8, 12, 8);
    const timer = label(this, inner.end(), inner.y + 3, '', { size: BIG.small, bold: true, align: 'end', color: g.paused ? palette.warn : palette.textDim });
    const name = tile.w > 300 ? groupName(g.index) : groupShort(g.index);
    label(this, inner.start(), inner.y, name, { size: BIG.head, bold: true, maxWidth: inner.w - 60 });
    this.timers.push({ text: timer, group: g.index });
    this.updateTimer(timer, g);
    label(this, inner.start(), inner.y + 26, phaseLine(g, v), { size: BIG.small, color: palette.textDim, maxWidth: inner.w });
    const s = g.summary;
    const body = new Box(inner.x, inner.y + 48, inner.w, inner.h - 48);
    if (g.phase === 'lobby' || !s) {
      const qr = Math.min(body.h, body.w * 0.4);
      qrImage(this, body.endX(0, qr), body.y, qr, joinUrl(g.code));
      const code = label(this, body.start(), body.y + 4, g.code, { size: Math.min(BIG.code, body.w / 7), bold: true, mono: true, ltr: true, color: palette.highlight });
      code.setOrigin(document.documentElement.dir === 'rtl' ? 1 : 0, 0);
      return;
    }
    // Mood at the start edge, share prices beside it.
    const moodW = Math.min(96, body.w * 0.3);
    const band = moodBand(s.mood);
    label(this, body.start(moodW / 2), body.y + 4, num(s.mood, 0), { size: 34, bold: true, align: 'center', color: band.color }).setOrigin(0.5, 0);
    label(this, body.start(moodW / 2), body.y + 48, moodBandName(s.mood), { size: BIG.small, bold: true, align: 'center', color: band.color, wrap: moodW }).setOrigin(0.5, 0);
    label(this, body.start(moodW / 2), body.y + 70, tc('proj.mood'), { size: 11, align: 'center', color: palette.textMuted, wrap: moodW }).setOrigin(0.5, 0);
    const chartBox = new Box(body.startX(moodW + 8, body.w - moodW - 8), body.y, body.w - moodW - 8, body.h);
    if (chartBox.h >= 70) {
      new LineChart(this, chartBox, `projector.shares.${g.index}`, tc('proj.shares'), summaryShares(s));
    } else {
      const best = s.ranking[0];
      if (best) label(this, chartBox.start(), chartBox.y + 8, `${roleName(best.role)} ${pctDelta(best.tsr)}`, { size: BIG.text, bold: true, color: companyColor[best.role] });
    }
  }

  private renderLeaderboard(box: Box, v: ClassView): void {
    const p = panel(this, box, { title: tc('proj.leaderboard'), icon: iconKey('trophy'), accent: palette.highlight });
    const c = p.content;
    const board = crossGroupLeaderboard(v.groups.map((g) => ({ group: g.index, summary: g.summary })));
    const rowH = 34;
    const fits = Math.max(1, Math.floor(c.h / rowH));
    board.slice(0, fits).forEach((r, i) => {
      const y = c.y + i * rowH;
      label(this, c.start(), y + 4, `${i + 1}`, { size: BIG.text, bold: true, color: i === 0 ? palette.highlight : palette.textDim });
      this.add.image(c.start(38), y + 14, monogramKey(r.role)).setDisplaySize(24, 24).setAlpha(r.bankrupt ? 0.4 : 1);
      label(this, c.start(56), y + 4, `${roleName(r.role)} · ${groupShort(r.group)}`, { size: BIG.small, bold: true, color: companyColor[r.role], maxWidth: c.w - 56 - 76 });
      label(this, c.end(), y + 3, r.bankrupt ? tc('seat.bankrupt') : pctDelta(r.tsr), { size: BIG.text, bold: true, align: 'end', color: r.tsr >= 0 ? palette.good : palette.bad });
    });
    if (!board.length) label(this, c.start(), c.y, tc('proj.noRanking'), { size: BIG.small, color: palette.textMuted, wrap: c.w });
  }

  // ------------------------------------------------------------------ one group live

  private renderGroup(page: Box, v: ClassView, g: ClassGroupView): void {
    this.header(page, `${groupName(g.index)} · ${g.code}`, phaseLine(g, v));
    const timer = label(this, page.end(120), 16, '', { size: BIG.head, bold: true, align: 'end', color: g.paused ? palette.warn : palette.text });
    this.timers.push({ text: timer, group: g.index });
    this.updateTimer(timer, g);
    const s = this.snapshot;
    const area = new Box(page.x, 76, page.w, page.h - 76 - 12);
    if (!s) {
      label(this, area.cx, area.cy, tc('proj.connecting'), { size: BIG.head, align: 'center', color: palette.textDim }).setOrigin(0.5, 0.5);
      return;
    }
    setCalendarStart(s.settings.startYear, s.settings.startQuarter);
    const [side, main] = area.cutEnd(Math.min(340, area.w * 0.3), 12);
    const [top, bottom] = main.rows([1.15, 1], 10);
    const [chipsBox, cloudBox] = top.columns(2, 10);
    const r = lastReport(s);
    const quarterText = r ? quarterLabel(r.quarter) : '';
    const chips = panel(this, chipsBox, { title: tc('proj.chips'), caption: quarterText, icon: iconKey('chip') });
    new SupplyDemandChart(this, chips.content, 'projector.chips', tc('proj.chips'), chipMarketData(r, s, null));
    const cloud = panel(this, cloudBox, { title: tc('proj.cloud'), caption: quarterText, icon: iconKey('cloud') });
    new SupplyDemandChart(this, cloud.content, 'projector.cloud', tc('proj.cloud'), cloudMarketData(r, s, null));
    const shares = panel(this, bottom, { title: tc('proj.shares'), icon: iconKey('chart') });
    new LineChart(this, shares.content, 'projector.groupShares', tc('proj.shares'), sharePriceData(s));

    // Mood, ranking and news down the side.
    const [moodBox, rest] = side.cutTop(150, 10);
    const [rankBox, newsBox] = rest.cutTop(Math.min(200, 40 + Object.keys(s.companies).length * 30), 10);
    const mp = panel(this, moodBox, { title: tc('proj.mood'), icon: iconKey('gauge') });
    const before = r ? r.mood.before : null;
    new MoodGauge(this, mp.content.cx, mp.content.bottom - 16, Math.min(70, mp.content.w / 2 - 24, mp.content.h - 24), s.global.mood, before, 'projector.mood');
    const rp = panel(this, rankBox, { title: tc('proj.ranking'), icon: iconKey('trophy') });
    s.standings.slice(0, 5).forEach((st, i) => {
      const y = rp.content.y + i * 28;
      this.add.image(rp.content.start(12), y + 11, monogramKey(st.role)).setDisplaySize(22, 22);
      label(this, rp.content.start(30), y + 1, roleName(st.role), { size: BIG.small, bold: true, color: companyColor[st.role as Role] });
      label(this, rp.content.end(), y, st.bankrupt ? tc('seat.bankrupt') : pctDelta(st.tsr), { size: BIG.text, bold: true, align: 'end', color: st.tsr >= 0 ? palette.good : palette.bad });
    });
    const np = panel(this, newsBox, { title: tc('proj.news'), icon: iconKey('news') });
    const items = s.news.slice(-8).reverse();
    let y = np.content.y;
    for (const item of items) {
      if (y > np.content.bottom - 20) break;
      const txt = label(this, np.content.start(), y, newsText(item), { size: BIG.small, wrap: np.content.w, color: item.severity === 'bad' ? palette.bad : item.severity === 'good' ? palette.good : palette.text, maxLines: 3 });
      y += txt.height + 8;
    }
    if (!items.length) label(this, np.content.start(), y, tc('proj.noNews'), { size: BIG.small, color: palette.textMuted });
  }

  private updateTimer(text: Phaser.GameObjects.Text, g: ClassGroupView): void {
    let s = '';
    if (g.phase === 'planning' || g.phase === 'results') {
      if (g.paused) s = tc('group.paused');
      else if (g.timerDeadline > 0) s = timeLeft(Math.max(0, g.timerDeadline - Date.now()));
    }
    if (text.active) setLabel(text, s);
  }

  private tickTimers(): void {
    const v = conn?.view;
    if (!v) return;
    for (const t of this.timers) {
      const g = v.groups[t.group];
      if (g) this.updateTimer(t.text, g);
    }
  }
}

/** Share prices of a group's companies, start = 100. */
function summaryShares(s: GroupSummary): Parameters<LineChart['setData']>[0] {
  setCalendarStart(s.startYear, s.startQuarter);
  const n = Math.max(0, ...s.companies.map((c) => c.prices.length));
  return {
    // Short labels ("Q3"): a tile is narrow, and its subtitle names the full quarter.
    xLabels: Array.from({ length: n }, (_, i) => (i === 0 ? t('mk.start') : tc('quarter.short', { q: ((s.startQuarter - 1 + i - 1) % 4) + 1 }))),
    series: s.companies.map((c) => ({
      id: c.role,
      name: roleName(c.role),
      color: companyColor[c.role],
      values: c.prices.map((p) => (c.startSharePrice > 0 ? (p / c.startSharePrice) * 100 : null)),
      width: 3,
    })),
    refs: [{ value: 100, label: '100', color: palette.neutral }],
    y: { title: t('inv.indexAxis'), includeZero: false },
    format: (x) => num(x, 0),
    empty: t('chart.noData'),
  };
}
