import type Phaser from 'phaser';
import { MAX_GROUPS } from '../../shared/classroom/protocol';
import { SCENARIOS } from '../../shared/engine';
import { JOIN_CODE_LENGTH, PERSONA_IDS, normalizeJoinCode, type PersonaId, type SeatKind, type SettingsInput } from '../../shared/protocol';
import { ROLES, type Role } from '../../shared/roles';
import { iconKey, monogramKey } from '../assets';
import { ClassApiError, fetchClassData } from '../classroom/api';
import { ClassConnection, setCurrentClass } from '../classroom/connection';
import { setClassUrl, urlClassId } from '../classroom/entry';
import { tc } from '../classroom/i18n';
import { forgetClass, recentClasses, rememberClass, saveConsole, type RecentClass } from '../classroom/storage';
import { getLocale } from '../i18n';
import { scenarioName } from '../i18n/engineText';
import { personaDescription, personaShortName } from '../i18n/personas';
import { companyColor, palette } from '../theme/palette';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { roleName } from '../ui/company';
import { Field } from '../ui/field';
import { panel } from '../ui/panel';
import { Region } from '../ui/region';
import { label, setLabel } from '../ui/text';
import { Toggle } from '../ui/toggle';
import { describeError } from './HomeScene';
import { languageButton, titleMark } from './common';

// Teach a class: the settings every group plays with (groups, quarters, timers, seed, scenario,
// who plays each company and the bots' style, autopilot), then "Create class" opens the groups
// and the console. The teacher's recent classes on this computer are listed to reopen their
// console or debrief, and a class can be opened elsewhere with its code and teacher key.

type SeatChoice = 'human' | 'bot' | 'absent';

const draft = {
  title: '',
  groups: 6,
  quarters: 8,
  planning: 180,
  results: 30,
  seed: '',
  scenario: '',
  autopilot: true,
  kinds: Object.fromEntries(ROLES.map((r) => [r, 'human'])) as Record<Role, SeatChoice>,
  personas: Object.fromEntries(ROLES.map((r) => [r, 'classic'])) as Record<Role, PersonaId>,
  reopenCode: '',
  reopenKey: '',
};

const QUARTER_CHOICES = ['4', '6', '8', '10', '12'] as const;
const PLANNING_CHOICES = ['90', '120', '180', '300', '0'] as const;
const RESULTS_CHOICES = ['15', '30', '60', '0'] as const;

function timerText(seconds: number): string {
  if (seconds === 0) return tc('setup.noTimer');
  if (seconds < 120) return tc('time.seconds', { n: seconds });
  return tc('time.minutes', { n: seconds / 60 });
}

export class ClassSetupScene extends BaseScene {
  private busy = false;
  private status!: Phaser.GameObjects.Text;
  private recent!: Region;

  constructor() {
    super('ClassSetup');
  }

  build(): void {
    const { w, h } = this.vp;
    const page = new Box(20, 0, w - 40, h);
    titleMark(this, page);
    label(this, page.cx, 18, tc('setup.title'), { size: 'h2', bold: true, align: 'center' });
    const lang = languageButton(this, page);
    const home = new Button(this, 0, 12, {
      id: 'class.home',
      text: tc('setup.home'),
      variant: 'ghost',
      size: 'small',
      h: 32,
      onClick: () => {
        setClassUrl(null);
        this.scene.start('Home');
      },
    });
    home.setX(page.endX(lang.bw + 10, home.bw));
    if (!draft.scenario) draft.scenario = Object.values(SCENARIOS)[0]?.id ?? '';

    const body = new Box(page.x, 56, page.w, h - 56 - 14);
    const [formBox, sideBox] = body.cutStart(Math.round(body.w * 0.63), 14);
    this.buildForm(formBox);
    const [reopenBox, recentBox] = sideBox.cutBottom(196, 12);
    this.recent = new Region(this);
    this.recent.render(() => this.renderRecent(recentBox));
    this.buildReopen(reopenBox);
    // Arrived here from a stale console link (?teach=<id> without the key in this tab).
    const stale = urlClassId('teach');
    if (stale) this.say(tc('setup.staleLink', { code: stale }), false);
  }

  private say(text: string, isError: boolean): void {
    setLabel(this.status, text);
    this.status.setColor(isError ? '#ff8a4c' : '#a3b1c6');
  }

  // ------------------------------------------------------------------ the form

