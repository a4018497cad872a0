import { NumberField } from '../../components/NumberField';
import { Term } from '../../components/Term';
import { t } from '../../i18n';
import { quarterLabel } from '../../i18n/engineText';
import { money, num, pct } from '../../i18n/format';
import { NUMBER_FIELDS, type NumberFieldKey } from './draft';
import { fieldId, type TabProps } from './formTypes';
import { readNumber } from './readNumber';

// Compute: how the seat splits its compute (training, products, cloud, summing to 100%), and its
// cloud: launching one, or the ask price once it has one.

const PARTS: { key: NumberFieldKey; name: 'dp.training' | 'dp.products' | 'dp.cloud'; help: 'help.training' | 'help.products' | 'help.cloudShare'; tone: string }[] = [
  { key: 'training', name: 'dp.training', help: 'help.training', tone: 'training' },
  { key: 'products', name: 'dp.products', help: 'help.products', tone: 'products' },
  { key: 'cloudPct', name: 'dp.cloud', help: 'help.cloudShare', tone: 'cloud' },
];

export function ComputeTab({ s, role, state, draft, update, fieldError }: TabProps) {
  const shares = PARTS.map((p) => {
    const r = readNumber(draft.values[p.key] || '0');
    return { part: p, value: r.ok ? Math.max(0, r.value) : 0 };
  });
  const total = shares.reduce((a, sh) => a + sh.value, 0);
  const allocError = fieldError('allocation');
  const report = s.reports.at(-1)?.companies.find((c) => c.role === role) ?? null;
  const own = s.own?.view?.own ?? null;
  const status = own?.cloud.status ?? s.companies[role]?.cloud.status ?? 'none';
  const launchCost = state?.scenario.companies[role].launchCost ?? 0;
  const ready = own?.cloud.readyQuarter ?? s.companies[role]?.cloud.readyQuarter ?? null;
  return (
    <div class="stack">
      <fieldset class="pl-order-group" aria-describedby="alloc-sum">
        <legend>{t('dp.allocation')}</legend>
        <div class="pl-alloc-bar" aria-hidden="true">
          {shares.map(({ part: p, value }) => (
            <span key={p.key} class={`pl-alloc-${p.tone}`} style={{ inlineSize: `${(value / Math.max(100, total)) * 100}%` }} />
          ))}
        </div>
        <div class="pl-order-fields pl-order-fields-3">
          {PARTS.map((p) => (
            <NumberField
              key={p.key}
              id={fieldId(NUMBER_FIELDS[p.key])}
              label={
                <>
                  <span class={`pl-swatch pl-alloc-${p.tone}`} aria-hidden="true" />
                  {t(p.name)}
                </>
              }
              unit="%"
              hint={t(p.help)}
              value={draft.values[p.key]}
              onInput={(v) => update((d) => (d.values[p.key] = v))}
              error={fieldError(NUMBER_FIELDS[p.key])}
            />
          ))}
        </div>
        <p id="alloc-sum" class={allocError ? 'field-error' : 'pl-order-hint'}>
          {allocError ?? (report ? t('dp.allocSum', { sum: num(total, 0), cu: num(report.capacity.availableCU, 1) }) : t('dp.allocSumOnly', { sum: num(total, 0) }))}
        </p>
      </fieldset>
      <fieldset class="pl-order-group">
        <legend>
          <Term help={t('help.cloud')}>{t('dp.cloudSection')}</Term>
        </legend>
        {status === 'none' ? (
          <>
            <label class="choice pl-order-check">
              <input type="checkbox" id={fieldId('cloud.launch')} checked={draft.launch} onChange={(e) => update((d) => (d.launch = (e.currentTarget).checked))} />
              <span>{t('dp.launch', { cost: money(launchCost) })}</span>
            </label>
            <p class="pl-order-hint">
              {t('help.launchShort')} {t('help.launch')}
            </p>
            {fieldError('cloud.launch') && <p class="field-error">{fieldError('cloud.launch')}</p>}
          </>
        ) : (
          <>
            <p>{status === 'launching' && ready !== null ? t('co.cloudLaunching', { quarter: quarterLabel(ready) }) : t('co.cloudLive', { rep: pct(own?.cloud.reputation ?? s.companies[role]?.cloud.reputation ?? 0, 0) })}</p>
            <div class="pl-order-fields">
              <NumberField
                id={fieldId(NUMBER_FIELDS.askPrice)}
                label={t('dp.ask')}
                unit={`${t('unit.billions')}/${t('unit.cu')}`}
                hint={`${t('help.ask')} ${t('dp.askHint', { price: money(s.global.lastCloudPrice) })}`}
                value={draft.values.askPrice}
                onInput={(v) => update((d) => (d.values.askPrice = v))}
                error={fieldError(NUMBER_FIELDS.askPrice)}
              />
            </div>
          </>
        )}
      </fieldset>
    </div>
  );
}

