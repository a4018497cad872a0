import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { blankOrders } from '../../../shared/engine';
import type { OrderPreview } from '../../../shared/engine/types';
import type { OrderError, Orders } from '../../../shared/orders/types';
import type { Role } from '../../../shared/roles';
import { describeServerError } from '../../app/errors';
import { announce } from '../../components/announce';
import { Tabs } from '../../components/Tabs';
import { t, type MessageKey } from '../../i18n';
import { editable } from '../../i18n/format';
import { translateOrderError } from '../../i18n/orderErrors';
import { quarterLabel } from '../../i18n/engineText';
import { session } from '../../net/session';
import type { MatchSnapshot } from '../../state/model';
import { BuildTab } from './BuildTab';
import { ComputeTab } from './ComputeTab';
import { DealsTab } from './DealsTab';
import { draftKey, loadDraft, newDraft, saveDraft, type Draft } from './draft';
import { engineState } from './engineState';
import { EstimatePanel } from './EstimatePanel';
import { FinanceTab } from './FinanceTab';
import { OfferNotices } from './OfferNotices';
import { fieldId, type TabProps } from './formTypes';
import { checkOrders, firstProblem, ORDER_TABS, tabOfPath, type OrderTab } from './orderCheck';
import { readNumber } from './readNumber';
import { rememberSent } from './submittedOrders';
import { SupplierTab } from './SupplierTab';

// The seat's orders for the quarter: five tabs (Build, Compute, Finance, Deals, Supplier), each
// field checked by the shared validator as the player types and its error shown under it in
// player language; the shared engine's estimate once the orders are valid; the warnings; and
// submit / withdraw. The draft is saved on every change and survives reloads and dead tabs.

/** The tab shown, kept across quarters (the form is rebuilt for each quarter). */
const selectedTab = signal<OrderTab>('build');


function baseOrders(s: MatchSnapshot): Orders {
  const pending = s.own?.pendingOrders;
  if (pending && pending.quarter === s.quarter) return pending;
  const o = blankOrders(s.quarter, s.own?.allocation ?? { training: 30, products: 70, cloud: 0 });
  o.cloud.askPrice = s.own?.view?.own?.cloud.askPrice ?? 0;
  return o;
}

function startDraft(s: MatchSnapshot, role: Role): Draft {
  const key = draftKey(s.code, role, s.quarter);
  const d = loadDraft(key) ?? newDraft(key, baseOrders(s), { to: 'neutral', side: 'buy', cu: '1', price: editable(Math.max(0.1, s.global.lastCloudPrice * 1.15)), quarters: '8' });
  // A vendor-financing offer lapses with its quarter: never send an acceptance without one.
  if (!s.own?.view?.own?.vendorOffer) d.vendorAccept = false;
  return d;
}

type Status = { text: string; kind: 'info' | 'ok' | 'error' };

