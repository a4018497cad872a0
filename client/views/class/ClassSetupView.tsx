import { useState } from 'preact/hooks';
import { MAX_GROUPS } from '../../../shared/classroom/protocol';
import { SCENARIOS } from '../../../shared/engine';
import { PERSONA_IDS, type PersonaId } from '../../../shared/protocol';
import { ROLES } from '../../../shared/roles';
import { ClassConnection, setCurrentClass } from '../../classroom/connection';
import { tc } from '../../classroom/i18n';
import { scenarioName } from '../../i18n/engineText';
import { personaDescription, personaShortName } from '../../i18n/personas';
import { roleName } from '../../app/company';
import { go } from '../../app/nav';
import { TextField } from '../../components/TextField';
import { AppHeader } from '../../components/AppHeader';
import { ArchiveList } from './ArchiveList';
import { ChoiceRow } from './ChoiceRow';
import { ClassLists } from './ClassLists';
import { ReopenForm } from './ReopenForm';
import { ScheduleEditor } from './ScheduleEditor';
import { staleClass } from './useHostConnection';
import { PLANNING_CHOICES, QUARTER_CHOICES, RESULTS_CHOICES, createOptions, draftProblems, newDraft, studentSeats, type SetupDraft } from './setupDraft';
import './class.css';

// Teach a class: the settings every group plays with (groups, quarters, timers, seed, scenario, who
// plays each company and the bots' style, autopilot), then "Create class" opens the groups and the
// console. Beside it: the teacher's classes (this browser's and the server's archive) and opening a
// class elsewhere with its code and teacher key.

let kept: SetupDraft | null = null;

export function timerText(seconds: number): string {
  if (seconds === 0) return tc('setup.noTimer');
  if (seconds < 120) return tc('time.seconds', { n: seconds });
  return tc('time.minutes', { n: seconds / 60 });
}

