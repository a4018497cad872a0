import type { Role } from '../../shared/roles';
import { t } from '../i18n';
import { eventText, eventTitle } from '../i18n/engineText';
import { session } from '../net/session';
import { scenarioById } from './engineState';
import { activeRoles } from '../state/model';
import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { roleName } from '../ui/company';
import { Modal } from '../ui/modal';
import { label, setLabel } from '../ui/text';
import { describeServerError } from '../scenes/errors';

// The host's controls during a match: pause/resume, more time, resolve now, next quarter,
// inject an event (with its target), end the match. Every command's outcome is shown.

export function openHostPanel(ui: BaseScene): void {
  const s = session.snapshot;
  if (!s) return;
  new Modal(ui, 640, 520, t('host.title'), (inner) => {
    const status = label(ui, inner.start(), inner.bottom - 18, '', { size: 'small', color: palette.textDim, maxWidth: inner.w });
    const run = async (cmd: Parameters<typeof session.host>[0], ok: string) => {
      const res = await session.host(cmd);
      setLabel(status, res.ok ? ok : describeServerError(res.error));
      status.setColor(res.ok ? '#35c49a' : '#ff8a4c');
    };
    let x = 0;
    const row = (id: string, text: string, onClick: () => void, variant: 'secondary' | 'danger' | 'primary' = 'secondary') => {
      const b = new Button(ui, 0, inner.y, { id, text, onClick, variant, h: 34, size: 'small' });
      b.setX(inner.startX(x, b.bw));
      x += b.bw + 8;
      return b;
    };
    if (s.phase === 'planning' || s.phase === 'results') {
      if (s.timerPaused) row('host.resume', t('host.resume'), () => void run({ command: 'resume' }, t('host.done')));
      else row('host.pause', t('host.pause'), () => void run({ command: 'pause' }, t('host.done')));
      row('host.extend', t('host.extend'), () => void run({ command: 'extendTimer', seconds: 60 }, t('host.done')));
    }
    if (s.phase === 'planning') row('host.resolveNow', t('host.resolveNow'), () => void run({ command: 'resolveNow' }, t('host.done')), 'primary');
    if (s.phase === 'results') row('host.next', t('host.next'), () => void run({ command: 'next' }, t('host.done')), 'primary');
    // Ending is for everyone and cannot be undone: the first click asks, the second ends.
    let armed = false;
    const end = row(
      'host.end',
      t('host.end'),
      () => {
        if (!armed) {
          armed = true;
          end.setText(t('host.endConfirm'));
          setLabel(status, t('host.endWarning'));
          status.setColor('#f0e442');
          return;
        }
        void run({ command: 'end' }, t('host.done'));
      },
      'danger',
    );

    // Inject an event.
    const y0 = inner.y + 54;
    label(ui, inner.start(), y0, t('host.inject'), { size: 'h3', bold: true });
    label(ui, inner.start(), y0 + 22, t('host.injectHint'), { size: 'tiny', color: palette.textMuted, maxWidth: inner.w });
    const events = scenarioById(s.settings.scenario).events;
    let chosen = events[0]?.id ?? '';
    let target: Role | null = null;
    const cols = 2;
    const rows = Math.ceil(events.length / cols);
    const descY = y0 + 44 + rows * 30 + 4;
    const desc = label(ui, inner.start(), descY, '', { size: 'small', color: palette.textDim, wrap: inner.w, maxLines: 2 });
    const targets = activeRoles(s);
    const ty = descY + 46;
    const targetLabel = label(ui, inner.start(), ty + 6, t('host.target'), { size: 'small', color: palette.textDim });
    const tg = new ChoiceGroup<Role>(ui, inner.startX(90, targets.length * 96), ty, {
      id: 'host.target',
      items: targets.map((r) => ({ value: r, text: roleName(r) })),
      value: targets[0],
      itemW: 90,
      h: 28,
      gap: 6,
      size: 'tiny',
      onChange: (r) => (target = r),
    });
    target = tg.selected;
    // A global event has no target: say so instead of offering the companies.
    const showDesc = () => {
      setLabel(desc, eventText(chosen));
      const global = events.find((e) => e.id === chosen)?.target === 'global';
      tg.setVisible(!global);
      setLabel(targetLabel, global ? t('host.targetAll') : t('host.target'));
    };
    const colW = (inner.w - 8 * (cols - 1)) / cols;
    const buttons: [string, Button][] = [];
    events.forEach((e, i) => {
      const col = i % cols;
      const rowI = Math.floor(i / cols);
      const b = new Button(ui, inner.startX(col * (colW + 8), colW), y0 + 44 + rowI * 30, {
        id: `host.event.${e.id}`,
        text: eventTitle(e.id),
        w: colW,
        h: 26,
        size: 'tiny',
        kind: 'choice',
        selected: e.id === chosen,
        onClick: () => {
          chosen = e.id;
          for (const [id, btn] of buttons) btn.setSelected(id === chosen);
          showDesc();
        },
      });
      buttons.push([e.id, b]);
    });
    showDesc();
    const inject = new Button(ui, 0, ty + 40, {
      id: 'host.injectButton',
      text: t('host.injectButton'),
      variant: 'primary',
      h: 34,
      size: 'small',
      onClick: () => {
        const def = events.find((e) => e.id === chosen);
        const needsTarget = def?.target !== 'global';
        void run({ command: 'injectEvent', eventId: chosen, ...(needsTarget && target ? { target } : {}) }, t('host.injected'));
      },
    });
    inject.setX(inner.startX(0, inject.bw));
  });
}