  private buildForm(box: Box): void {
    const p = panel(this, box, { title: tc('setup.new'), icon: iconKey('person'), accent: palette.accent });
    const c = p.content;
    label(this, c.start(), c.y, tc('setup.intro'), { size: 'small', color: palette.textDim, wrap: c.w });
    let y = c.y + 38;
    const half = (c.w - 16) / 2;
    const nameField = new Field(this, c.startX(0, half), y, half, {
      id: 'class.title',
      label: tc('setup.name'),
      value: draft.title,
      placeholder: tc('setup.namePlaceholder'),
      maxLength: 60,
      dir: 'auto',
      onInput: (v) => (draft.title = v),
    });
    const seedField = new Field(this, c.startX(half + 16, half), y, half, {
      id: 'class.seed',
      label: tc('setup.seed'),
      value: draft.seed,
      placeholder: tc('setup.seedPlaceholder'),
      maxLength: 64,
      dir: 'ltr',
      mono: true,
      onInput: (v) => {
        draft.seed = v;
        seedField.setError(null);
      },
    });
    void nameField;
    y += 66;

    // Groups 1–12.
    const row = (text: string, yy: number) => label(this, c.start(), yy + 7, text, { size: 'small', color: palette.textDim, maxWidth: 150 });
    row(tc('setup.groups'), y);
    const groupItems = Array.from({ length: MAX_GROUPS }, (_, i) => ({ value: String(i + 1), text: String(i + 1) }));
    const itemW = Math.min(40, (c.w - 160 - 11 * 5) / 12);
    const groupsHint = label(this, c.start(), y + 34, '', { size: 'tiny', color: palette.textMuted });
    const showGroups = () => setLabel(groupsHint, tc('setup.groupsHint', { n: draft.groups, seats: draft.groups * ROLES.filter((r) => draft.kinds[r] === 'human').length }));
    new ChoiceGroup(this, c.startX(160, 12 * itemW + 11 * 5), y, {
      id: 'class.groups',
      items: groupItems,
      value: String(draft.groups),
      itemW,
      h: 30,
      gap: 5,
      size: 'small',
      onChange: (v) => {
        draft.groups = Number(v);
        showGroups();
      },
    });
    showGroups();
    y += 54;

    row(tc('setup.quarters'), y);
    new ChoiceGroup(this, c.startX(160, 5 * 56 + 4 * 6), y, {
      id: 'class.quarters',
      items: QUARTER_CHOICES.map((q) => ({ value: q, text: q })),
      value: String(draft.quarters),
      itemW: 56,
      h: 30,
      gap: 6,
      size: 'small',
      onChange: (v) => (draft.quarters = Number(v)),
    });
    y += 40;
    row(tc('setup.timer'), y);
    new ChoiceGroup(this, c.startX(160, 5 * 84 + 4 * 6), y, {
      id: 'class.planning',
      items: PLANNING_CHOICES.map((s) => ({ value: s, text: timerText(Number(s)) })),
      value: String(draft.planning),
      itemW: 84,
      h: 30,
      gap: 6,
      size: 'small',
      onChange: (v) => (draft.planning = Number(v)),
    });
    y += 40;
    row(tc('setup.results'), y);
    new ChoiceGroup(this, c.startX(160, 4 * 104 + 3 * 6), y, {
      id: 'class.results',
      items: RESULTS_CHOICES.map((s) => ({ value: s, text: s === '0' ? tc('setup.untilNext') : timerText(Number(s)) })),
      value: String(draft.results),
      itemW: 104,
      h: 30,
      gap: 6,
      size: 'small',
      onChange: (v) => (draft.results = Number(v)),
    });
    y += 40;
    const scenarios = Object.values(SCENARIOS);
    if (scenarios.length > 1) {
      row(tc('setup.scenario'), y);
      new ChoiceGroup(this, c.startX(160, scenarios.length * 180), y, {
        id: 'class.scenario',
        items: scenarios.map((s) => ({ value: s.id, text: scenarioName(s.id) })),
        value: draft.scenario,
        itemW: 172,
        h: 30,
        size: 'small',
        onChange: (v) => (draft.scenario = v),
      });
      y += 40;
    }

    // Companies: who plays each, and its bots' style.
    label(this, c.start(), y + 4, tc('setup.seats'), { size: 'small', bold: true, color: palette.text });
    const kindW = 62;
    const personaX = 104 + 3 * kindW + 2 * 4 + 14;
    label(this, c.start(personaX), y + 4, tc('setup.persona'), { size: 'tiny', color: palette.textMuted, maxWidth: c.w - personaX });
    y += 24;
    const personaW = Math.min(84, (c.w - personaX - 4 * 5) / 5);
    for (const role of ROLES) {
      this.add.image(c.start(12), y + 13, monogramKey(role)).setDisplaySize(22, 22);
      label(this, c.start(30), y + 5, roleName(role), { size: 'small', bold: true, color: companyColor[role], maxWidth: 74 });
      new ChoiceGroup<SeatChoice>(this, c.startX(104, 3 * kindW + 2 * 4), y, {
        id: `class.kind.${role}`,
        items: (['human', 'bot', 'absent'] as const).map((k) => ({ value: k, text: tc(`setup.kind.${k}`) })),
        value: draft.kinds[role],
        itemW: kindW,
        h: 26,
        gap: 4,
        size: 'tiny',
        onChange: (v) => {
          draft.kinds[role] = v;
          showGroups();
        },
      });
      new ChoiceGroup<PersonaId>(this, c.startX(personaX, 5 * personaW + 4 * 5), y, {
        id: `class.persona.${role}`,
        items: PERSONA_IDS.map((id) => ({ value: id, text: personaShortName(id), tooltip: personaDescription(id) })),
        value: draft.personas[role],
        itemW: personaW,
        h: 26,
        gap: 5,
        size: 'tiny',
        onChange: (v) => (draft.personas[role] = v),
      });
      y += 31;
    }
    y += 4;
    new Toggle(this, c.startX(0, c.w * 0.6), y, c.w * 0.6, {
      id: 'class.autopilot',
      text: tc('setup.autopilot'),
      value: draft.autopilot,
      tooltip: tc('setup.autopilotHelp'),
      onChange: (on) => (draft.autopilot = on),
    });

    this.status = label(this, c.start(), c.bottom - 14, '', { size: 'small', color: palette.textDim, maxWidth: c.w - 200 });
    const create = new Button(this, 0, c.bottom - 42, {
      id: 'class.create',
      text: tc('setup.create'),
      variant: 'primary',
      icon: iconKey('play'),
      iconTint: palette.textOnAccent,
      h: 40,
      size: 'h3',
      onClick: () => void this.createClass(seedField, create),
    });
    create.setX(c.endX(0, create.bw));
  }

