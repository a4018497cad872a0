import QRCode from 'qrcode';
import { ROLES, type Role } from '../../shared/roles';
import { SETTINGS_LIMITS, checkDisplayName, type SeatKind } from '../../shared/protocol';
import { iconKey, monogramKey } from '../assets';
import { t, type MessageKey } from '../i18n';
import { personaName } from '../i18n/personas';
import { session } from '../net/session';
import { companyColor, palette } from '../theme/palette';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { copyText } from '../ui/clipboard';
import { roleName, roleText } from '../ui/company';
import { roundRect } from '../ui/draw';
import { Field } from '../ui/field';
import { panel } from '../ui/panel';
import { Region } from '../ui/region';
import { fontSizePx, label, setLabel } from '../ui/text';
import { Toggle } from '../ui/toggle';
import { languageButton, titleMark } from './common';
import { quarterLabel, setCalendarStart } from '../i18n/engineText';
import { forkQuarter } from '../replay/forks';
import { rt } from '../replay/i18n';
import { describeServerError } from './errors';

// Lobby: the join code (large, copyable, with a QR code), the five seats with each role's
// description and special rule, who is in and ready, host settings and the start button.

const settingsDraft: Record<string, string> = {};
/** The host's setting errors survive the lobby redrawing when someone joins or gets ready. */
const settingsErrors: Record<string, string> = {};
const qrPending = new Set<string>();
let settingsDraftCode = '';

export class LobbyScene extends BaseScene {
  private seats!: Region;
  private side!: Region;
  private status!: Region;
  private message = '';
  private messageIsError = false;

  constructor() {
    super('Lobby');
  }

  build(): void {
    const { w, h } = this.vp;
    const page = new Box(20, 0, w - 40, h);
    titleMark(this, page);
    label(this, page.cx, 20, t('lobby.title'), { size: 'h3', bold: true, align: 'center', color: palette.textDim });
    languageButton(this, page);
    const body = new Box(page.x, 56, page.w, h - 56 - 16);
    const [sideBox, seatsArea] = body.cutStart(300, 14);
    const [statusBox, seatsBox] = seatsArea.cutBottom(64, 12);
    this.side = new Region(this);
    this.seats = new Region(this);
    this.status = new Region(this);
    const renderAll = () => {
      if (!session.snapshot) return;
      this.side.render(() => this.renderSide(sideBox));
      this.seats.render(() => this.renderSeats(seatsBox));
      this.status.render(() => this.renderStatus(statusBox));
    };
    renderAll();
    this.onTeardown(session.on('change', renderAll));
  }

  private say(msg: string, isError: boolean): void {
    this.message = msg;
    this.messageIsError = isError;
    const s = session.snapshot;
    if (s) this.status.render(() => this.renderStatus(this.lastStatusBox!));
  }

  private lastStatusBox: Box | null = null;

  // ------------------------------------------------------------------ side: code, QR, settings