export function ClassSetupView() {
  const [d, setD] = useState<SetupDraft>(() => (kept ??= newDraft(Object.values(SCENARIOS)[0]?.id ?? '')));
  const [status, setStatus] = useState<{ text: string; isError: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState(false);
  const update = (patch: Partial<SetupDraft>) => setD((old) => (kept = { ...old, ...patch }));
  const problems = shown ? draftProblems(d) : [];
  const seedError = problems.find((p) => p.field === 'seed');
  const seatsError = problems.find((p) => p.field === 'seats');
  const scheduleError = problems.find((p) => p.field === 'schedule');
  const scenarios = Object.values(SCENARIOS);

  async function create(e: Event) {
    e.preventDefault();
    setShown(true);
    if (draftProblems(d).length || busy) return;
    setBusy(true);
    setStatus({ text: tc('setup.creating', { n: d.groups }), isError: false });
    try {
      const conn = await ClassConnection.create(createOptions(d));
      setCurrentClass(conn);
      go({ name: 'classHost', classId: conn.info!.classId });
    } catch (err) {
      setBusy(false);
      setStatus({ text: tc('setup.error', { reason: err instanceof Error ? err.message.replace(/^[A-Z_]+: /, '') : String(err) }), isError: true });
    }
  }

  return (
    <div class="screen class-setup">
      <AppHeader
        title={tc('setup.title')}
        actions={
          <button type="button" class="btn btn-quiet" onClick={() => go({ name: 'home' })}>
            {tc('setup.home')}
          </button>
        }
      />
      {staleClass.value && (
        <p class="share-notice warn" role="alert">
          {tc('setup.staleLink', { code: staleClass.value })}
        </p>
      )}
      <div class="setup-layout">
        <form class="card stack setup-form" onSubmit={(e) => void create(e)} noValidate aria-labelledby="setup-new">
          <h2 id="setup-new">{tc('setup.new')}</h2>
          <p class="muted">{tc('setup.intro')}</p>
          <div class="grid-auto">
            <TextField label={tc('setup.name')} value={d.title} onInput={(v: string) => update({ title: v })} placeholder={tc('setup.namePlaceholder')} maxLength={60} />
            <TextField label={tc('setup.seed')} value={d.seed} onInput={(v: string) => update({ seed: v })} placeholder={tc('setup.seedPlaceholder')} maxLength={64} ltr error={seedError ? tc(seedError.key) : ''} />
          </div>
          <div class="field">
            <label for="setup-groups">{tc('setup.groups')}</label>
            <select id="setup-groups" aria-describedby="setup-groups-hint" value={String(d.groups)} onChange={(e) => update({ groups: Number((e.target as HTMLSelectElement).value) })}>
              {Array.from({ length: MAX_GROUPS }, (_, i) => (
                <option key={i} value={String(i + 1)}>
                  {i + 1}
                </option>
              ))}
            </select>
            <p class="field-hint" id="setup-groups-hint">
              {tc('setup.groupsHint', { n: d.groups, seats: studentSeats(d) })}
            </p>
          </div>
          <ChoiceRow legend={tc('setup.quarters')} name="quarters" choices={QUARTER_CHOICES.map((q) => ({ value: q, text: String(q) }))} value={d.quarters} onChange={(q) => update({ quarters: q })} />
          <ChoiceRow legend={tc('setup.timer')} name="planning" choices={PLANNING_CHOICES.map((s) => ({ value: s, text: timerText(s) }))} value={d.planning} onChange={(s) => update({ planning: s })} />
          <ChoiceRow legend={tc('setup.results')} name="results" choices={RESULTS_CHOICES.map((s) => ({ value: s, text: s === 0 ? tc('setup.untilNext') : timerText(s) }))} value={d.results} onChange={(s) => update({ results: s })} hint={tc('pace.resultsHint')} />
          {scenarios.length > 1 && (
            <ChoiceRow legend={tc('setup.scenario')} name="scenario" choices={scenarios.map((s) => ({ value: s.id, text: scenarioName(s.id) }))} value={d.scenario} onChange={(s) => update({ scenario: s })} />
          )}
          <fieldset class="setup-seats">
            <legend>{tc('setup.seats')}</legend>
            <div class="table-wrap">
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">{tc('setup.company')}</th>
                    <th scope="col">{tc('setup.who')}</th>
                    <th scope="col">{tc('setup.persona')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ROLES.map((r) => (
                    <tr key={r}>
                      <th scope="row" class={`co-${r}`}>
                        {roleName(r)}
                      </th>
                      <td>
                        <div class="cluster" role="radiogroup" aria-label={tc('setup.whoFor', { company: roleName(r) })}>
                          {(['human', 'bot', 'absent'] as const).map((k) => (
                            <label key={k} class="chip-option">
                              <input type="radio" name={`kind-${r}`} value={k} checked={d.kinds[r] === k} onChange={() => update({ kinds: { ...d.kinds, [r]: k } })} />
                              <span>{tc(`setup.kind.${k}`)}</span>
                            </label>
                          ))}
                        </div>
                      </td>
                      <td>
                        <div class="field">
                        <select aria-label={tc('setup.personaFor', { company: roleName(r) })} value={d.personas[r]} onChange={(e) => update({ personas: { ...d.personas, [r]: (e.target as HTMLSelectElement).value as PersonaId } })}>
                          {PERSONA_IDS.map((p) => (
                            <option key={p} value={p} title={personaDescription(p)}>
                              {personaShortName(p)}
                            </option>
                          ))}
                        </select>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {seatsError && (
              <p class="field-error" role="alert">
                {tc(seatsError.key)}
              </p>
            )}
          </fieldset>
          <label class="check">
            <input type="checkbox" checked={d.autopilot} onChange={(e) => update({ autopilot: (e.target as HTMLInputElement).checked })} />
            <span>{tc('setup.autopilot')}</span>
          </label>
          <p class="muted hint">{tc('setup.autopilotHelp')}</p>
          <label class="check">
            <input type="checkbox" checked={d.randomEvents} onChange={(e) => update({ randomEvents: (e.target as HTMLInputElement).checked })} />
            <span>{tc('setup.randomEvents')}</span>
          </label>
          <p class="muted hint">{tc('setup.randomEventsHelp')}</p>
          <label class="check">
            <input type="checkbox" checked={d.anonymous} onChange={(e) => update({ anonymous: (e.target as HTMLInputElement).checked })} />
            <span>{tc('setup.anonymous')}</span>
          </label>
          <p class="muted hint">{tc('setup.anonymousHelp')}</p>
          <ScheduleEditor
            scenario={d.scenario}
            quarters={d.quarters}
            from={0}
            rows={d.schedule.map((e, i) => ({ id: String(i), quarter: e.quarter, eventId: e.eventId, target: e.target ?? '' }))}
            onAdd={(e) => update({ schedule: [...d.schedule, e].sort((a, b) => a.quarter - b.quarter) })}
            onRemove={(id) => update({ schedule: d.schedule.filter((_, i) => String(i) !== id) })}
            roles={ROLES.filter((r) => d.kinds[r] !== 'absent')}
          />
          {scheduleError && (
            <p class="field-error" role="alert">
              {tc(scheduleError.key)}
            </p>
          )}
          <div class="cluster setup-submit">
            <button type="submit" class="btn btn-primary" disabled={busy}>
              {tc('setup.create')}
            </button>
            {status && (
              <p class={status.isError ? 'field-error' : 'muted'} role={status.isError ? 'alert' : 'status'}>
                {status.text}
              </p>
            )}
          </div>
        </form>
        <div class="stack">
          <ClassLists />
          <ArchiveList />
          <ReopenForm />
        </div>
      </div>
    </div>
  );
}