  private settings(seed: string): SettingsInput {
    const seats = Object.fromEntries(ROLES.map((r) => [r, { kind: draft.kinds[r] as SeatKind, persona: draft.personas[r] }])) as SettingsInput['seats'];
    return {
      ...(draft.scenario ? { scenario: draft.scenario } : {}),
      ...(seed ? { seed } : {}),
      quarters: draft.quarters,
      planningSeconds: draft.planning,
      resultsSeconds: draft.results,
      autopilot: draft.autopilot,
      seats,
    };
  }

  private async createClass(seedField: Field, button: Button): Promise<void> {
    if (this.busy) return;
    const seed = draft.seed.trim();
    if (seed && !/^[A-Za-z0-9._-]{1,64}$/.test(seed)) {
      seedField.setError(tc('setup.seedError'));
      this.focus.focus(seedField.focusable, true);
      return;
    }
    if (ROLES.every((r) => draft.kinds[r] === 'absent')) {
      this.say(tc('setup.noCompany'), true);
      return;
    }
    this.busy = true;
    button.setEnabled(false);
    this.say(tc('setup.creating', { n: draft.groups }), false);
    try {
      const conn = await ClassConnection.create({ groups: draft.groups, ...(draft.title.trim() ? { title: draft.title.trim() } : {}), settings: this.settings(seed) });
      setCurrentClass(conn);
      setClassUrl('teach', conn.info!.classId);
      this.scene.start('ClassHost');
    } catch (err) {
      if (!this.sys.isActive()) return;
      this.busy = false;
      button.setEnabled(true);
      this.say(tc('setup.error', { reason: describeError(err) }), true);
    }
  }

  // ------------------------------------------------------------------ recent classes and reopening