  private renderSide(box: Box): void {
    const s = session.snapshot!;
    const codeH = 244;
    const [codeBox, rest] = box.cutTop(codeH, 12);
    const p = panel(this, codeBox, { title: t('lobby.code'), icon: iconKey('link'), accent: palette.highlight });
    const c = p.content;
    const code = s.code;
    const codeText = label(this, c.start(), c.y - 4, code, { size: 44, bold: true, mono: true, ltr: true, color: palette.highlight });
    codeText.setOrigin(document.documentElement.dir === 'rtl' ? 1 : 0, 0);
    const url = `${location.origin}${location.pathname}?code=${code}`;
    const copy = new Button(this, 0, c.y + 54, {
      id: 'lobby.copyCode',
      text: t('lobby.copyCode'),
      icon: iconKey('copy'),
      size: 'small',
      h: 30,
      onClick: () => void copyText(code).then((ok) => this.say(ok ? t('lobby.copied') : code, !ok)),
    });
    copy.setX(c.startX(0, copy.bw));
    const link = new Button(this, 0, c.y + 54, {
      id: 'lobby.copyLink',
      text: t('lobby.copyLink'),
      icon: iconKey('link'),
      size: 'small',
      h: 30,
      onClick: () => void copyText(url).then((ok) => this.say(ok ? t('lobby.copied') : url, !ok)),
    });
    link.setX(c.startX(copy.bw + 8, link.bw));
    const qrSize = 84;
    label(this, c.start(), c.y + 98, t('lobby.share'), { size: 'tiny', color: palette.textDim, wrap: c.w - qrSize - 16 });
    const shown = url.replace(/^https?:\/\//, '');
    const urlText = label(this, c.start(), c.y + 148, shown, { size: 'tiny', color: palette.textMuted, mono: true, ltr: true, maxWidth: c.w - qrSize - 16 });
    urlText.setOrigin(document.documentElement.dir === 'rtl' ? 1 : 0, 0);
    const qrX = c.endX(0, qrSize);
    const qrY = c.y + 96;
    const g = this.add.graphics();
    roundRect(g, { x: qrX - 4, y: qrY - 4, w: qrSize + 8, h: qrSize + 8 }, 6, 0xffffff, 1);
    this.showQr(url, qrX, qrY, qrSize);

    if (session.isHost) this.renderSettings(rest);
    else this.renderInfo(rest);
  }

  private showQr(url: string, x: number, y: number, size: number): void {
    const key = `qr:${url}`;
    const place = () => {
      if (!this.sys.isActive()) return;
      this.add.image(x, y, key).setOrigin(0, 0).setDisplaySize(size, size);
    };
    if (this.textures.exists(key)) return place();
    if (qrPending.has(key)) {
      this.textures.once(`addtexture-${key}`, place);
      return;
    }
    qrPending.add(key);
    QRCode.toDataURL(url, { margin: 0, width: 256, color: { dark: '#0a101c', light: '#ffffff' } })
      .then((data: string) => {
        if (this.textures.exists(key)) return place();
        this.textures.once(`addtexture-${key}`, place);
        this.textures.addBase64(key, data);
      })
      .catch(() => undefined);
  }

  /** A fork of a replay says where it picks up; returns the height it used (0 for a new match). */
  private forkNote(c: Box, y: number): number {
    const s = session.snapshot!;
    const q = forkQuarter(s.code, s.quarter, s.reports.length);
    if (q === null) return 0;
    setCalendarStart(s.settings.startYear, s.settings.startQuarter);
    const text = q > 0 ? rt('rp.lobby.fork', { quarter: quarterLabel(q), played: q, total: s.settings.quarters }) : rt('rp.lobby.forkStart');
    const note = label(this, c.start(), y, text, { size: 'small', color: palette.highlight, wrap: c.w });
    return note.height + 8;
  }

  private renderInfo(box: Box): void {
    const s = session.snapshot!;
    const p = panel(this, box, { title: t('lobby.settings'), icon: iconKey('timer') });
    const c = p.content;
    const planning = s.settings.planningSeconds > 0 ? t('common.seconds', { n: s.settings.planningSeconds }) : t('common.noTimer');
    const forkH = this.forkNote(c, c.y);
    const summary = label(this, c.start(), c.y + forkH, t('lobby.settings.summary', { quarters: s.settings.quarters, planning, seed: s.settings.seed }), {
      size: 'small',
      color: palette.textDim,
      wrap: c.w,
    });
    this.nameField(c, Math.max(c.y + 62, summary.y + summary.height + 14));
    const leave = new Button(this, 0, c.bottom - 30, {
      id: 'lobby.leave',
      text: t('lobby.leaveMatch'),
      variant: 'ghost',
      size: 'small',
      h: 30,
      onClick: () => void session.leave(),
    });
    leave.setX(c.startX(0, leave.bw));
  }

  private nameField(c: Box, y: number): Field {
    const f = new Field(this, c.x, y, c.w, {
      id: 'lobby.name',
      label: t('lobby.name'),
      value: session.name,
      dir: 'auto',
      maxLength: 24,
      onInput: (v) => {
        session.name = v;
        f.setError(null);
      },
    });
    return f;
  }

  private renderSettings(box: Box): void {
    const s = session.snapshot!;
    if (settingsDraftCode !== s.code) {
      settingsDraftCode = s.code;
      for (const k of Object.keys(settingsDraft)) delete settingsDraft[k];
      for (const k of Object.keys(settingsErrors)) delete settingsErrors[k];
    }
    const value = (k: string, v: string | number) => settingsDraft[k] ?? String(v);
    const p = panel(this, box, { title: t('lobby.settings'), icon: iconKey('timer') });
    const c = p.content;
    const half = (c.w - 10) / 2;
    const fields: Field[] = [];
    const mk = (id: string, lab: string, x: number, y: number, w: number, v: string, mono = true) => {
      const f = new Field(this, x, y, w, {
        id: `lobby.settings.${id}`,
        label: lab,
        value: value(id, v),
        dir: 'ltr',
        mono,
        h: 28,
        onInput: (nv) => {
          settingsDraft[id] = nv;
          delete settingsErrors[id];
          f.setError(null);
        },
      });
      if (settingsErrors[id]) f.setError(settingsErrors[id]);
      fields.push(f);
      return f;
    };
    // A fork continues a replay: its seed, length and scenario are the replay's (the server refuses
    // to change them), so only the timers and the autopilot are offered.
    const forked = forkQuarter(s.code, s.quarter, s.reports.length) !== null;
    let y = c.y;
    if (forked) y += this.forkNote(c, y);
    const planning = mk('planning', t('lobby.settings.planning'), c.startX(0, half), y, half, String(s.settings.planningSeconds));
    const results = mk('results', t('lobby.settings.results'), c.startX(half + 10, half), y, half, String(s.settings.resultsSeconds));
    let quarters: Field | null = null;
    let seed: Field | null = null;
    if (forked) {
      const fixed = label(this, c.start(), y + 58, rt('rp.lobby.fixed', { seed: s.settings.seed, total: s.settings.quarters }), { size: 'tiny', color: palette.textMuted, wrap: c.w });
      y += fixed.height - 54;
    } else {
      quarters = mk('quarters', t('lobby.settings.quarters'), c.startX(0, half), y + 60, half, String(s.settings.quarters));
      seed = mk('seed', t('lobby.settings.seed'), c.startX(half + 10, half), y + 60, half, s.settings.seed);
    }
    const auto = new Toggle(this, c.x, y + 122, c.w, {
      id: 'lobby.settings.autopilot',
      text: t('lobby.settings.autopilot'),
      value: settingsDraft.autopilot !== undefined ? settingsDraft.autopilot === 'true' : s.settings.autopilot,
      onChange: (on) => (settingsDraft.autopilot = String(on)),
    });
    void auto;
    const apply = new Button(this, 0, y + 160, {
      id: 'lobby.settings.apply',
      text: t('lobby.settings.apply'),
      size: 'small',
      h: 30,
      tooltip: t('lobby.settings.hint'),
      onClick: () => void this.applySettings({ quarters, planning, results, seed }),
    });
    apply.setX(c.startX(0, apply.bw));
    if (!session.role) {
      label(this, c.start(), y + 204, t('lobby.hostSpectator'), { size: 'small', color: palette.textDim, wrap: c.w });
    } else {
      this.nameField(c, Math.min(y + 200, c.bottom - 50));
    }
  }

  private async applySettings(f: { quarters: Field | null; planning: Field; results: Field; seed: Field | null }): Promise<void> {
    const ints: [Field | null, string, string, { min: number; max: number }][] = [
      [f.quarters, 'quarters', 'quarters', SETTINGS_LIMITS.quarters],
      [f.planning, 'planning', 'planningSeconds', SETTINGS_LIMITS.planningSeconds],
      [f.results, 'results', 'resultsSeconds', SETTINGS_LIMITS.resultsSeconds],
    ];
    const settings: Record<string, unknown> = {};
    let bad = false;
    const fail = (field: Field, id: string, msg: string) => {
      settingsErrors[id] = msg;
      field.setError(msg);
      bad = true;
    };
    for (const [field, id, key, lim] of ints) {
      if (!field) continue;
      const n = Number(field.value.trim());
      if (!Number.isInteger(n) || n < lim.min || n > lim.max) fail(field, id, t('lobby.settings.range', { min: lim.min, max: lim.max }));
      else settings[key] = n;
    }
    if (f.seed) {
      const seed = f.seed.value.trim();
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(seed)) fail(f.seed, 'seed', t('lobby.settings.seedInvalid'));
      else settings.seed = seed;
    }
    if (settingsDraft.autopilot !== undefined) settings.autopilot = settingsDraft.autopilot === 'true';
    if (bad) return this.say(t('lobby.settings.notApplied'), true);
    const res = await session.host({ command: 'configure', settings });
    if (res.ok) {
      for (const k of Object.keys(settingsDraft)) delete settingsDraft[k];
      this.say(t('lobby.settings.applied'), false);
    } else this.say(describeServerError(res.error), true);
  }

