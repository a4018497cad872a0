import { ROLES } from '../../shared/roles';
import { iconKey, monogramKey } from '../assets';
import { t } from '../i18n';
import { quarterLabel } from '../i18n/engineText';
import { session } from '../net/session';
import { activeRoles, type MatchSnapshot } from '../state/model';
import { companyColor, css, palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { roleName } from '../ui/company';
import { roundRect } from '../ui/draw';
import { label } from '../ui/text';
import { languageButton } from '../scenes/common';
import { Button } from '../ui/button';
import { openHostPanel } from './hostPanel';
import { timerText } from './timer';
import type Phaser from 'phaser';

/**
 * The strip across the top of Planning and Results: whose company, which quarter, the timer,
 * who has submitted, the language switch and (for the host) the host controls.
 */
export function renderTopBar(ui: BaseScene, box: Box, s: MatchSnapshot, phaseText: string, quarter = s.quarter): { timer: Phaser.GameObjects.Text } {
  const g = ui.add.graphics();
  roundRect(g, box, 12, palette.panel, 0.96, palette.stroke, 1);
  const role = session.role;
  let x = 12;
  if (role) {
    ui.add.image(box.start(x + 16), box.cy, monogramKey(role)).setDisplaySize(32, 32);
    x += 42;
    const name = label(ui, box.start(x), box.y + 7, roleName(role), { size: 'h3', bold: true, color: companyColor[role] });
    label(ui, box.start(x), box.y + 27, s.seats[role]?.name || session.name || t('common.you'), { size: 'tiny', color: palette.textMuted, maxWidth: 150 });
    x += Math.max(name.width, 60) + 18;
  } else {
    ui.add.image(box.start(x + 12), box.cy, iconKey('investors')).setDisplaySize(22, 22);
    x += 32;
    const n = label(ui, box.start(x), box.y + 14, session.isHost ? t('spec.host') : t('spec.title'), { size: 'h3', bold: true });
    x += n.width + 18;
  }
  // Quarter and phase.
  const q = label(ui, box.start(x), box.y + 7, quarterLabel(quarter), { size: 'h3', bold: true });
  label(ui, box.start(x), box.y + 27, `${t('common.quarterOf', { n: Math.min(quarter + 1, s.settings.quarters), total: s.settings.quarters })} · ${phaseText}`, {
    size: 'tiny',
    color: palette.textDim,
  });
  x += Math.max(q.width, 150) + 16;
  // Timer pill.
  const pillW = 112;
  const pillX = box.startX(x, pillW);
  const pg = ui.add.graphics();
  roundRect(pg, { x: pillX, y: box.y + 9, w: pillW, h: 28 }, 14, palette.bgDeep, 1, palette.strokeStrong, 1);
  ui.add.image(document.documentElement.dir === 'rtl' ? pillX + pillW - 16 : pillX + 16, box.y + 23, iconKey('timer')).setDisplaySize(16, 16).setTint(palette.highlight);
  const timer = label(ui, pillX + pillW / 2 + (document.documentElement.dir === 'rtl' ? -8 : 8), box.y + 23, timerText(s), {
    size: 'small',
    bold: true,
    align: 'center',
    originY: 0.5,
    mono: true,
  });
  ui.expose('top.timer', () => ({ kind: 'readout', label: timer.text, enabled: true, focused: false, x: pillX, y: box.y + 9, w: pillW, h: 28 }));

  // Language and host at the reading end; submission status just before them.
  const lang = languageButton(ui, box, box.y + 8, 'lang');
  let endOffset = lang.bw + 20;
  if (session.isHost) {
    const host = new Button(ui, 0, box.y + 8, {
      id: 'top.host',
      text: t('host.title'),
      icon: iconKey('person'),
      h: 32,
      size: 'small',
      onClick: () => openHostPanel(ui),
    });
    host.setX(box.endX(endOffset - 8, host.bw));
    endOffset += host.bw + 10;
  }
  const roles = activeRoles(s);
  const size = 26;
  const gap = 6;
  roles.forEach((r, i) => {
    const seat = s.seats[r];
    const c = s.companies[r];
    const cx = box.end(endOffset + i * (size + gap) + size / 2 + 8);
    const done = seat.submitted;
    const out = c?.bankrupt;
    const ring = ui.add.graphics();
    ring.lineStyle(2, out ? palette.bad : done ? palette.good : palette.strokeStrong, 1);
    ring.strokeCircle(cx, box.cy, size / 2 + 2);
    ui.add.image(cx, box.cy, monogramKey(r)).setDisplaySize(size - 4, size - 4).setAlpha(out ? 0.35 : done || seat.kind === 'bot' ? 1 : 0.55);
    if (done) {
      ring.fillStyle(palette.good, 1).fillCircle(cx + size / 2 - 1, box.cy + size / 2 - 3, 6);
      ui.add.image(cx + size / 2 - 1, box.cy + size / 2 - 3, iconKey('check')).setDisplaySize(9, 9).setTint(palette.textOnAccent);
    }
    const status = out
      ? t('seat.bankrupt')
      : seat.kind === 'bot'
        ? t('seat.bot')
        : seat.autopilot
          ? t('seat.autopilot')
          : done
            ? t('seat.submitted')
            : !seat.connected && seat.claimed
              ? t('seat.offline')
              : t('seat.planning');
    const zone = ui.add.zone(cx - size / 2, box.cy - size / 2, size, size).setOrigin(0, 0).setInteractive();
    const tip = `${roleName(r)}${seat.name ? ` (${seat.name})` : ''}: ${status}`;
    zone.on('pointerover', () => ui.tooltip.show(`seat.${r}`, tip, { x: cx - size / 2, y: box.cy - size / 2, w: size, h: size }));
    zone.on('pointerout', () => ui.tooltip.hide(`seat.${r}`));
    ui.expose(`top.seat.${r}`, () => ({ kind: 'readout', label: tip, enabled: true, focused: false, state: { submitted: done, status }, x: cx - size / 2, y: box.cy - size / 2, w: size, h: size }));
  });
  void ROLES;
  void css;
  return { timer };
}
