import { seatInfo, snap } from '../../app/store';
import { setCalendarStart, setScenario } from '../../i18n/engineText';
import { t } from '../../i18n';
import { CompanyPanel } from './CompanyPanel';
import { InfoTabs } from './InfoTabs';
import { NewsStrip } from './NewsStrip';
import { OrderForm } from './OrderForm';
import { PlanningHeader } from './PlanningHeader';
import { RoomPanel } from './RoomPanel';
import { playingRole } from './seat';
import { SeatStrip } from './SeatStrip';
import { StandingsPanel } from './StandingsPanel';
import { FirstQuarterGuide } from './guide/FirstQuarterGuide';
import { guideDismissed, showGuideAgain } from './guide/guideMemory';
import './planning.css';

// Planning, the main screen: the header (company, quarter, timer, host controls), who has
// submitted, then three columns that reflow: the seat's company, the information tabs (markets,
// investors, rivals, news, contracts, history, reports) and the orders. A spectator or a host
// without a seat gets the room overview in place of the orders.
//
// The seat is read from the store on every render, never once: a role the server confirms a
// moment after the room's state arrived (a guest joining) switches the view to "Your orders".

export function PlanningView() {
  const s = snap.value;
  const info = seatInfo.value;
  if (!s) return null;
  // Until the server has said which seat this client holds, nothing is known to show: not the
  // room overview (a player would see it flash before their orders).
  if (!info) {
    return (
      <p class="page-message" role="status">
        {t('common.loading')}
      </p>
    );
  }
  setCalendarStart(s.settings.startYear, s.settings.startQuarter);
  setScenario(s.settings.scenario);
  const role = playingRole(s, info?.role);
  const isHost = !!info?.isHost;
  return (
    <div class="screen planning" data-role={role ?? 'spectator'}>
      <PlanningHeader s={s} role={role} isHost={isHost} />
      <nav class="planning-jump" aria-label={t('plan.jump.label')}>
        <a href="#plan-orders">{role ? t('plan.jump.orders') : t('spec.title')}</a>
        <a href="#plan-info">{t('plan.jump.info')}</a>
        <a href="#plan-company">{role ? t('co.title') : t('spec.standings')}</a>
      </nav>
      <SeatStrip s={s} />
      <div class="planning-grid">
        <section id="plan-orders" class="planning-orders" aria-labelledby="plan-orders-title">
          {role ? <OrderForm key={`${s.code}/${role}/${s.quarter}`} s={s} role={role} /> : <RoomPanel s={s} isHost={isHost} />}
        </section>
        <section id="plan-info" class="planning-info card" aria-label={t('plan.jump.info')}>
          <InfoTabs s={s} role={role} />
        </section>
        <aside id="plan-company" class="planning-company card" aria-labelledby="plan-company-title">
          {role ? <CompanyPanel s={s} role={role} /> : <StandingsPanel s={s} />}
        </aside>
      </div>
      <NewsStrip s={s} role={role} />
      {role && s.phase === 'planning' && !guideDismissed.value && <FirstQuarterGuide s={s} role={role} />}
      {role && guideDismissed.value && (
        <p class="guide-again">
          <button type="button" class="btn-link" onClick={showGuideAgain}>
            {t('guide.again')}
          </button>
        </p>
      )}
    </div>
  );
}