  private renderRecent(box: Box): void {
    const p = panel(this, box, { title: tc('recent.title'), icon: iconKey('trophy') });
    const c = p.content;
    const list = recentClasses();
    if (list.length === 0) {
      label(this, c.start(), c.y, tc('recent.empty'), { size: 'small', color: palette.textMuted, wrap: c.w });
      return;
    }
    const rowH = 50;
    const fits = Math.max(1, Math.floor(c.h / rowH));
    list.slice(0, fits).forEach((r, i) => {
      const y = c.y + i * rowH;
      const when = new Date(r.createdAt).toLocaleDateString(getLocale() === 'ar' ? 'ar' : 'en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
      label(this, c.start(), y + 2, r.title || tc('recent.untitled'), { size: 'small', bold: true, maxWidth: c.w - 190 });
      label(this, c.start(), y + 21, `${r.classId} · ${when}`, { size: 'tiny', color: palette.textMuted, maxWidth: c.w - 190 });
      let x = 0;
      const btn = (id: string, text: string, onClick: () => void, variant: 'secondary' | 'ghost' = 'secondary') => {
        const b = new Button(this, 0, y + 4, { id: `${id}.${r.classId}`, text, size: 'tiny', h: 28, variant, onClick });
        b.setX(c.endX(x, b.bw));
        x += b.bw + 6;
      };
      btn('recent.forget', tc('recent.forget'), () => {
        forgetClass(r.classId);
        this.recent.render(() => this.renderRecent(box));
      }, 'ghost');
      btn('recent.debrief', tc('recent.debrief'), () => this.openDebrief(r));
      btn('recent.console', tc('recent.console'), () => void this.openConsole(r));
    });
  }

  private openDebrief(r: Pick<RecentClass, 'classId' | 'hostSecret' | 'viewKey'>): void {
    saveConsole({ classId: r.classId, hostSecret: r.hostSecret, viewKey: r.viewKey });
    setClassUrl('debrief', r.classId);
    this.scene.start('ClassDebrief');
  }

  /** Rejoins a running class as host; a class whose rooms are gone opens in its debrief. */
  private async openConsole(r: Pick<RecentClass, 'classId' | 'hostSecret' | 'viewKey'>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.say(tc('setup.connecting'), false);
    try {
      const conn = await ClassConnection.join(r.classId, { hostSecret: r.hostSecret });
      setCurrentClass(conn);
      setClassUrl('teach', r.classId);
      this.scene.start('ClassHost');
    } catch (err) {
      this.busy = false;
      if (!this.sys.isActive()) return;
      // Not live any more: it may be stored; the debrief says so if it is not.
      try {
        await fetchClassData(r.classId, r.hostSecret);
        rememberClass({ classId: r.classId, hostSecret: r.hostSecret, viewKey: r.viewKey, title: '', createdAt: Date.now() });
        this.openDebrief(r);
      } catch (e2) {
        const reason = e2 instanceof ClassApiError && e2.status === 403 ? tc('reopen.badKey') : describeError(err);
        this.say(tc('reopen.failed', { reason }), true);
      }
    }
  }

  private buildReopen(box: Box): void {
    const p = panel(this, box, { title: tc('reopen.title'), icon: iconKey('link') });
    const c = p.content;
    const codeW = 120;
    const code = new Field(this, c.startX(0, codeW), c.y, codeW, {
      id: 'reopen.code',
      label: tc('reopen.code'),
      value: draft.reopenCode,
      placeholder: 'ABC234',
      maxLength: JOIN_CODE_LENGTH + 2,
      dir: 'ltr',
      mono: true,
      uppercase: true,
      onInput: (v) => {
        draft.reopenCode = v;
        code.setError(null);
      },
    });
    const key = new Field(this, c.startX(codeW + 12, c.w - codeW - 12), c.y, c.w - codeW - 12, {
      id: 'reopen.key',
      label: tc('reopen.key'),
      value: draft.reopenKey,
      maxLength: 128,
      dir: 'ltr',
      mono: true,
      onInput: (v) => {
        draft.reopenKey = v;
        key.setError(null);
      },
    });
    label(this, c.start(), c.y + 74, tc('reopen.hint'), { size: 'tiny', color: palette.textMuted, wrap: c.w });
    const open = new Button(this, 0, c.bottom - 34, {
      id: 'reopen.open',
      text: tc('reopen.button'),
      size: 'small',
      h: 32,
      onClick: () => {
        const id = normalizeJoinCode(code.value);
        if (!id) return code.setError(tc('reopen.codeError'));
        const secret = key.value.trim();
        if (!secret) return key.setError(tc('reopen.keyError'));
        void this.openConsole({ classId: id, hostSecret: secret, viewKey: '' });
      },
    });
    open.setX(c.endX(0, open.bw));
  }
}
