import { useEffect, useRef, useState } from 'preact/hooks';
import type { Role } from '../../../../shared/roles';
import { t, type MessageKey } from '../../../i18n';
import { money } from '../../../i18n/format';
import { roleName } from '../../../app/company';
import type { MatchSnapshot } from '../../../state/model';
import { GLOSSARY_IDS, openGlossary } from '../../../app/glossary';
import { GUIDE_STEPS, outlineOf } from './steps';
import { dismissGuide } from './guideMemory';
import './guide.css';

// A guided first quarter: a small panel that walks a new player through one decision per step
// on the real order form (it opens the tab and outlines the field; the player types there), with
// Back / Next / Skip. Not modal: the whole screen stays usable. Finished or skipped, it is
// remembered and does not come back unless asked for.

const OUTLINE = 'guide-target';

export function FirstQuarterGuide({ s, role }: { s: MatchSnapshot; role: Role }) {
  const [i, setI] = useState(0);
  const step = GUIDE_STEPS[i]!;
  const heading = useRef<HTMLHeadingElement>(null);
  const last = i === GUIDE_STEPS.length - 1;

  useEffect(() => {
    if (step.tab) document.querySelector<HTMLButtonElement>(`#plan-orders [role="tab"][data-tab="${step.tab}"]`)?.click();
    let outlined: HTMLElement | null = null;
    // The tab's panel renders on the next frame.
    const frame = requestAnimationFrame(() => {
      const target = step.target ? document.querySelector(step.target) : null;
      if (!target) return;
      outlined = outlineOf(target);
      outlined.classList.add(OUTLINE);
      outlined.scrollIntoView({ block: 'start', behavior: 'smooth' });
    });
    return () => {
      cancelAnimationFrame(frame);
      outlined?.classList.remove(OUTLINE);
    };
  }, [i]);
  useEffect(() => {
    if (i > 0) heading.current?.focus();
  }, [i]);

  const own = s.own?.view?.own;
  const params = {
    company: roleName(role),
    cash: own ? money(own.cash) : '—',
    list: money(s.global.chipListPrice ?? 0),
    n: GUIDE_STEPS.length - 1,
  };
  const title = t(`guide.${step.id}.title` as MessageKey, params);
  const text = t(`guide.${step.id}.text` as MessageKey, params);
  const term = TERM_OF[step.id];

  return (
    <aside class="guide" role="region" aria-labelledby="guide-title" aria-live="polite">
      <p class="guide-progress small muted">{t('guide.progress', { step: i + 1, total: GUIDE_STEPS.length })}</p>
      <h2 id="guide-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{text}</p>
      {term && (
        <button type="button" class="btn-link" onClick={() => openGlossary(term)}>
          {t('guide.explain', { term: t(`glossary.${term}.term` as MessageKey) })}
        </button>
      )}
      <div class="guide-actions">
        <button type="button" class="btn btn-quiet" onClick={dismissGuide}>
          {t('guide.skip')}
        </button>
        <div class="row">
          {i > 0 && (
            <button type="button" class="btn" onClick={() => setI(i - 1)}>
              {t('guide.back')}
            </button>
          )}
          <button type="button" class="btn btn-primary" onClick={() => (last ? dismissGuide() : setI(i + 1))}>
            {last ? t('guide.finish') : i === 0 ? t('guide.start') : t('guide.next')}
          </button>
        </div>
      </div>
    </aside>
  );
}

const TERM_OF: Partial<Record<(typeof GUIDE_STEPS)[number]['id'], (typeof GLOSSARY_IDS)[number]>> = {
  chips: 'clearing',
  build: 'gw',
  compute: 'cu',
  finance: 'revolver',
  estimate: 'tsr',
};
