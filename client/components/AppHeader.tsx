import type { ComponentChildren } from 'preact';
import { getLocale, setLocale, t } from '../i18n';
import { GlossaryButton } from './Glossary';

// The bar at the top of every screen: the game's name (or the screen's title), the screen's own
// actions and the language switch.

export function LanguageSwitch() {
  const next = getLocale() === 'en' ? 'ar' : 'en';
  return (
    <button type="button" class="btn btn-quiet" lang={next} title={t('app.switchLanguageHint')} aria-label={`${t('app.switchLanguage')}: ${t('app.switchLanguageHint')}`} onClick={() => setLocale(next)}>
      {t('app.switchLanguage')}
    </button>
  );
}

export interface AppHeaderProps {
  /** The screen's heading (an <h1>); the game's name when absent. */
  title?: ComponentChildren;
  subtitle?: ComponentChildren;
  actions?: ComponentChildren;
}

export function AppHeader(p: AppHeaderProps) {
  return (
    <header class="screen-header">
      <div class="title">
        <div class="brand">
          <img src="./icons/chip.svg" alt="" width={32} height={32} />
          <h1>{p.title ?? t('app.title')}</h1>
        </div>
        {p.subtitle && <p class="muted">{p.subtitle}</p>}
      </div>
      <div class="row">
        {p.actions}
        <GlossaryButton />
        <LanguageSwitch />
      </div>
    </header>
  );
}
