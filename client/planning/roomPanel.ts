import { iconKey, monogramKey } from '../assets';
import { t } from '../i18n';
import { session } from '../net/session';
import type { MatchSnapshot } from '../state/model';
import { activeRoles } from '../state/model';
import { companyColor, palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { Button } from '../ui/button';
import { roleName } from '../ui/company';
import { panel } from '../ui/panel';
import { label } from '../ui/text';
import { openHostPanel } from './hostPanel';

// For spectators and a teacher hosting without a seat: who is playing, who has submitted,
// and (host) the controls to pace the quarter.

export function renderRoomPanel(ui: BaseScene, box: Box, s: MatchSnapshot): void {
  const p = panel(ui, box, { title: t('spec.title'), icon: iconKey('person') });
  const c = p.content;
  let y = c.y;
  label(ui, c.start(), y, t('spec.submissions'), { size: 'small', bold: true });
  y += 24;
  for (const r of activeRoles(s)) {
    const seat = s.seats[r];
    ui.add.image(c.start(14), y + 14, monogramKey(r)).setDisplaySize(26, 26);
    label(ui, c.start(36), y + 1, roleName(r), { size: 'small', bold: true, color: companyColor[r] });
    const who = seat.kind === 'bot' ? t('seat.bot') : seat.name || t('lobby.seat.open');
    label(ui, c.start(36), y + 17, who, { size: 'tiny', color: palette.textDim, maxWidth: c.w - 140 });
    const status = s.companies[r]?.bankrupt ? t('seat.bankrupt') : seat.submitted ? `✓ ${t('seat.submitted')}` : seat.kind === 'bot' ? t('seat.bot') : t('seat.planning');
    label(ui, c.end(), y + 8, status, { size: 'tiny', bold: true, align: 'end', color: seat.submitted ? palette.good : palette.textMuted });
    y += 40;
  }
  y += 8;
  label(ui, c.start(), y, t('spec.hint'), { size: 'tiny', color: palette.textMuted, wrap: c.w });
  if (session.isHost) {
    const b = new Button(ui, 0, c.bottom - 40, { id: 'room.host', text: t('host.title'), variant: 'primary', h: 36, onClick: () => openHostPanel(ui) });
    b.setX(c.startX(0, b.bw));
  }
}
