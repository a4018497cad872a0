import type Phaser from 'phaser';
import type { ClassCommandResult } from '../../shared/classroom/protocol';
import type { HostCommand, PersonaId } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import { iconKey, monogramKey } from '../assets';
import { ClassConnection, currentClass, setCurrentClass, type ClassGroupView, type ClassSeat, type ClassView } from '../classroom/connection';
import { joinUrl, projectorUrl, setClassUrl } from '../classroom/entry';
import { commandName, groupName, phaseLine, personaName, timeLeft, tc } from '../classroom/i18n';
import { savedConsole } from '../classroom/storage';
import { eventDef, eventText, eventTitle, setScenario } from '../i18n/engineText';
import { companyColor, palette } from '../theme/palette';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { copyText } from '../ui/clipboard';
import { roleName } from '../ui/company';
import { num, pctDelta } from '../i18n/format';
import { roundRect } from '../ui/draw';
import { Modal } from '../ui/modal';
import { Region } from '../ui/region';
import { label, setLabel } from '../ui/text';
import { isRtl } from '../i18n';
import { describeServerError } from './errors';
import { languageButton, titleMark } from './common';
import { qrImage } from '../classroom/qr';
import { DEFAULT_SCENARIO, SCENARIOS } from '../../shared/engine';

// The teacher's console: every group's join code (with link and QR code), phase, timer and seats
// (joined, connected, submitted), commands for all groups at once or for one, the projector's
// mode, and the way to the class debrief. The class room keeps running when this tab reloads: the
// console rejoins with the host secret kept in sessionStorage.

export class ClassHostScene extends BaseScene {
  private conn: ClassConnection | null = null;
  private grid!: Region;
  private bar!: Region;
  private statusText!: Phaser.GameObjects.Text;
  private connText!: Phaser.GameObjects.Text;
  private timers: { text: Phaser.GameObjects.Text; group: number }[] = [];
  private lastMessage: { text: string; isError: boolean } | null = null;

  constructor() {
    super('ClassHost');
  }

