import type Phaser from 'phaser';
import { ROLES, type Role } from '../../shared/roles';
import { NAME_MAX_LENGTH, checkDisplayName, normalizeJoinCode, JOIN_CODE_LENGTH } from '../../shared/protocol';
import { iconKey } from '../assets';
import { getLocale, setLocale, t } from '../i18n';
import { session } from '../net/session';
import { companyColor, palette } from '../theme/palette';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { Field } from '../ui/field';
import { panel } from '../ui/panel';
import { fontSizePx, label, setLabel } from '../ui/text';
import { roleName, roleText } from '../ui/company';
import { monogramKey } from '../assets';
import { languageButton, titleBar } from './common';
import { rt } from '../replay/i18n';
import { tc } from '../classroom/i18n';

// Home: quick match against four bots, host a match, join by code, language switch.
// What the person typed survives rebuilds (resize, language) in `draft`.

const draft = {
  name: '',
  role: 'openai' as Role,
  code: new URLSearchParams(location.search).get('code') ?? '',
  hostPlays: 'play' as 'play' | 'watch',
};

export class HomeScene extends BaseScene {
  private busy = false;
  private buttons: Button[] = [];

  constructor() {
    super('Home');
  }

  build(): void {
    const { w, h } = this.vp;
    this.buttons = [];
    const margin = Math.max(28, (w - 1360) / 2);
    const page = new Box(margin, 0, w - margin * 2, h);
    let langW = 0;
    titleBar(this, page, () => (langW = languageButton(this, page).bw));
    const replays = new Button(this, 0, 12, {
      id: 'home.replays',
      text: rt('rp.home'),
      icon: iconKey('chart'),
      variant: 'secondary',
      size: 'small',
      h: 32,
      tooltip: rt('rp.homeHint'),
      onClick: () => this.scene.start('ReplayList'),
    });
    replays.setX(page.endX(langW + 10, replays.bw));
    const teach = new Button(this, 0, 12, {
      id: 'home.teach',
      text: tc('home.teach'),
      icon: iconKey('person'),
      variant: 'secondary',
      size: 'small',
      h: 32,
      tooltip: tc('home.teachHint'),
      onClick: () => this.scene.start('ClassSetup'),
    });
    teach.setX(page.endX(langW + replays.bw + 20, teach.bw));

    // Hero: title, pitch, name, art.
    const heroTop = 50;
    const extra = Math.max(0, h - 640);
    const artH = Math.min(200 + extra * 0.5, 300);
    const artW = Math.min(page.w * 0.47, (artH * 1200) / 520);
    const art = this.add.image(0, 0, 'art:hero');
    art.setDisplaySize(artW, (artW * 520) / 1200).setAlpha(0.95);
    art.setOrigin(0, 0).setPosition(page.endX(0, artW), heroTop);
    const textW = page.w - artW - 30;
    label(this, page.start(), heroTop + 4, t('app.title'), { size: 'hero', bold: true, maxWidth: textW });
    label(this, page.start(), heroTop + 76, t('home.subtitle'), { size: 'h2', color: palette.textDim, wrap: Math.min(textW, 560) });
    const nameField = new Field(this, page.startX(0, 280), heroTop + 136 + extra * 0.25, 280, {
      id: 'home.name',
      label: t('home.name'),
      value: draft.name,
      placeholder: t('home.namePlaceholder'),
      maxLength: NAME_MAX_LENGTH,
      dir: 'auto',
      onInput: (v) => {
        draft.name = v;
        nameField.setError(null);
      },
    });

    // Three cards.
    const cardsTop = Math.max(heroTop + 208 + extra * 0.35, heroTop + (artW * 520) / 1200 + 8);
    const stepsH = 50;
    const cardsBottom = h - stepsH - 42;
    const row = new Box(page.x, cardsTop, page.w, cardsBottom - cardsTop);
    const [quickBox, rest] = row.cutStart(Math.round(page.w * 0.42), 16);
    const [hostBox, joinBox] = rest.cutStart((rest.w - 16) / 2, 16);

    // Quick match.
    const quick = panel(this, quickBox, { title: t('home.quick.title'), icon: iconKey('play'), accent: palette.accent });
    const qc = quick.content;
    label(this, qc.start(), qc.y, t('home.quick.text'), { size: 'body', color: palette.textDim, wrap: qc.w, maxLines: 1 });
    // The picked company: name, tagline and the whole description between the picker and the button.
    const roleTitle = label(this, qc.start(), qc.y + 94, '', { size: 'h3', bold: true });
    const roleLine = label(this, qc.start(), qc.y + 115, '', { size: 'small', color: palette.textDim, wrap: qc.w, maxLines: 2 });
    const roleDesc = label(this, qc.start(), 0, '', { size: 'small', color: palette.textMuted, wrap: qc.w });
    const descBottom = qc.bottom - 54;
    const showRole = (r: Role) => {
      setLabel(roleTitle, roleName(r));
      roleTitle.setColor(`#${companyColor[r].toString(16).padStart(6, '0')}`);
      setLabel(roleLine, roleText(r, 'tagline'));
      const top = roleLine.y + roleLine.height + 3;
      roleDesc.setFontSize(fontSizePx('small')).setMaxLines(0).setY(top);
      setLabel(roleDesc, roleText(r, 'desc'));
      if (top + roleDesc.height > descBottom) {
        roleDesc.setFontSize(fontSizePx('tiny'));
        setLabel(roleDesc, roleText(r, 'desc'));
      }
      if (top + roleDesc.height > descBottom) {
        const lineH = roleDesc.height / Math.max(1, roleDesc.getWrappedText().length);
        roleDesc.setMaxLines(Math.max(1, Math.floor((descBottom - top) / lineH)));
        setLabel(roleDesc, roleText(r, 'desc'));
      }
    };
    label(this, qc.start(), qc.y + 22, t('home.pickCompany'), { size: 'tiny', color: palette.textMuted });
    const picker = new ChoiceGroup<Role>(this, qc.startX(0, 5 * 52 + 4 * 8), qc.y + 40, {
      id: 'home.role',
      items: ROLES.map((r) => ({ value: r, text: '', icon: monogramKey(r), tooltip: `${roleName(r)}: ${roleText(r, 'tagline')}`, accent: companyColor[r] })),
      value: draft.role,
      itemW: 52,
      h: 48,
      iconSize: 38,
      onChange: (r) => {
        draft.role = r;
        showRole(r);
        setLabel(modeHint, draft.hostPlays === 'play' ? t('home.create.playingAs', { company: roleName(r) }) : t('home.create.spectating'));
      },
    });
    showRole(draft.role);
    void picker;
    const quickError = label(this, qc.start(), qc.bottom - 12, '', { size: 'small', color: palette.bad, wrap: qc.w });
    const quickBtn = new Button(this, 0, qc.bottom - 58, {
      id: 'home.quick',
      text: t('home.quick.button'),
      variant: 'primary',
      h: 42,
      size: 'h3',
      icon: iconKey('bot'),
      iconTint: palette.textOnAccent,
      onClick: () => void this.quickMatch(nameField, quickError),
    });
    quickBtn.setX(qc.startX(0, quickBtn.bw));
    this.buttons.push(quickBtn);

    // Host a match.
    const host = panel(this, hostBox, { title: t('home.create.title'), icon: iconKey('person') });
    const hc = host.content;
    label(this, hc.start(), hc.y, t('home.create.text'), { size: 'body', color: palette.textDim, wrap: hc.w });
    const modeY = hc.y + 62;
    const modes = new ChoiceGroup<'play' | 'watch'>(this, hc.x, modeY, {
      id: 'home.hostMode',
      items: [
        { value: 'play', text: t('home.create.playingShort'), tooltip: t('home.create.playing') },
        { value: 'watch', text: t('home.create.spectatingShort'), tooltip: t('home.create.spectating') },
      ],
      value: draft.hostPlays,
      itemW: (hc.w - 8) / 2,
      h: 34,
      size: 'small',
      onChange: (v) => {
        draft.hostPlays = v;
        setLabel(modeHint, v === 'play' ? t('home.create.playingAs', { company: roleName(draft.role) }) : t('home.create.spectating'));
      },
    });
    void modes;
    const modeHint = label(this, hc.start(), modeY + 42, draft.hostPlays === 'play' ? t('home.create.playingAs', { company: roleName(draft.role) }) : t('home.create.spectating'), {
      size: 'small',
      color: palette.textMuted,
      wrap: hc.w,
    });
    const hostError = label(this, hc.start(), hc.bottom - 12, '', { size: 'small', color: palette.bad, wrap: hc.w });
    const createBtn = new Button(this, 0, hc.bottom - 58, {
      id: 'home.create',
      text: t('home.create.button'),
      h: 42,
      size: 'h3',
      w: hc.w,
      onClick: () => void this.createMatch(nameField, hostError),
    });
    createBtn.setX(hc.x);
    this.buttons.push(createBtn);

    // Join by code.
    const join = panel(this, joinBox, { title: t('home.join.title'), icon: iconKey('link') });
    const jc = join.content;
    label(this, jc.start(), jc.y, t('home.join.text'), { size: 'body', color: palette.textDim, wrap: jc.w });
    const codeField = new Field(this, jc.x, jc.y + 50, jc.w, {
      id: 'home.code',
      label: t('home.join.code'),
      value: draft.code,
      placeholder: 'ABC234',
      maxLength: JOIN_CODE_LENGTH + 2,
      dir: 'ltr',
      textAlign: 'center',
      size: 'h1',
      mono: true,
      uppercase: true,
      h: 44,
      onInput: (v) => {
        draft.code = v;
        codeField.setError(null);
      },
      onEnter: () => void this.joinMatch(nameField, codeField),
    });
    label(this, jc.start(), jc.y + 50 + 18 + 44 + 24, t('home.join.reclaim'), { size: 'tiny', color: palette.textMuted, wrap: jc.w, maxLines: Math.max(1, Math.floor((jc.bottom - 66 - (jc.y + 136)) / 15)) });
    const joinBtn = new Button(this, jc.x, jc.bottom - 58, {
      id: 'home.join',
      text: t('home.join.button'),
      h: 42,
      size: 'h3',
      w: jc.w,
      onClick: () => void this.joinMatch(nameField, codeField),
    });
    this.buttons.push(joinBtn);

    // How a quarter works.
    const steps = new Box(page.x, h - stepsH - 30, page.w, stepsH);
    const cols = steps.columns(4, 18);
    const icons = ['chip', 'chart', 'investors', 'trophy'] as const;
    cols.forEach((c, i) => {
      const g = this.add.graphics();
      const cx = c.start(16);
      g.fillStyle(palette.panelRaised, 1).fillCircle(cx, c.y + 18, 16);
      g.lineStyle(1, palette.strokeStrong, 1).strokeCircle(cx, c.y + 18, 16);
      this.add.image(cx, c.y + 18, iconKey(icons[i])).setDisplaySize(18, 18);
      label(this, c.start(42), c.y + 2, t(`home.howto.${i + 1}` as 'home.howto.1'), {
        size: 'small',
        color: palette.textDim,
        wrap: c.w - 44,
      });
    });
    label(this, page.start(), h - 22, t('home.footer'), { size: 'tiny', color: palette.textMuted });

    // For the client benchmark: when Home first became interactive (ms since navigation).
    if (!document.body.dataset.homeReadyAt) document.body.dataset.homeReadyAt = String(performance.now());

    // A seat this tab held before a reload.
    const stored = session.stored();
    if (stored) {
      const resume = new Button(this, 0, h - 30, {
        id: 'home.resume',
        text: t('home.resume', { code: stored.code }),
        variant: 'ghost',
        size: 'small',
        h: 26,
        onClick: () => void this.resume(quickError),
      });
      resume.setX(page.endX(0, resume.bw));
      this.buttons.push(resume);
    }
  }