export function OrderForm({ s, role }: { s: MatchSnapshot; role: Role }) {
  const [draft, setDraft] = useState<Draft>(() => startDraft(s, role));
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<OrderError[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const [sending, setSending] = useState(false);
  const lastPreview = useRef<OrderPreview | null>(null);
  const state = engineState(s);
  const check = useMemo(() => checkOrders(draft, s.quarter, state, role, readNumber, s.reports.at(-1) ?? null), [draft, state, role, s.quarter, s.reports.length]);
  if (check.preview) lastPreview.current = check.preview;
  const seat = s.seats[role];
  const offerOpen = !!s.own?.view?.own?.vendorOffer;
  const problems = Object.keys(check.parseErrors).length + check.errors.length;

  const update = (fn: (d: Draft) => void) => {
    const d: Draft = JSON.parse(JSON.stringify(draft)) as Draft;
    fn(d);
    d.dirty = true;
    saveDraft(d);
    setDraft(d);
    setServerErrors([]);
    setStatus(null);
  };
  const updateDeal = (fn: (d: Draft['deal']) => void) => {
    const d: Draft = { ...draft, deal: { ...draft.deal } };
    fn(d.deal);
    saveDraft(d);
    setDraft(d);
  };
  const fieldError = (path: string): string | null => {
    // Text that is not a number is said by the field itself (NumberField).
    if (check.parseErrors[path]) return null;
    const e = check.errors.find((x) => x.path === path) ?? serverErrors.find((x) => x.path === path);
    return e ? translateOrderError({ ...e, path }) : null;
  };
  const props: TabProps = { s, role, state, draft, update, updateDeal, fieldError, hints: lastPreview.current };

  const submit = async () => {
    if (sending) return;
    setAttempted(true);
    if (!check.valid) {
      const first = firstProblem(check);
      if (first) {
        selectedTab.value = tabOfPath(first);
        setTimeout(() => document.getElementById(fieldId(first))?.focus(), 0);
      }
      announce(t('plan.fixFirst', { n: problems }));
      return;
    }
    setSending(true);
    const res = await session.submitOrders(check.orders);
    setSending(false);
    if (res.ok) {
      rememberSent(s.code, role, check.orders);
      const d = { ...draft, dirty: false };
      saveDraft(d);
      setDraft(d);
      setStatus({ text: t('dp.submitted'), kind: 'ok' });
      announce(t('plan.sent'));
      return;
    }
    setServerErrors(res.error.fields ?? []);
    const text = describeServerError(res.error);
    setStatus({ text, kind: 'error' });
    announce(text);
  };
  const withdraw = async () => {
    const res = await session.withdrawOrders(s.quarter);
    const text = res.ok ? t('dp.withdrawn') : describeServerError(res.error);
    setStatus({ text, kind: res.ok ? 'info' : 'error' });
    announce(text);
  };

  let line: Status;
  if (sending) line = { text: t('dp.sending'), kind: 'info' };
  else if (attempted && !check.valid) line = { text: t('plan.fixFirst', { n: problems }), kind: 'error' };
  else if (status) line = status;
  else if (seat.submitted) line = draft.dirty ? { text: t('dp.changed'), kind: 'info' } : { text: t('dp.submitted'), kind: 'ok' };
  else line = { text: t('dp.howto'), kind: 'info' };

  const panels: Record<OrderTab, () => ComponentChildren> = {
    build: () => <BuildTab {...props} />,
    compute: () => <ComputeTab {...props} />,
    finance: () => <FinanceTab {...props} />,
    deals: () => <DealsTab {...props} />,
    supplier: () => <SupplierTab {...props} />,
  };
  const inbox = (s.own?.proposals ?? []).filter((p) => p.to === role && p.status === 'open' && p.expiresQ >= s.quarter).length;
  return (
    <form
      class="pl-order-form card stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="plan-orders-title">{t('dp.title', { quarter: quarterLabel(s.quarter) })}</h2>
      <OfferNotices s={s} role={role} />
      <Tabs
        label={t('plan.ordersTabs')}
        selected={selectedTab.value}
        onSelect={(id) => (selectedTab.value = id as OrderTab)}
        tabs={ORDER_TABS.map((id) => ({
          id,
          label: t(`dp.tab.${id}` as MessageKey),
          badge: check.tabsWithErrors.includes(id)
            ? { text: '!', label: t('plan.tabHasProblem') }
            : id === 'supplier' && offerOpen && !draft.vendorAccept
              ? { text: '•', label: t('plan.tabOfferWaits') }
              : id === 'deals' && inbox > 0
                ? { text: String(inbox), label: t('plan.tabOffersIn', { n: inbox }) }
                : undefined,
          panel: panels[id],
        }))}
      />
      <EstimatePanel check={check} />
      <div class="pl-order-submit">
        <p class={`pl-order-status ${line.kind === 'error' ? 'bad' : line.kind === 'ok' ? 'good' : 'muted'}`} role="status">
          {line.text}
        </p>
        <div class="cluster">
          {seat.submitted && (
            <button type="button" class="btn btn-quiet" onClick={() => void withdraw()}>
              {t('dp.withdraw')}
            </button>
          )}
          <button type="submit" class="btn btn-primary" aria-disabled={sending || s.phase !== 'planning' ? 'true' : undefined}>
            {sending ? t('dp.sending') : seat.submitted ? t('dp.resubmit') : t('dp.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
