import { useState } from 'preact/hooks';
import type { HostCommand } from '../../../shared/protocol';
import type { Role } from '../../../shared/roles';
import { describeServerError } from '../../app/errors';
import { roleName } from '../../app/company';
import { announce } from '../../components/announce';
import { Dialog } from '../../components/Dialog';
import { t } from '../../i18n';
import { eventText, eventTitle } from '../../i18n/engineText';
import { session } from '../../net/session';
import { activeRoles, type MatchSnapshot } from '../../state/model';
import { scenarioById } from './engineState';

// The host's controls during planning: pause/resume, more time, resolve now, end the match
// (asked twice: it is for everyone and cannot be undone), and an event to inject with its
// target. Every command's outcome is said in the dialog and to screen readers.

export function HostDialog({ s, open, onClose }: { s: MatchSnapshot; open: boolean; onClose: () => void }) {
  const [status, setStatus] = useState<{ text: string; bad: boolean } | null>(null);
  const [armed, setArmed] = useState(false);
  const events = scenarioById(s.settings.scenario).events;
  const [eventId, setEventId] = useState(events[0]?.id ?? '');
  const targets = activeRoles(s);
  const [target, setTarget] = useState<Role | undefined>(targets[0]);
  const def = events.find((e) => e.id === eventId);
  const global = def?.target === 'global';

  const run = async (cmd: HostCommand, ok: string) => {
    const res = await session.host(cmd);
    const text = res.ok ? ok : describeServerError(res.error);
    setStatus({ text, bad: !res.ok });
    announce(text);
  };
  const close = () => {
    setArmed(false);
    setStatus(null);
    onClose();
  };
  return (
    <Dialog open={open} title={t('host.title')} onClose={close} wide>
      <div class="stack">
        <div class="cluster">
          {s.timerPaused ? (
            <button type="button" class="btn" onClick={() => void run({ command: 'resume' }, t('host.done'))}>
              {t('host.resume')}
            </button>
          ) : (
            <button type="button" class="btn" onClick={() => void run({ command: 'pause' }, t('host.done'))}>
              {t('host.pause')}
            </button>
          )}
          <button type="button" class="btn" onClick={() => void run({ command: 'extendTimer', seconds: 60 }, t('host.done'))}>
            {t('host.extend')}
          </button>
          <button type="button" class="btn btn-primary" onClick={() => void run({ command: 'resolveNow' }, t('host.done'))}>
            {t('host.resolveNow')}
          </button>
          <button
            type="button"
            class="btn btn-danger"
            onClick={() => {
              if (!armed) {
                setArmed(true);
                setStatus({ text: t('host.endWarning'), bad: false });
                return;
              }
              void run({ command: 'end' }, t('host.done'));
            }}
          >
            {armed ? t('host.endConfirm') : t('host.end')}
          </button>
        </div>
        <fieldset class="stack-small">
          <legend>{t('host.inject')}</legend>
          <p class="muted">{t('host.injectHint')}</p>
          <div class="field">
            <label for="host-event">{t('plan.host.event')}</label>
            <select id="host-event" class="input" value={eventId} onChange={(e) => setEventId((e.currentTarget).value)}>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {eventTitle(e.id)}
                </option>
              ))}
            </select>
            <p class="field-hint">{eventText(eventId)}</p>
          </div>
          {global ? (
            <p class="muted">{t('host.targetAll')}</p>
          ) : (
            <div class="field">
              <label for="host-target">{t('host.target')}</label>
              <select id="host-target" class="input" value={target} onChange={(e) => setTarget((e.currentTarget).value as Role)}>
                {targets.map((r) => (
                  <option key={r} value={r}>
                    {roleName(r)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div>
            <button type="button" class="btn btn-primary" onClick={() => void run({ command: 'injectEvent', eventId, ...(global || !target ? {} : { target }) }, t('host.injected'))}>
              {t('host.injectButton')}
            </button>
          </div>
        </fieldset>
        {status && (
          <p class={status.bad ? 'notice notice-bad' : 'notice'} role="status">
            {status.text}
          </p>
        )}
      </div>
    </Dialog>
  );
}