  private setBusy(on: boolean): void {
    this.busy = on;
    for (const b of this.buttons) b.setEnabled(!on);
  }

  private checkedName(field: Field): string | null {
    const res = checkDisplayName(field.value);
    if (!res.ok) {
      field.setError(t('home.error.name'));
      this.focus.focus(field.focusable, true);
      return null;
    }
    field.setError(null);
    return res.name;
  }

  private async run(report: (msg: string, isError: boolean) => void, fn: () => Promise<void>, key: 'home.error.connect' | 'home.error.join'): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    report(t('home.connecting'), false);
    try {
      await fn();
    } catch (err) {
      if (!this.sys.isActive()) return;
      report(t(key, { reason: describeError(err) }), true);
      this.setBusy(false);
    }
  }

  private async quickMatch(nameField: Field, errorLabel: Phaser.GameObjects.Text): Promise<void> {
    const name = this.checkedName(nameField);
    if (!name) return;
    const role = draft.role;
    await this.run(reporter(errorLabel), async () => {
      const seats = Object.fromEntries(ROLES.map((r) => [r, r === role ? { kind: 'human' as const } : { kind: 'bot' as const }]));
      await session.create(name, role, { seats, planningSeconds: 0, resultsSeconds: 0 });
      const res = await session.host({ command: 'start', force: true });
      if (!res.ok) throw new Error(res.error.message);
    }, 'home.error.connect');
  }

  private async createMatch(nameField: Field, errorLabel: Phaser.GameObjects.Text): Promise<void> {
    const name = this.checkedName(nameField);
    if (!name) return;
    const role = draft.hostPlays === 'play' ? draft.role : undefined;
    await this.run(reporter(errorLabel), () => session.create(name, role, {}), 'home.error.connect');
  }

  private async joinMatch(nameField: Field, codeField: Field): Promise<void> {
    const code = normalizeJoinCode(codeField.value);
    if (!code) {
      codeField.setError(t('home.error.code'));
      this.focus.focus(codeField.focusable, true);
      return;
    }
    const name = checkDisplayName(nameField.value);
    await this.run((msg, isError) => codeField.setMessage(msg, isError), () => session.join(code, name.ok ? { name: name.name } : {}), 'home.error.join');
  }

  private async resume(errorLabel: Phaser.GameObjects.Text): Promise<void> {
    await this.run(reporter(errorLabel), () => session.resume(), 'home.error.join');
  }
}

function reporter(target: Phaser.GameObjects.Text): (msg: string, isError: boolean) => void {
  return (msg, isError) => {
    setLabel(target, msg);
    target.setColor(isError ? '#ff8a4c' : '#a3b1c6');
  };
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message.replace(/^[A-Z_]+: /, '');
  return String(err);
}

export function toggleLanguage(): void {
  setLocale(getLocale() === 'en' ? 'ar' : 'en');
}
