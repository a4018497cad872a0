import { t } from '../i18n';
import { setCalendarStart, setScenario } from '../i18n/engineText';
import { session } from '../net/session';
import { CenterTabs } from '../planning/centerTabs';
import { renderCompanyPanel, renderStandingsPanel } from '../planning/companyPanel';
import { DecisionPanel } from '../planning/DecisionPanel';
import { renderRoomPanel } from '../planning/roomPanel';
import { renderTicker } from '../planning/ticker';
import { timerText } from '../planning/timer';
import { renderTopBar } from '../planning/topBar';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Region } from '../ui/region';
import { setLabel } from '../ui/text';
import type Phaser from 'phaser';

// Planning, the main screen: the company on the reading-start side, markets / investors /
// company / news in the middle, the decision panel on the reading-end side, the top bar with
// quarter, timer and who has submitted, and the news ticker at the bottom.

export class PlanningScene extends BaseScene {
  private decision: DecisionPanel | null = null;
  private timerText: Phaser.GameObjects.Text | null = null;

  constructor() {
    super('Planning');
  }

  build(): void {
    const s = session.snapshot;
    if (!s) return;
    setCalendarStart(s.settings.startYear, s.settings.startQuarter);
    setScenario(s.settings.scenario);
    const { w, h } = this.vp;
    const page = new Box(10, 8, w - 20, h - 16);
    const [topBox, rest] = page.cutTop(46, 8);
    const [tickerBox, body] = rest.cutBottom(30, 8);
    const role = session.role && s.companies[session.role] && !s.companies[session.role]!.bankrupt ? session.role : null;
    const startW = Math.round(Math.min(300, Math.max(262, body.w * 0.235)));
    const endW = Math.round(Math.min(420, Math.max(368, body.w * 0.32)));
    const [startBox, mid] = body.cutStart(startW, 8);
    const [endBox, centerBox] = mid.cutEnd(endW, 8);

    const top = new Region(this);
    const company = new Region(this);
    const ticker = new Region(this);
    const side = new Region(this);
    let lastQuarterKey = '';
    const renderTop = () =>
      top.render(() => {
        this.timerText = renderTopBar(this, topBox, session.snapshot!, t('phase.planning')).timer;
      });
    renderTop();
    const renderCompany = () =>
      company.render(() => {
        if (session.role && session.snapshot!.companies[session.role]) renderCompanyPanel(this, startBox, session.snapshot!, session.role);
        else renderStandingsPanel(this, startBox, session.snapshot!);
      });
    renderCompany();
    const center = new CenterTabs(this, centerBox, role);
    if (role) this.decision = new DecisionPanel(this, endBox, role);
    else side.render(() => renderRoomPanel(this, endBox, session.snapshot!));
    ticker.render(() => renderTicker(this, tickerBox, session.snapshot!));
    lastQuarterKey = `${s.quarter}/${s.reports.length}`;

    this.onTeardown(
      session.on('change', () => {
        const snap = session.snapshot;
        if (!snap || snap.phase !== 'planning') return;
        renderTop();
        const key = `${snap.quarter}/${snap.reports.length}`;
        if (key !== lastQuarterKey) {
          // A new quarter (host pushed on without results): rebuild everything for it.
          this.rebuild();
          return;
        }
        renderCompany();
        center.update();
        this.decision?.onSnapshot(snap);
        if (!role) side.render(() => renderRoomPanel(this, endBox, snap));
      }),
    );
    this.time.addEvent({
      delay: 250,
      loop: true,
      callback: () => {
        const snap = session.snapshot;
        if (snap && this.timerText?.active) setLabel(this.timerText, timerText(snap));
      },
    });
  }
}
