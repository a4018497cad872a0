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
import { label, setLabel } from '../ui/text';
import { Field } from '../ui/field';
import { divider } from '../ui/stat';
import { NAME_MAX_LENGTH, checkDisplayName } from '../../shared/protocol';
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
  const hint = label(ui, c.start(), y, t('spec.hint'), { size: 'tiny', color: palette.textMuted, wrap: c.w });
  y += hint.height + 14;
  if (!session.role) reclaimSection(ui, c, y, s);
  if (session.isHost) {
    const b = new Button(ui, 0, c.bottom - 40, { id: 'room.host', text: t('host.title'), variant: 'primary', h: 36, onClick: () => openHostPanel(ui) });
    b.setX(c.startX(0, b.bw));
  }
}

let reclaimName: string | null = null;
let reclaimMessage = '';

/**
 * A player who lost their seat token (new device, closed tab) takes the seat back by the name it
 * was played under: offered for the seats whose player is away. The server allows it for matches
 * restored after a restart; otherwise it says why, and the spectator view stays as it was.
 */
function reclaimSection(ui: BaseScene, c: Box, y: number, s: MatchSnapshot): void {
  const away = activeRoles(s).filter((r) => {
    const seat = s.seats[r];
    return seat.kind === 'human' && seat.claimed && !seat.connected && !s.companies[r]?.bankrupt;
  });
  if (away.length === 0 || s.phase === 'lobby' || s.phase === 'debrief') return;
  const bottom = session.isHost ? c.bottom - 50 : c.bottom;
  if (bottom - y < 150) return;
  divider(ui, c.x, y - 7, c.w);
  label(ui, c.start(), y, t('spec.reclaim.title'), { size: 'small', bold: true });
  y += 20;
  const text = label(ui, c.start(), y, t('spec.reclaim.text'), { size: 'tiny', color: palette.textDim, wrap: c.w });
  y += text.height + 6;
  if (reclaimName === null) reclaimName = session.name;
  const field = new Field(ui, c.x, y, c.w, {
    id: 'spec.reclaim.name',
    label: t('spec.reclaim.name'),
    value: reclaimName,
    dir: 'auto',
    maxLength: NAME_MAX_LENGTH,
    h: 28,
    onInput: (v) => {
      reclaimName = v;
      field.setError(null);
    },
  });
  y += 52;
  const shown = away.slice(0, 4);
  const rows = Math.ceil(shown.length / 2);
  const status = label(ui, c.start(), y + rows * 34, reclaimMessage, { size: 'tiny', color: palette.bad, wrap: c.w, maxLines: 3 });
  ui.expose('spec.reclaim.status', () => ({ kind: 'readout', label: reclaimMessage, enabled: true, focused: false, state: { text: reclaimMessage }, x: status.x, y: status.y, w: status.width, h: status.height }));
  const bw = (c.w - 6) / 2;
  for (const [i, role] of shown.entries()) {
    new Button(ui, c.startX((i % 2) * (bw + 6), bw), y + Math.floor(i / 2) * 34, {
      id: `spec.reclaim.${role}`,
      w: bw,
      text: t('spec.reclaim.take', { company: roleName(role) }),
      size: 'tiny',
      h: 28,
      icon: monogramKey(role),
      onClick: () => {
        const name = checkDisplayName(field.value);
        if (!name.ok) return field.setError(t('home.error.name'));
        setLabel(status, t('home.connecting'));
        void session.reclaim(role, name.name).then(
          () => {
            reclaimMessage = '';
            if (ui.sys.isActive()) ui.rebuild();
          },
          (err: unknown) => {
            const msg = err instanceof Error ? err.message : String(err);
            reclaimMessage = /^(WRONG_PHASE|BAD_TOKEN)/.test(msg) ? t('spec.reclaim.refused') : t('home.error.join', { reason: msg.replace(/^[A-Z_]+: /, '') });
            if (status.active) setLabel(status, reclaimMessage);
          },
        );
      },
    });
  }
}
