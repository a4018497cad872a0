import { t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import type { Loaded } from '../../replay/store';

// Verification: every quarter re-ran in this browser, its state hash next to the one recorded by
// the server that played it. One differing hash means the record does not reproduce here.

export function VerifyPanel({ loaded }: { loaded: Loaded }) {
  const { record, hashes } = loaded;
  return (
    <section class="stack" aria-labelledby="rp-verify">
      <h3 id="rp-verify">{t('rp.verify.title')}</h3>
      <p class={loaded.verified ? 'tone-good' : 'tone-warn'} role="status">
        {loaded.verified ? t('rp.verified', { n: record.quarters.length }) : t('rp.notVerified', { message: loaded.problem ?? '' })} · {t('rp.engine', { v: record.engineVersion })}
      </p>
      <p class="muted">{t('rp.verify.text')}</p>
      <div class="table-wrap" role="region" aria-label={t('rp.verify.title')} tabIndex={0}>
        <table class="table replay-hashes">
          <caption class="sr-only">{t('rp.verify.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rp.chart.quarter')}</th>
              <th scope="col">{t('rp.verify.recorded')}</th>
              <th scope="col">{t('rp.verify.here')}</th>
              <th scope="col">{t('rp.verify.result')}</th>
            </tr>
          </thead>
          <tbody>
            {record.quarters.map((q, i) => {
              const here = hashes[i] ?? null;
              const same = here === q.hash;
              return (
                <tr key={i} data-quarter={i} data-hash={here ?? ''}>
                  <th scope="row">{quarterLabel(i)}</th>
                  <td>
                    <code>{q.hash}</code>
                  </td>
                  <td>
                    <code>{here ?? '—'}</code>
                  </td>
                  <td class={same ? 'tone-good' : 'tone-bad'}>{here === null ? t('rp.verify.notRun') : same ? t('rp.verify.same') : t('rp.verify.differs')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
