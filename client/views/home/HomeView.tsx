import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { ROLES, type Role } from '../../../shared/roles';
import { NAME_MAX_LENGTH, checkDisplayName, normalizeJoinCode, JOIN_CODE_LENGTH } from '../../../shared/protocol';
import { t } from '../../i18n';
import { personaName } from '../../i18n/personas';
import { session } from '../../net/session';
import { AppHeader } from '../../components/AppHeader';
import { TextField } from '../../components/TextField';
import { go, screen } from '../../app/nav';
import { describeError } from '../../app/errors';
import { roleName, roleText } from '../../app/company';
import { DIFFICULTIES, MATCH_LENGTHS, quickMatchSettings, type Difficulty } from './quickMatch';
import { CompanyPicker } from './CompanyPicker';
import './home.css';

// Home: a quick match against four bots (no name needed; length and bot difficulty on the card),
// hosting a match, joining by code, the replays and the classroom. What the person typed
// survives a language switch and a trip to another screen.

const draft = {
  name: signal(''),
  role: signal<Role>('openai'),
  code: signal(''),
  hostPlays: signal<'play' | 'watch'>('play'),
  quarters: signal<number>(12),
  difficulty: signal<Difficulty>('standard'),
};

type Busy = null | 'quick' | 'create' | 'join' | 'resume';

