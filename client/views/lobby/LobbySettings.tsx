import { signal } from '@preact/signals';
import { SETTINGS_LIMITS, checkDisplayName } from '../../../shared/protocol';
import { t } from '../../i18n';
import { quarterLabel, setCalendarStart } from '../../i18n/engineText';
import { session } from '../../net/session';
import { describeServerError } from '../../app/errors';
import { forkQuarter } from '../../replay/forks';
import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import type { MatchSnapshot } from '../../state/model';

// The lobby's settings card: the host edits timers, length, seed and autopilot (a fork of a
// replay keeps the replay's seed and length); everyone else reads them. Drafts and their errors
// survive the lobby re-rendering whenever someone joins or gets ready.

type Key = 'quarters' | 'planning' | 'results' | 'seed';
const draft = signal<{ code: string; values: Partial<Record<Key, string>>; autopilot?: boolean; errors: Partial<Record<Key, string>> }>({ code: '', values: {}, errors: {} });

export function forkNote(s: MatchSnapshot): string | null {
  const q = forkQuarter(s.code, s.quarter, s.reports.length);
  if (q === null) return null;
  setCalendarStart(s.settings.startYear, s.settings.startQuarter);
  return q > 0 ? t('rp.lobby.fork', { quarter: quarterLabel(q), played: q, total: s.settings.quarters }) : t('rp.lobby.forkStart');
}

export function NameField() {
  return (
    <TextField
      id="lobby-name"
      label={t('lobby.name')}
      value={session.name}
      maxLength={24}
      autoComplete="nickname"
      onInput={(v) => {
        session.name = v;
      }}
    />
  );
}

export function MatchInfo({ s }: { s: MatchSnapshot }) {
  const planning = s.settings.planningSeconds > 0 ? t('common.seconds', { n: s.settings.planningSeconds }) : t('common.noTimer');
  const fork = forkNote(s);
  return (
    <section class="card stack-small" aria-labelledby="lobby-settings-title">
      <h2 id="lobby-settings-title">{t('lobby.settings')}</h2>
      {fork && <p class="notice">{fork}</p>}
      <p class="muted">{t('lobby.settings.summary', { quarters: s.settings.quarters, planning, seed: s.settings.seed })}</p>
      {!session.role && <NameField />}
      <div>
        <button type="button" class="btn btn-quiet" onClick={() => void session.leave()}>
          {t('lobby.leaveMatch')}
        </button>
      </div>
    </section>
  );
}

export function HostSettings({ s, onMessage }: { s: MatchSnapshot; onMessage: (text: string, isError: boolean) => void }) {
  if (draft.value.code !== s.code) draft.value = { code: s.code, values: {}, errors: {} };
  const d = draft.value;
  const forked = forkQuarter(s.code, s.quarter, s.reports.length) !== null;
  const value = (k: Key, current: string | number) => d.values[k] ?? String(current);
  const set = (k: Key, v: string) => (draft.value = { ...d, values: { ...d.values, [k]: v }, errors: { ...d.errors, [k]: undefined } });
  const autopilot = d.autopilot ?? s.settings.autopilot;

  const apply = async () => {
    const errors: Partial<Record<Key, string>> = {};
    const settings: Record<string, unknown> = {};
    const ints: [Key, string, { min: number; max: number }, number][] = [
      ['planning', 'planningSeconds', SETTINGS_LIMITS.planningSeconds, s.settings.planningSeconds],
      ['results', 'resultsSeconds', SETTINGS_LIMITS.resultsSeconds, s.settings.resultsSeconds],
    ];
    if (!forked) ints.push(['quarters', 'quarters', SETTINGS_LIMITS.quarters, s.settings.quarters]);
    for (const [k, key, lim, current] of ints) {
      const n = Number(value(k, current).trim());
      if (!Number.isInteger(n) || n < lim.min || n > lim.max) errors[k] = t('lobby.settings.range', { min: lim.min, max: lim.max });
      else settings[key] = n;
    }
    if (!forked) {
      const seed = value('seed', s.settings.seed).trim();
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(seed)) errors.seed = t('lobby.settings.seedInvalid');
      else settings.seed = seed;
    }
    if (d.autopilot !== undefined) settings.autopilot = d.autopilot;
    if (Object.keys(errors).length > 0) {
      draft.value = { ...d, errors };
      return onMessage(t('lobby.settings.notApplied'), true);
    }
    const res = await session.host({ command: 'configure', settings });
    if (res.ok) {
      draft.value = { code: s.code, values: {}, errors: {} };
      onMessage(t('lobby.settings.applied'), false);
    } else onMessage(describeServerError(res.error), true);
  };

  const fork = forkNote(s);
  return (
    <section class="card stack-small" aria-labelledby="lobby-settings-title">
      <h2 id="lobby-settings-title">{t('lobby.settings')}</h2>
      {fork && <p class="notice">{fork}</p>}
      <form
        class="stack-small"
        onSubmit={(e) => {
          e.preventDefault();
          void apply();
        }}
      >
        <div class="grid-2">
          <NumberField label={t('lobby.settings.planning')} value={value('planning', s.settings.planningSeconds)} onInput={(v) => set('planning', v)} error={d.errors.planning} unit={t('unit.seconds')} />
          <NumberField label={t('lobby.settings.results')} value={value('results', s.settings.resultsSeconds)} onInput={(v) => set('results', v)} error={d.errors.results} unit={t('unit.seconds')} />
          {!forked && <NumberField label={t('lobby.settings.quarters')} value={value('quarters', s.settings.quarters)} onInput={(v) => set('quarters', v)} error={d.errors.quarters} />}
          {!forked && <TextField label={t('lobby.settings.seed')} value={value('seed', s.settings.seed)} onInput={(v) => set('seed', v)} error={d.errors.seed} ltr maxLength={64} />}
        </div>
        {forked && <p class="small faint">{t('rp.lobby.fixed', { seed: s.settings.seed, total: s.settings.quarters })}</p>}
        <label class="choice">
          <input type="checkbox" checked={autopilot} onChange={(e) => (draft.value = { ...d, autopilot: (e.currentTarget).checked })} />
          <span>{t('lobby.settings.autopilot')}</span>
        </label>
        <p class="field-hint">{t('lobby.settings.hint')}</p>
        <div>
          <button type="submit" class="btn">
            {t('lobby.settings.apply')}
          </button>
        </div>
      </form>
      {session.role ? <NameField /> : <p class="muted small">{t('lobby.hostSpectator')}</p>}
      <div>
        <button type="button" class="btn btn-quiet" onClick={() => void session.leave()}>
          {t('lobby.leaveMatch')}
        </button>
      </div>
    </section>
  );
}

/** The name a seat is taken under, checked like the server does. */
export function checkedSeatName(): string | null {
  const r = checkDisplayName(session.name);
  return r.ok ? r.name : null;
}