  build(): void {
    const { w, h } = this.vp;
    const page = new Box(16, 0, w - 32, h);
    titleMark(this, page);
    this.bar = new Region(this);
    this.grid = new Region(this);
    this.statusText = label(this, page.start(), h - 22, '', { size: 'small', color: palette.textDim, maxWidth: page.w * 0.85 });
    this.connText = label(this, page.end(), h - 22, '', { size: 'small', color: palette.warn, align: 'end' });
    if (this.lastMessage) this.say(this.lastMessage.text, this.lastMessage.isError);
    const render = () => {
      const v = this.conn?.view;
      if (!v) return;
      setScenario(v.scenario);
      this.bar.render(() => this.renderBar(page, v));
      this.grid.render(() => this.renderGrid(new Box(page.x, 134, page.w, h - 134 - 30), v));
      this.showConnection();
    };
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.tickTimers() });
    void this.connect().then(() => {
      if (!this.sys.isActive() || !this.conn) return;
      this.onTeardown(this.conn.on(render));
      render();
    });
  }

  /** The tab's live class connection, or a rejoin with the secret this tab kept (a reload). */
  private async connect(): Promise<void> {
    const live = currentClass();
    if (live && live.room) {
      this.conn = live;
      return;
    }
    const saved = savedConsole();
    if (!saved) {
      this.scene.start('ClassSetup');
      return;
    }
    this.say(tc('host.rejoining'), false);
    try {
      const conn = await ClassConnection.join(saved.classId, { hostSecret: saved.hostSecret });
      setCurrentClass(conn);
      this.conn = conn;
      this.say('', false);
    } catch {
      // The class room is gone (closed, or the server restarted): its debrief is what is left.
      if (!this.sys.isActive()) return;
      setClassUrl('debrief', saved.classId);
      this.scene.start('ClassDebrief');
    }
  }

  private say(text: string, isError: boolean): void {
    this.lastMessage = { text, isError };
    if (!this.statusText?.active) return;
    setLabel(this.statusText, text, (this.vp.w - 32) * 0.85);
    this.statusText.setColor(isError ? '#ff8a4c' : '#a3b1c6');
  }

  private showConnection(): void {
    const s = this.conn?.state;
    setLabel(this.connText, s === 'reconnecting' ? tc('conn.reconnecting') : s === 'lost' ? tc('conn.lost') : '');
  }

  private report(cmd: HostCommand['command'], res: ClassCommandResult): void {
    const total = res.results.length;
    const ok = res.results.filter((r) => r.ok).length;
    const name = commandName(cmd);
    if (!res.ok) return this.say(tc('cmd.failed', { command: name, reason: describeServerError(res.error) }), true);
    if (ok === total) return this.say(tc('cmd.ok', { command: name, n: ok, total }), false);
    // Groups the command did not apply to (already resolved, still planning, not started, ended)
    // are said where they are, grouped; only real refusals are shown as errors.
    const failed = res.results.filter((r): r is Extract<typeof r, { ok: false }> => !r.ok);
    const skipped = new Map<string, number[]>();
    const problems: string[] = [];
    for (const r of failed) {
      const state = skipReason(cmd, r.error.code, this.conn?.view?.groups.find((g) => g.index === r.group));
      if (state) skipped.set(state, [...(skipped.get(state) ?? []), r.group]);
      else problems.push(`${groupName(r.group)}: ${describeServerError(r.error)}`);
    }
    const parts = [tc('cmd.ok', { command: name, n: ok, total })];
    for (const [state, groups] of skipped) parts.push(`${groupList(groups)}: ${state}`);
    this.say([...parts, ...problems].join(' · '), problems.length > 0);
  }

  private async run(command: HostCommand, group?: number): Promise<void> {
    if (!this.conn) return;
    const res = await this.conn.command(command, group);
    if (this.sys.isActive()) this.report(command.command, res);
  }

  // ------------------------------------------------------------------ top bar and class-wide commands

  private renderBar(page: Box, v: ClassView): void {
    const lang = languageButton(this, page);
    const debrief = new Button(this, 0, 12, {
      id: 'host.debrief',
      text: tc('host.debrief'),
      icon: iconKey('chart'),
      size: 'small',
      h: 32,
      onClick: () => {
        setClassUrl('debrief', v.id);
        this.scene.start('ClassDebrief');
      },
    });
    debrief.setX(page.endX(lang.bw + 8, debrief.bw));
    const proj = new Button(this, 0, 12, {
      id: 'host.projector',
      text: tc('host.projector'),
      icon: iconKey('investors'),
      size: 'small',
      h: 32,
      tooltip: tc('host.projectorHelp'),
      onClick: () => {
        const key = this.conn?.info?.viewKey ?? '';
        window.open(projectorUrl(v.id, key), `projector-${v.id}`);
      },
    });
    proj.setX(page.endX(lang.bw + debrief.bw + 16, proj.bw));
    const titleW = page.w - 210 - (lang.bw + debrief.bw + proj.bw + 40);
    const title = v.title ? tc('host.titleNamed', { title: v.title, code: v.id }) : tc('host.title', { code: v.id });
    label(this, page.start(200), 10, title, { size: 'h2', bold: true, maxWidth: titleW });
    const students = v.groups.reduce((n, g) => n + g.seats.filter((s) => s.claimed && s.connected).length, 0);
    label(this, page.start(200), 33, tc('host.info', { seed: v.seed, quarters: v.quarters, timer: timeLeft(v.planningSeconds * 1000, true), students }), {
      size: 'tiny',
      color: palette.textDim,
      maxWidth: titleW,
    });

    // Commands for every group.
    const y = 56;
    const allLabel = label(this, page.start(), y + 9, tc('host.all'), { size: 'small', bold: true, color: palette.highlight });
    let x = allLabel.width + 12;
    const anyPaused = v.groups.some((g) => g.paused);
    const anyPlaying = v.groups.some((g) => g.phase === 'planning' || g.phase === 'results');
    const anyRunning = v.groups.some((g) => (g.phase === 'planning' || g.phase === 'results') && !g.paused);
    const anyLobby = v.groups.some((g) => g.phase === 'lobby');
    const cmd = (id: string, text: string, onClick: () => void, variant: 'secondary' | 'primary' | 'danger' = 'secondary', enabled = true) => {
      const b = new Button(this, 0, y, { id: `host.all.${id}`, text, size: 'small', h: 32, variant, disabled: !enabled, onClick });
      b.setX(page.startX(x, b.bw));
      x += b.bw + 6;
      return b;
    };
    cmd('start', tc('cmd.start'), () => void this.run({ command: 'start', force: true }), anyLobby ? 'primary' : 'secondary', anyLobby);
    cmd('pause', tc('cmd.pause'), () => void this.run({ command: 'pause' }), 'secondary', anyRunning);
    cmd('resume', tc('cmd.resume'), () => void this.run({ command: 'resume' }), anyPaused ? 'primary' : 'secondary', anyPaused);
    cmd('extend', tc('cmd.extend'), () => void this.run({ command: 'extendTimer', seconds: 60 }), 'secondary', anyPlaying);
    cmd('resolveNow', tc('cmd.resolveNow'), () => void this.run({ command: 'resolveNow' }), 'secondary', v.groups.some((g) => g.phase === 'planning'));
    cmd('next', tc('cmd.next'), () => void this.run({ command: 'next' }), 'secondary', v.groups.some((g) => g.phase === 'results'));
    cmd('inject', tc('cmd.inject'), () => this.openInject(v, undefined), 'secondary', v.groups.some((g) => g.phase !== 'debrief' && g.phase !== 'closed'));
    cmd('end', tc('cmd.end'), () => this.confirmEnd(undefined), 'danger', v.groups.some((g) => g.phase !== 'debrief' && g.phase !== 'closed'));

    // Projector mode and the teacher key.
    const y2 = 96;
    const pl = label(this, page.start(), y2 + 7, tc('host.projectorShows'), { size: 'small', color: palette.textDim });
    const items = [{ value: 'all', text: tc('projector.all') }, ...v.groups.map((g) => ({ value: String(g.index), text: String(g.index + 1) }))];
    const current = v.projectorMode === 'all' ? 'all' : String(v.projectorGroup);
    // The group is laid out from its left edge: measure its buttons (text + padding, as Button does).
    const probe = label(this, 0, 0, '', { size: 'tiny', bold: true });
    const groupW = items.reduce((sum, it) => sum + Math.ceil(setLabel(probe, it.text).width + 28), 0) + (items.length - 1) * 4;
    probe.destroy();
    const choice = new ChoiceGroup(this, page.startX(pl.width + 12, groupW), y2, {
      id: 'host.projectorMode',
      items,
      value: current,
      itemW: undefined,
      h: 28,
      gap: 4,
      size: 'tiny',
      onChange: (val) => {
        if (!this.conn) return;
        void this.conn.projector(val === 'all' ? 'all' : 'group', val === 'all' ? undefined : Number(val)).then((r) => {
          if (!r.ok && this.sys.isActive()) this.say(describeServerError(r.error), true);
        });
      },
    });
    void choice;
    const key = this.conn?.info?.hostSecret ?? '';
    const copyKey = new Button(this, 0, y2, {
      id: 'host.copyKey',
      text: tc('host.copyKey'),
      icon: iconKey('copy'),
      variant: 'ghost',
      size: 'tiny',
      h: 28,
      tooltip: tc('host.keyHelp', { key }),
      onClick: () => void copyText(`${v.id} ${key}`).then((ok) => this.say(ok ? tc('host.keyCopied') : `${v.id} ${key}`, !ok)),
    });
    copyKey.setX(page.endX(0, copyKey.bw));
    let legendEnd = copyKey.bw + 16;
    if (v.projectors > 0) {
      const on = label(this, page.end(legendEnd), y2 + 7, tc('host.projectorsOn', { n: v.projectors }), { size: 'tiny', color: palette.good, align: 'end' });
      legendEnd += on.width + 16;
    }
    // The legend of the seat marks, where the projector buttons leave room for it.
    if (page.w - (pl.width + 12 + groupW) - legendEnd > 290) this.legend(page, y2 + 14, legendEnd);
  }

  /** What the three seat marks mean, once for all cards. */
  private legend(page: Box, cy: number, endOffset: number): void {
    const items: [string, number, 'person' | 'wifi' | 'check'][] = [
      [tc('status.joined'), palette.accent, 'person'],
      [tc('status.connected'), palette.good, 'wifi'],
      [tc('status.submitted'), palette.good, 'check'],
    ];
    let x = endOffset;
    const g = this.add.graphics();
    for (const [text, color, glyph] of [...items].reverse()) {
      const t = label(this, page.end(x), cy, text, { size: 'tiny', color: palette.textDim, align: 'end', originY: 0.5 });
      x += t.width + 12;
      const cx = page.end(x);
      g.fillStyle(color, 1).fillCircle(cx, cy, 7);
      if (glyph === 'wifi') g.fillStyle(palette.textOnAccent, 1).fillCircle(cx, cy, 2.5);
      else this.add.image(cx, cy, iconKey(glyph)).setDisplaySize(11, 11).setTint(palette.textOnAccent);
      x += 20;
    }
  }

  // ------------------------------------------------------------------ group cards

  private gridShape(n: number, box: Box): { cols: number; rows: number } {
    let best = { cols: 1, rows: n, score: -1 };
    for (let cols = 1; cols <= Math.min(n, 6); cols++) {
      const rows = Math.ceil(n / cols);
      const w = box.w / cols;
      const h = box.h / rows;
      // Cards read best around 300×200; penalize very flat or very narrow ones.
      const score = Math.min(w / 300, 1.4) * Math.min(h / 170, 1.4) - (rows * cols - n) * 0.02;
      if (score > best.score) best = { cols, rows, score };
    }
    return best;
  }

  private renderGrid(box: Box, v: ClassView): void {
    this.timers = [];
    const n = v.groups.length;
    const { cols, rows } = this.gridShape(n, box);
    const gap = 10;
    const cw = (box.w - gap * (cols - 1)) / cols;
    const ch = (box.h - gap * (rows - 1)) / rows;
    v.groups.forEach((g, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const card = new Box(box.startX(col * (cw + gap), cw), box.y + row * (ch + gap), cw, ch);
      this.renderCard(card, g, v);
    });
  }

  private renderCard(card: Box, g: ClassGroupView, v: ClassView): void {
    const bg = this.add.graphics();
    const live = g.phase === 'planning' || g.phase === 'results';
    const accent = g.paused ? palette.warn : live ? palette.accent : g.phase === 'debrief' ? palette.good : palette.stroke;
    roundRect(bg, card, 10, palette.panel, 0.96, accent, g.paused ? 2 : 1);
    const inner = card.inset(10, 8, 10, 8);
    const roomy = card.h > 200;
    const gl = label(this, inner.start(), inner.y + 3, groupName(g.index), { size: 'small', bold: true, color: palette.textDim });
    const code = label(this, inner.start(gl.width + 10), inner.y - 3, g.code, { size: roomy ? 'h1' : 'h2', bold: true, mono: true, ltr: true, color: palette.highlight });
    code.setOrigin(document.documentElement.dir === 'rtl' ? 1 : 0, 0);
    const manage = new Button(this, 0, inner.y - 4, {
      id: `host.group.${g.index}.manage`,
      text: tc('group.manage'),
      variant: 'secondary',
      size: 'tiny',
      h: 24,
      onClick: () => this.openGroup(g.index),
    });
    manage.setX(inner.endX(0, manage.bw));

    // Phase and timer; then who submitted and what is queued.
    const humans = g.seats.filter((s) => s.kind === 'human' && s.claimed && !s.bankrupt);
    const submitted = humans.filter((s) => s.submitted).length;
    label(this, inner.start(), inner.y + 28, phaseLine(g, v), { size: 'tiny', bold: true, color: g.paused ? palette.warn : palette.text, maxWidth: inner.w * 0.6 });
    const timer = label(this, inner.end(), inner.y + 28, '', { size: 'tiny', bold: true, color: g.paused ? palette.warn : palette.textDim, align: 'end' });
    this.timers.push({ text: timer, group: g.index });
    this.updateTimer(timer, g);
    const notes: string[] = [];
    if (g.phase === 'planning' && humans.length) notes.push(tc('group.submitted', { n: submitted, total: humans.length }));
    if (g.queuedEvents > 0) notes.push(tc('group.queued', { n: g.queuedEvents }));
    if (g.phase === 'lobby') notes.push(tc('group.joined', { n: g.seats.filter((s) => s.claimed).length }));
    const lead = g.summary?.ranking[0];
    if (g.summary && lead && g.phase !== 'planning') notes.push(tc('group.mood', { mood: num(g.summary.mood, 0) }), tc('group.leader', { company: roleName(lead.role), tsr: pctDelta(lead.tsr) }));
    const allIn = g.phase === 'planning' && humans.length > 0 && submitted === humans.length;
    label(this, inner.start(), inner.y + 44, notes.join(' · '), { size: 'tiny', color: allIn ? palette.good : g.queuedEvents ? palette.highlight : palette.textMuted, maxWidth: inner.w });

    // Seats, with the join QR code and link beside them.
    const seatsTop = inner.y + 62;
    if (card.h < 200) {
      // Compact (many groups): the five seats side by side; the QR code is under Manage and on the projector.
      const colW = inner.w / 5;
      g.seats.forEach((s, i) => this.renderSeatChip(new Box(inner.startX(i * colW, colW), seatsTop, colW - 4, Math.min(40, inner.bottom - seatsTop)), s, g.index));
    } else {
      const linkH = roomy ? 16 : 0;
      const area = inner.bottom - seatsTop - linkH;
      const seatH = Math.max(15, Math.min(30, area / 5));
      const qrSize = Math.min(area, inner.w * 0.36, 150);
      const showQr = qrSize >= 60 && g.phase !== 'debrief';
      const seatW = showQr ? inner.w - qrSize - 12 : inner.w;
      g.seats.forEach((s, i) => this.renderSeat(new Box(inner.startX(0, seatW), seatsTop + i * seatH, seatW, seatH), s, g.index));
      if (showQr) qrImage(this, inner.endX(0, qrSize), seatsTop + Math.max(0, (area - qrSize) / 2), qrSize, joinUrl(g.code));
      if (roomy) {
        const link = label(this, inner.start(), inner.bottom - 13, joinUrl(g.code).replace(/^https?:\/\//, ''), { size: 'tiny', mono: true, ltr: true, color: palette.textMuted, maxWidth: seatW });
        link.setOrigin(document.documentElement.dir === 'rtl' ? 1 : 0, 0);
      }
    }
    this.expose(`host.group.${g.index}`, () => ({
      kind: 'readout',
      label: groupName(g.index),
      enabled: true,
      focused: false,
      state: { code: g.code, phase: g.phase, quarter: g.quarter, paused: g.paused, submitted, humans: humans.length, joined: g.seats.filter((s) => s.claimed).length, queuedEvents: g.queuedEvents },
      x: card.x,
      y: card.y,
      w: card.w,
      h: card.h,
    }));
  }

  private seatText(s: ClassSeat): { who: string; color: number } {
    let who: string;
    let color: number = palette.text;
    if (s.kind === 'absent') {
      who = tc('seat.absent');
      color = palette.textMuted;
    } else if (s.claimed) {
      who = s.name;
    } else if (s.kind === 'bot') {
      who = tc('seat.bot', { persona: personaName(s.persona) });
      color = palette.textDim;
    } else {
      who = tc('seat.open');
      color = palette.textMuted;
    }
    if (s.bankrupt) who += ` · ${tc('seat.bankrupt')}`;
    else if (s.claimed && s.autopilot) who += ` · ${tc('seat.autopilot')}`;
    return { who, color };
  }

  /** Joined · connected · submitted, in reading order from `x0` (the first mark's centre); colour plus a glyph or outline, never colour alone. */
  private seatMarks(x0: number, cy: number, r: number, step: number, s: ClassSeat, group: number): void {
    const role = s.role as Role;
    const g = this.add.graphics();
    const away = s.claimed && !s.connected;
    const icons: { on: boolean; color: number; glyph: 'person' | 'wifi' | 'check'; what: string }[] = [
      { on: s.claimed, color: palette.accent, glyph: 'person', what: tc('status.joined') },
      { on: s.claimed && s.connected, color: palette.good, glyph: 'wifi', what: away ? `${tc('status.connected')} (${tc('seat.away')})` : tc('status.connected') },
      { on: s.submitted, color: palette.good, glyph: 'check', what: tc('status.submitted') },
    ];
    const dir = isRtl() ? -1 : 1;
    icons.forEach((ic, i) => {
      const cx = x0 + dir * i * step;
      if (ic.on) {
        g.fillStyle(ic.color, 1).fillCircle(cx, cy, r);
        if (ic.glyph !== 'wifi') this.add.image(cx, cy, iconKey(ic.glyph)).setDisplaySize(r * 1.6, r * 1.6).setTint(palette.textOnAccent);
        else g.fillStyle(palette.textOnAccent, 1).fillCircle(cx, cy, r * 0.35);
      } else {
        g.lineStyle(1.5, i === 1 && away ? palette.bad : palette.strokeStrong, 1).strokeCircle(cx, cy, r - 1);
        if (i === 1 && away) g.lineBetween(cx - r * 0.5, cy - r * 0.5, cx + r * 0.5, cy + r * 0.5);
      }
    });
    const left = Math.min(x0, x0 + dir * 2 * step) - r - 2;
    const zone = this.add.zone(left, cy - r - 2, 2 * step + 2 * r + 4, 2 * r + 4).setOrigin(0, 0).setInteractive();
    const tip = icons.map((ic) => `${ic.on ? '●' : '○'} ${ic.what}`).join('\n');
    zone.on('pointerover', () => this.tooltip.show(`seat.${group}.${role}`, `${roleName(role)}\n${tip}`, { x: zone.x, y: zone.y, w: zone.width, h: zone.height }));
    zone.on('pointerout', () => this.tooltip.hide(`seat.${group}.${role}`));
  }

  private exposeSeat(box: Box, s: ClassSeat, group: number, who: string): void {
    const role = s.role as Role;
    this.expose(`host.group.${group}.seat.${role}`, () => ({
      kind: 'readout',
      label: `${roleName(role)}: ${who}`,
      enabled: true,
      focused: false,
      state: { name: s.name, kind: s.kind, claimed: s.claimed, connected: s.connected, submitted: s.submitted },
      x: box.x,
      y: box.y,
      w: box.w,
      h: box.h,
    }));
  }

  /** One seat as a row: monogram, who sits there, the three marks at the reading end. */
  private renderSeat(row: Box, s: ClassSeat, group: number): void {
    const role = s.role as Role;
    const size = Math.min(20, row.h - 4);
    this.add.image(row.start(size / 2), row.cy, monogramKey(role)).setDisplaySize(size, size).setAlpha(s.kind === 'absent' ? 0.35 : 1);
    const { who, color } = this.seatText(s);
    const human = s.kind === 'human';
    label(this, row.start(size + 6), row.cy, who, { size: row.h >= 24 ? 'small' : 'tiny', bold: s.claimed, color, originY: 0.5, maxWidth: row.w - size - 6 - (human ? 64 : 4) });
    if (human) this.seatMarks(row.end(8 + 2 * 19), row.cy, Math.min(7, row.h / 2 - 1), 19, s, group);
    this.exposeSeat(row, s, group, who);
  }

  /** One seat as a small column (compact cards): monogram and name, the three marks under them. */
  private renderSeatChip(box: Box, s: ClassSeat, group: number): void {
    const role = s.role as Role;
    this.add.image(box.start(8), box.y + 8, monogramKey(role)).setDisplaySize(16, 16).setAlpha(s.kind === 'absent' ? 0.35 : 1);
    const { who, color } = this.seatText(s);
    label(this, box.start(20), box.y + 1, s.kind === 'human' && !s.claimed ? tc('seat.open') : s.kind === 'bot' ? tc('common.bot') : who, { size: 'tiny', bold: s.claimed, color, maxWidth: box.w - 22 });
    if (s.kind === 'human') this.seatMarks(box.start(26), box.y + 27, 5, 13, s, group);
    this.exposeSeat(box, s, group, who);
  }

  private updateTimer(text: Phaser.GameObjects.Text, g: ClassGroupView): void {
    let s = '';
    if (g.phase === 'planning' || g.phase === 'results') {
      if (g.paused) s = g.timerRemainingMs > 0 ? tc('group.pausedLeft', { time: timeLeft(g.timerRemainingMs) }) : tc('group.paused');
      else if (g.timerDeadline > 0) s = tc('group.left', { time: timeLeft(Math.max(0, g.timerDeadline - Date.now())) });
      else s = g.phase === 'planning' ? tc('group.noTimer') : tc('group.waitingNext');
    }
    if (text.active) setLabel(text, s);
  }

  private tickTimers(): void {
    const v = this.conn?.view;
    if (!v) return;
    for (const t of this.timers) {
      const g = v.groups[t.group];
      if (g) this.updateTimer(t.text, g);
    }
  }

  // ------------------------------------------------------------------ dialogs

  private confirmEnd(group: number | undefined): void {
    const m = new Modal(this, 520, 210, group === undefined ? tc('confirm.endAll') : tc('confirm.endOne', { group: groupName(group) }), (inner) => {
      label(this, inner.start(), inner.y, tc('confirm.endText'), { size: 'body', color: palette.textDim, wrap: inner.w });
      const yes = new Button(this, 0, inner.bottom - 36, {
        id: 'confirm.end',
        text: tc('confirm.endYes'),
        variant: 'danger',
        h: 34,
        onClick: () => {
          m.close();
          void this.run({ command: 'end' }, group);
        },
      });
      yes.setX(inner.endX(0, yes.bw));
      const no = new Button(this, 0, inner.bottom - 36, { id: 'confirm.cancel', text: tc('confirm.cancel'), variant: 'secondary', h: 34, onClick: () => m.close() });
      no.setX(inner.endX(yes.bw + 10, no.bw));
    });
  }

  private openInject(v: ClassView, group: number | undefined): void {
    const events = scenarioEvents(v.scenario);
    let chosen = events[0] ?? '';
    const roles = (v.groups[group ?? 0]?.seats ?? []).filter((s) => s.kind !== 'absent').map((s) => s.role as Role);
    let target: Role = roles[0] ?? 'openai';
    const m = new Modal(this, 720, 470, group === undefined ? tc('inject.titleAll') : tc('inject.titleOne', { group: groupName(group) }), (inner) => {
      label(this, inner.start(), inner.y, tc('inject.hint'), { size: 'small', color: palette.textDim, wrap: inner.w });
      const colW = (inner.w - 16) / 3;
      const buttons: [string, Button][] = [];
      const desc = label(this, inner.start(), inner.y + 210, '', { size: 'small', color: palette.text, wrap: inner.w });
      const targetRow = inner.y + 282;
      const targetLabel = label(this, inner.start(), targetRow + 7, tc('inject.target'), { size: 'small', color: palette.textDim });
      const targets = new ChoiceGroup<Role>(this, inner.startX(targetLabel.width + 12, roles.length * 104), targetRow, {
        id: 'inject.target',
        items: roles.map((r) => ({ value: r, text: roleName(r), accent: companyColor[r] })),
        value: target,
        itemW: 98,
        h: 28,
        gap: 6,
        size: 'tiny',
        onChange: (r) => (target = r),
      });
      const showTarget = () => {
        const needs = eventDef(chosen)?.target !== 'global';
        targets.setVisible(needs);
        targetLabel.setVisible(needs);
      };
      events.forEach((id, i) => {
        const b = new Button(this, inner.startX((i % 3) * (colW + 8), colW), inner.y + 34 + Math.floor(i / 3) * 34, {
          id: `inject.event.${id}`,
          text: eventTitle(id),
          w: colW,
          h: 28,
          size: 'tiny',
          kind: 'choice',
          selected: id === chosen,
          onClick: () => {
            chosen = id;
            for (const [bid, btn] of buttons) btn.setSelected(bid === chosen);
            setLabel(desc, eventText(chosen));
            showTarget();
          },
        });
        buttons.push([id, b]);
      });
      setLabel(desc, eventText(chosen));
      showTarget();
      const go = new Button(this, 0, inner.bottom - 36, {
        id: 'inject.go',
        text: group === undefined ? tc('inject.goAll') : tc('inject.goOne', { group: groupName(group) }),
        variant: 'primary',
        h: 34,
        onClick: () => {
          const needs = eventDef(chosen)?.target !== 'global';
          m.close();
          void this.run({ command: 'injectEvent', eventId: chosen, ...(needs ? { target } : {}) }, group);
        },
      });
      go.setX(inner.endX(0, go.bw));
    });
  }

  private openGroup(index: number): void {
    const v = this.conn?.view;
    const g = v?.groups[index];
    if (!v || !g) return;
    const url = joinUrl(g.code);
    const m = new Modal(this, 820, 520, `${groupName(index)} · ${g.code}`, (inner) => {
      const [left, right] = inner.cutStart(240, 20);
      qrImage(this, left.x + 10, left.y, 220, url);
      label(this, left.cx, left.y + 228, tc('group.scan', { group: groupName(index) }), { size: 'small', align: 'center', color: palette.textDim, wrap: left.w });
      label(this, left.cx, left.y + 270, g.code, { size: 'display', bold: true, mono: true, ltr: true, align: 'center', color: palette.highlight }).setOrigin(0.5, 0);
      const shown = url.replace(/^https?:\/\//, '');
      label(this, left.cx, left.y + 316, shown, { size: 'tiny', mono: true, ltr: true, align: 'center', color: palette.textMuted, maxWidth: left.w }).setOrigin(0.5, 0);
      const copy = new Button(this, 0, left.y + 342, {
        id: 'group.copyLink',
        text: tc('group.copyLink'),
        icon: iconKey('link'),
        size: 'small',
        h: 30,
        onClick: () => void copyText(url).then((ok) => this.say(ok ? tc('copied') : url, !ok)),
      });
      copy.setX(left.cx - copy.bw / 2);

      // Seats: who is in, and removing a student or handing the seat to its bot.
      label(this, right.start(), right.y, tc('group.seats'), { size: 'h3', bold: true });
      g.seats.forEach((s, i) => {
        const row = new Box(right.x, right.y + 30 + i * 40, right.w, 34);
        const rg = this.add.graphics();
        roundRect(rg, row, 6, palette.bgDeep, 0.6, palette.stroke, 1);
        const role = s.role as Role;
        this.add.image(row.start(18), row.cy, monogramKey(role)).setDisplaySize(22, 22).setAlpha(s.kind === 'absent' ? 0.35 : 1);
        const who = s.kind === 'absent' ? tc('seat.absent') : s.claimed ? s.name : s.kind === 'bot' ? tc('seat.bot', { persona: personaName(s.persona) }) : tc('seat.open');
        const state = s.claimed ? [s.connected ? tc('status.connected') : tc('seat.away'), s.submitted ? tc('status.submitted') : ''].filter(Boolean).join(' · ') : '';
        label(this, row.start(36), row.y + 3, `${roleName(role)} · ${who}`, { size: 'small', bold: true, maxWidth: row.w - 250 });
        label(this, row.start(36), row.y + 19, state, { size: 'tiny', color: palette.textDim, maxWidth: row.w - 250 });
        if (s.kind === 'human' && g.phase !== 'debrief') {
          let x = 6;
          const act = (id: string, text: string, command: HostCommand) => {
            const b = new Button(this, 0, row.y + 4, {
              id: `group.${id}.${role}`,
              text,
              size: 'tiny',
              h: 26,
              variant: 'ghost',
              onClick: () => {
                m.close();
                void this.run(command, index);
              },
            });
            b.setX(row.endX(x, b.bw));
            x += b.bw + 6;
          };
          act('toBot', tc('group.toBot'), { command: 'seatToBot', role, persona: s.persona as PersonaId });
          if (s.claimed) act('kick', tc('group.kick'), { command: 'kick', role });
          // A student who lost their seat token (new device) comes back by name once the teacher allows it.
          if (s.claimed && !s.connected && g.phase !== 'lobby') act('allowBack', tc('group.allowBack'), { command: 'allowReclaim', role });
        }
      });

      // This group's commands.
      const y = right.y + 246;
      label(this, right.start(), y, tc('group.commands'), { size: 'h3', bold: true });
      let x = 0;
      let line = 0;
      const cmd = (id: string, text: string, onClick: () => void, enabled: boolean, variant: 'secondary' | 'danger' | 'primary' = 'secondary') => {
        const probe = new Button(this, 0, 0, { id: `group.cmd.${id}`, text, size: 'small', h: 32, variant, disabled: !enabled, onClick });
        if (x + probe.bw > right.w) {
          x = 0;
          line += 1;
        }
        probe.setPosition(right.startX(x, probe.bw), y + 28 + line * 40);
        x += probe.bw + 6;
      };
      const live = g.phase === 'planning' || g.phase === 'results';
      const close = (fn: () => void) => () => {
        m.close();
        fn();
      };
      cmd('start', tc('cmd.start'), close(() => void this.run({ command: 'start', force: true }, index)), g.phase === 'lobby', 'primary');
      if (g.paused) cmd('resume', tc('cmd.resume'), close(() => void this.run({ command: 'resume' }, index)), live, 'primary');
      else cmd('pause', tc('cmd.pause'), close(() => void this.run({ command: 'pause' }, index)), live);
      cmd('extend', tc('cmd.extend'), close(() => void this.run({ command: 'extendTimer', seconds: 60 }, index)), live);
      cmd('resolveNow', tc('cmd.resolveNow'), close(() => void this.run({ command: 'resolveNow' }, index)), g.phase === 'planning');
      cmd('next', tc('cmd.next'), close(() => void this.run({ command: 'next' }, index)), g.phase === 'results');
      cmd('inject', tc('cmd.inject'), close(() => this.openInject(v, index)), g.phase !== 'debrief' && g.phase !== 'closed');
      cmd('end', tc('cmd.end'), close(() => this.confirmEnd(index)), g.phase !== 'debrief' && g.phase !== 'closed', 'danger');
    });
  }
}

/** The events of the class's scenario a teacher can inject. */
function scenarioEvents(scenarioId: string): string[] {
  const sc = Object.values(SCENARIOS).find((s) => s.id === scenarioId) ?? DEFAULT_SCENARIO;
  return sc.events.map((e) => e.id);
}

/** Why a group was left out of a class-wide command, in the teacher's words; null for a real refusal. */
function skipReason(cmd: HostCommand['command'], code: string, g: ClassView['groups'][number] | undefined): string | null {
  if (code === 'MATCH_OVER') return tc('skip.ended');
  if (code === 'NO_EFFECT') {
    if (cmd === 'pause') return tc('skip.paused');
    if (cmd === 'resume') return tc('skip.notPaused');
    if (cmd === 'extendTimer') return tc('skip.noTimer');
    return null;
  }
  if (code !== 'WRONG_PHASE' || !g) return null;
  if (g.phase === 'lobby') return tc('skip.lobby');
  if (g.phase === 'planning') return tc('skip.planning');
  if (g.phase === 'results') return tc('skip.results');
  return tc('skip.ended');
}

/** "Group 2" or "Groups 1, 3" (numbers as the console shows them). */
function groupList(groups: number[]): string {
  if (groups.length === 1) return groupName(groups[0]);
  return tc('group.list', { list: groups.map((g) => g + 1).join(', ') });
}