  // ------------------------------------------------------------------ seats

  private renderSeats(box: Box): void {
    const s = session.snapshot!;
    const cols = box.columns(5, 10);
    // Every card uses the same text layout: the most compact one that the longest card needs.
    const level = Math.max(...ROLES.map((role, i) => this.textLayout(cols[i], role, 0, true).level));
    ROLES.forEach((role, i) => this.seatCard(cols[i], role, s.seats[role], level));
  }

  /**
   * Tagline, description and special rule, all shown in full when they fit: at `level` 1 the
   * tagline is smaller, 2 the lines are closer, 3 the tagline (a summary, also on Home) goes.
   * With `probe`, finds the level this card needs and draws nothing.
   */
  private textLayout(b: Box, role: Role, level: number, probe: boolean): { level: number; tag: Phaser.GameObjects.Text; desc: Phaser.GameObjects.Text; rule: Phaser.GameObjects.Text; avail: number; y: number } {
    const inner = b.inset(12, 14, 12, 12);
    const y = inner.y + 50;
    const tag = label(this, inner.start(), y, roleText(role, 'tagline'), { size: 'small', bold: true, color: companyColor[role], wrap: inner.w });
    const rule = label(this, inner.start(8), 0, roleText(role, 'rule'), { size: 'tiny', color: palette.text, wrap: inner.w - 16 });
    const desc = label(this, inner.start(), 0, roleText(role, 'desc'), { size: 'tiny', color: palette.textDim, wrap: inner.w });
    const bottomH = session.isHost ? 108 : 80;
    const avail = inner.bottom - bottomH - 8 - y;
    const need = () => (tag.visible ? tag.height + 6 : 0) + desc.height + 8 + rule.height + 24;
    const apply = (l: number) => {
      if (l >= 1) tag.setFontSize(fontSizePx('tiny'));
      if (l >= 2) for (const x of [desc, rule, tag]) x.setLineSpacing(0);
      if (l >= 3) tag.setVisible(false);
    };
    let at = level;
    apply(at);
    if (probe) {
      while (at < 3 && need() > avail) apply(++at);
      for (const x of [tag, desc, rule]) x.destroy();
    }
    return { level: at, tag, desc, rule, avail, y };
  }