export function HomeView() {
  const [busy, setBusy] = useState<Busy>(null);
  const [errors, setErrors] = useState<{ quick?: string; create?: string; join?: string; name?: string; code?: string }>({});
  const stored = session.stored();
  const urlCode = screen.value.name === 'home' ? screen.value.code : undefined;
  useEffect(() => {
    if (urlCode) draft.code.value = urlCode;
    if (!document.body.dataset.homeReadyAt) document.body.dataset.homeReadyAt = String(performance.now());
  }, [urlCode]);

  const run = async (kind: Exclude<Busy, null>, fn: () => Promise<void>, errorKey: 'home.error.connect' | 'home.error.join', field: 'quick' | 'create' | 'join') => {
    if (busy) return;
    setBusy(kind);
    setErrors({});
    try {
      await fn();
    } catch (err) {
      setErrors({ [field]: t(errorKey, { reason: describeError(err) }) });
      setBusy(null);
    }
  };

  const quick = () => {
    const typed = draft.name.value.trim();
    const checked = checkDisplayName(typed || t('home.defaultName'));
    if (!checked.ok) return setErrors({ name: t('home.error.name') });
    void run(
      'quick',
      async () => {
        await session.create(checked.name, draft.role.value, quickMatchSettings(draft.role.value, draft.quarters.value, draft.difficulty.value));
        const res = await session.host({ command: 'start', force: true });
        if (!res.ok) throw new Error(res.error.message);
      },
      'home.error.connect',
      'quick',
    );
  };

  const create = () => {
    const checked = checkDisplayName(draft.name.value);
    if (!checked.ok) {
      setErrors({ name: t('home.error.name'), create: t('home.error.nameFirst') });
      document.getElementById('home-name')?.focus();
      return;
    }
    const role = draft.hostPlays.value === 'play' ? draft.role.value : undefined;
    void run('create', () => session.create(checked.name, role, {}), 'home.error.connect', 'create');
  };

  const join = () => {
    const code = normalizeJoinCode(draft.code.value);
    if (!code) {
      setErrors({ code: t('home.error.code') });
      document.getElementById('home-code')?.focus();
      return;
    }
    const name = checkDisplayName(draft.name.value);
    void run('join', () => session.join(code, name.ok ? { name: name.name } : {}), 'home.error.join', 'join');
  };

  return (
    <div class="screen home">
      <AppHeader
        actions={
          <>
            <button type="button" class="btn btn-quiet" onClick={() => go({ name: 'replays' })} title={t('rp.homeHint')}>
              <img src="./icons/chart.svg" alt="" width={20} height={20} />
              {t('rp.home')}
            </button>
            <button type="button" class="btn btn-quiet" onClick={() => go({ name: 'classSetup' })} title={t('class.home.teachHint')}>
              <img src="./icons/person.svg" alt="" width={20} height={20} />
              {t('class.home.teach')}
            </button>
          </>
        }
      />
      {stored && (
        <div class="notice row-between" role="status">
          <span>{t('home.resumeText', { code: stored.code })}</span>
          <button type="button" class="btn btn-primary" disabled={busy !== null} onClick={() => void run('resume', () => session.resume(), 'home.error.join', 'quick')}>
            {t('home.resume', { code: stored.code })}
          </button>
        </div>
      )}
      <section class="home-hero" aria-labelledby="home-subtitle">
        <div class="stack-small">
          <p id="home-subtitle" class="home-subtitle">
            {t('home.subtitle')}
          </p>
          <div class="home-name">
            <TextField
              id="home-name"
              label={t('home.name')}
              value={draft.name.value}
              placeholder={t('home.namePlaceholder')}
              maxLength={NAME_MAX_LENGTH}
              autoComplete="nickname"
              hint={t('home.nameHint')}
              error={errors.name}
              onInput={(v) => {
                draft.name.value = v;
                if (errors.name) setErrors({ ...errors, name: undefined });
              }}
            />
          </div>
        </div>
        <img class="home-art" src="./art/hero.svg" alt="" />
      </section>

      <div class="home-cards">
        <section class="card home-quick" aria-labelledby="home-quick-title">
          <h2 id="home-quick-title">{t('home.quick.title')}</h2>
          <p class="muted">{t('home.quick.text')}</p>
          <CompanyPicker value={draft.role.value} onChange={(r) => (draft.role.value = r)} />
          <div class="company-blurb" aria-live="polite">
            <p>
              <strong style={{ color: `var(--co-${draft.role.value})` }}>{roleName(draft.role.value)}</strong> · {roleText(draft.role.value, 'tagline')}
            </p>
            <p class="muted small">{roleText(draft.role.value, 'desc')}</p>
          </div>
          <div class="grid-2">
            <div class="field">
              <label for="home-length">{t('home.quick.length')}</label>
              <select id="home-length" value={String(draft.quarters.value)} onChange={(e) => (draft.quarters.value = Number((e.currentTarget).value))}>
                {MATCH_LENGTHS.map((q) => (
                  <option key={q} value={String(q)}>
                    {t('home.quick.lengthOption', { n: q })}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="home-difficulty">{t('home.quick.difficulty')}</label>
              <select id="home-difficulty" value={draft.difficulty.value} aria-describedby="home-difficulty-hint" onChange={(e) => (draft.difficulty.value = (e.currentTarget).value as Difficulty)}>
                {DIFFICULTIES.map((d) => (
                  <option key={d} value={d}>
                    {t(`home.difficulty.${d}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p id="home-difficulty-hint" class="field-hint">
            {t('home.difficulty.hint', { personas: difficultyPersonas(draft.difficulty.value) })}
          </p>
          <button type="button" class="btn btn-primary btn-block btn-big" disabled={busy !== null} onClick={quick}>
            <img src="./icons/bot.svg" alt="" width={22} height={22} class="invert" />
            {busy === 'quick' ? t('home.connecting') : t('home.quick.button')}
          </button>
          {errors.quick && (
            <p class="field-error" role="alert">
              {errors.quick}
            </p>
          )}
        </section>

        <section class="card" aria-labelledby="home-host-title">
          <h2 id="home-host-title">{t('home.create.title')}</h2>
          <p class="muted">{t('home.create.text')}</p>
          <fieldset>
            <legend class="sr-only">{t('home.create.title')}</legend>
            {(['play', 'watch'] as const).map((mode) => (
              <label class="choice" key={mode}>
                <input type="radio" name="home-host-mode" value={mode} checked={draft.hostPlays.value === mode} onChange={() => (draft.hostPlays.value = mode)} />
                <span>{mode === 'play' ? t('home.create.playingAs', { company: roleName(draft.role.value) }) : t('home.create.spectating')}</span>
              </label>
            ))}
          </fieldset>
          <button type="button" class="btn btn-block btn-big" disabled={busy !== null} onClick={create}>
            {busy === 'create' ? t('home.connecting') : t('home.create.button')}
          </button>
          {errors.create && (
            <p class="field-error" role="alert">
              {errors.create}
            </p>
          )}
        </section>

        <section class="card" aria-labelledby="home-join-title">
          <h2 id="home-join-title">{t('home.join.title')}</h2>
          <p class="muted">{t('home.join.text')}</p>
          <TextField
            id="home-code"
            label={t('home.join.code')}
            value={draft.code.value}
            placeholder="ABC234"
            maxLength={JOIN_CODE_LENGTH + 2}
            ltr
            uppercase
            autoComplete="off"
            error={errors.code ?? errors.join}
            onInput={(v) => {
              draft.code.value = v;
              if (errors.code || errors.join) setErrors({});
            }}
            onEnter={join}
          />
          <button type="button" class="btn btn-block btn-big" disabled={busy !== null} onClick={join}>
            {busy === 'join' ? t('home.connecting') : t('home.join.button')}
          </button>
          <p class="small faint">{t('home.join.reclaim')}</p>
        </section>
      </div>

      <section class="home-howto" aria-labelledby="home-howto-title">
        <h2 id="home-howto-title">{t('home.howto.title')}</h2>
        <ol>
          {(['chip', 'chart', 'investors', 'trophy'] as const).map((icon, i) => (
            <li key={icon}>
              <img src={`./icons/${icon}.svg`} alt="" width={22} height={22} />
              <span>{t(`home.howto.${i + 1}` as 'home.howto.1')}</span>
            </li>
          ))}
        </ol>
      </section>
      <footer class="small faint">{t('home.footer')}</footer>
    </div>
  );
}

function difficultyPersonas(d: Difficulty): string {
  const settings = quickMatchSettings(ROLES[0], 4, d);
  const names = new Set<string>();
  for (const seat of Object.values(settings.seats ?? {})) if (seat && 'persona' in seat && seat.persona) names.add(personaName(seat.persona));
  return [...names].join(', ');
}