  private seatCard(b: Box, role: Role, seat: NonNullable<typeof session.snapshot>['seats'][Role], level: number): void {
    const mine = session.role === role;
    const absent = seat.kind === 'absent';
    const g = this.add.graphics();
    roundRect(g, { x: b.x + 1, y: b.y + 3, w: b.w, h: b.h }, 12, 0x000000, 0.25);
    roundRect(g, b, 12, mine ? 0x13263d : palette.panel, absent ? 0.5 : 0.96, mine ? companyColor[role] : palette.stroke, mine ? 2 : 1);
    g.fillStyle(companyColor[role], absent ? 0.3 : 1);
    g.fillRoundedRect(b.x + 12, b.y, b.w - 24, 4, 2);
    const inner = b.inset(12, 14, 12, 12);
    this.add.image(inner.start(20), inner.y + 20, monogramKey(role)).setDisplaySize(40, 40).setAlpha(absent ? 0.4 : 1);
    label(this, inner.start(48), inner.y + 3, roleName(role), { size: 'body', bold: true, maxWidth: inner.w - 48 });
    label(this, inner.start(48), inner.y + 22, roleText(role, 'short'), { size: 'tiny', color: palette.textMuted, maxWidth: inner.w - 48 });
    const laid = this.textLayout(b, role, level, false);
    const { tag, desc, rule: ruleText } = laid;
    const bottomH = session.isHost ? 108 : 80;
    let y = laid.y;
    if (tag.visible) y += tag.height + 6;
    const ruleH = ruleText.height + 24;
    const ruleY = inner.bottom - bottomH - 8 - ruleH;
    const lineH = desc.height / Math.max(1, desc.getWrappedText().length);
    const descLines = Math.max(1, Math.floor((ruleY - y - 4) / lineH));
    if (desc.getWrappedText().length > descLines) {
      // Still too long (very small windows): keep what fits, with the whole text on hover.
      desc.setMaxLines(descLines);
      setLabel(desc, roleText(role, 'desc'));
    }
    desc.setY(y);
    const descZone = this.add.zone(inner.x, y, inner.w, desc.height).setOrigin(0, 0).setInteractive();
    descZone.on('pointerover', () => this.tooltip.show(`desc.${role}`, `${roleText(role, 'desc')}\n\n${t('lobby.rule')}: ${roleText(role, 'rule')}`, { x: inner.x, y, w: inner.w, h: desc.height }));
    descZone.on('pointerout', () => this.tooltip.hide(`desc.${role}`));
    const rg = this.add.graphics();
    roundRect(rg, { x: inner.x, y: ruleY, w: inner.w, h: ruleH }, 8, palette.bgDeep, 0.6, palette.stroke, 1);
    label(this, inner.start(8), ruleY + 4, t('lobby.rule'), { size: 'tiny', bold: true, color: palette.highlight });
    ruleText.setY(ruleY + 19).setDepth(1);

    // Occupant and actions.
    let status: string;
    let statusColor: number = palette.textDim;
    let icon = iconKey('person');
    if (absent) status = t('lobby.seat.absent');
    else if (seat.kind === 'bot') {
      status = t('lobby.seat.bot', { persona: personaName(seat.persona) });
      icon = iconKey('bot');
    } else if (seat.claimed) {
      status = mine ? `${seat.name} (${t('lobby.seat.you')})` : seat.name;
      statusColor = palette.text;
    } else status = t('lobby.seat.open');
    const sy = inner.bottom - bottomH;
    this.add.image(inner.start(9), sy + 10, icon).setDisplaySize(16, 16).setAlpha(0.8);
    label(this, inner.start(24), sy + 2, status, { size: 'small', bold: seat.claimed, color: statusColor, maxWidth: inner.w - 24 });
    if (seat.kind === 'human' && seat.claimed) {
      const readyText = !seat.connected ? t('lobby.seat.offline') : seat.ready ? t('lobby.seat.ready') : t('lobby.seat.notReady');
      const col = !seat.connected ? palette.bad : seat.ready ? palette.good : palette.textMuted;
      const rt = label(this, inner.start(24), sy + 20, `${seat.ready ? '✓ ' : ''}${readyText}`, { size: 'tiny', bold: true, color: col });
      void rt;
    }
    const by = inner.bottom - (session.isHost ? 68 : 32);
    if (mine) {
      new Button(this, inner.x, by, { id: `lobby.leave.${role}`, text: t('lobby.seat.leave'), w: inner.w, h: 32, size: 'small', onClick: () => void this.leaveSeat() });
    } else if (seat.kind === 'human' && !seat.claimed) {
      new Button(this, inner.x, by, {
        id: `lobby.take.${role}`,
        text: t('lobby.seat.take'),
        w: inner.w,
        h: 32,
        size: 'small',
        variant: session.role ? 'secondary' : 'primary',
        onClick: () => void this.takeSeat(role),
      });
    }
    if (session.isHost) {
      const kinds: SeatKind[] = ['human', 'bot', 'absent'];
      const locked = seat.claimed && !mine;
      const group = new ChoiceGroup<SeatKind>(this, inner.x, inner.bottom - 28, {
        id: `lobby.kind.${role}`,
        items: kinds.map((k) => ({
          value: k,
          text: '',
          icon: iconKey(k === 'human' ? 'person' : k === 'bot' ? 'bot' : 'absent'),
          tooltip: `${t('lobby.seat.kind')}: ${t(`lobby.kind.${k}` as MessageKey)}`,
          disabled: locked && k !== seat.kind,
        })),
        value: seat.kind,
        itemW: (inner.w - 8) / 3,
        h: 28,
        gap: 4,
        iconSize: 16,
        size: 'tiny',
        onChange: (k) => void this.setSeatKind(role, k),
      });
      void group;
    }
  }

  private async takeSeat(role: Role): Promise<void> {
    const name = checkDisplayName(session.name);
    if (!name.ok) {
      this.say(t('home.error.name'), true);
      const field = this.focus.focused;
      void field;
      return;
    }
    const res = await session.claimSeat(role, name.name);
    if (!res.ok) this.say(describeServerError(res.error), true);
    else this.say('', false);
  }

  private async leaveSeat(): Promise<void> {
    const res = await session.releaseSeat();
    if (!res.ok) this.say(describeServerError(res.error), true);
  }

  private async setSeatKind(role: Role, kind: SeatKind): Promise<void> {
    const s = session.snapshot!;
    const seats = Object.fromEntries(ROLES.map((r) => [r, { kind: r === role ? kind : s.seats[r].kind }]));
    const res = await session.host({ command: 'configure', settings: { seats } });
    if (!res.ok) this.say(describeServerError(res.error), true);
  }

  // ------------------------------------------------------------------ status bar: ready / start

  private renderStatus(box: Box): void {
    this.lastStatusBox = box;
    const s = session.snapshot!;
    const g = this.add.graphics();
    roundRect(g, box, 12, palette.panel, 0.96, palette.stroke, 1);
    const inner = box.inset(16, 12);
    const seat = session.role ? s.seats[session.role] : null;
    let headline: string;
    if (seat) headline = `${t('lobby.you')} ${roleName(seat.role)}`;
    else headline = session.isHost ? t('lobby.hostSpectator') : t('lobby.spectator');
    label(this, inner.start(), inner.y, headline, { size: 'h3', bold: true, color: seat ? companyColor[seat.role] : palette.text });
    const humans = ROLES.filter((r) => s.seats[r].kind === 'human' && s.seats[r].claimed);
    const allReady = humans.every((r) => s.seats[r].ready);
    let sub = session.isHost ? (allReady ? t('lobby.startHint') : t('lobby.notAllReady')) : t('lobby.waitingHost');
    let subColor: number = palette.textDim;
    if (this.message) {
      sub = this.message;
      subColor = this.messageIsError ? palette.bad : palette.good;
    }
    label(this, inner.start(), inner.y + 22, sub, { size: 'small', color: subColor, maxWidth: inner.w - 420 });
    let endOffset = 0;
    if (session.isHost) {
      const start = new Button(this, 0, inner.y, {
        id: 'lobby.start',
        text: allReady ? t('lobby.start') : t('lobby.startForce'),
        variant: 'primary',
        icon: iconKey('play'),
        iconTint: palette.textOnAccent,
        h: 40,
        size: 'h3',
        onClick: () => void this.start(),
      });
      start.setX(inner.endX(0, start.bw));
      endOffset = start.bw + 12;
    }
    if (seat) {
      const ready = new Button(this, 0, inner.y, {
        id: 'lobby.ready',
        text: seat.ready ? `✓ ${t('lobby.seat.ready')}` : t('lobby.ready'),
        variant: seat.ready ? 'secondary' : session.isHost ? 'secondary' : 'primary',
        selected: seat.ready,
        accent: palette.good,
        icon: seat.ready ? undefined : iconKey('check'),
        iconTint: session.isHost ? undefined : palette.textOnAccent,
        h: 40,
        size: 'h3',
        tooltip: seat.ready ? t('lobby.notReady') : undefined,
        onClick: () => void session.setReady(!seat.ready),
      });
      ready.setX(inner.endX(endOffset, ready.bw));
    }
  }

  private async start(): Promise<void> {
    const s = session.snapshot!;
    const humans = ROLES.filter((r) => s.seats[r].kind === 'human' && s.seats[r].claimed);
    const allReady = humans.every((r) => s.seats[r].ready);
    const res = await session.host({ command: 'start', force: !allReady });
    if (!res.ok) this.say(describeServerError(res.error), true);
  }
}

