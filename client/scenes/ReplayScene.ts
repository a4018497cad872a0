import { iconKey } from '../assets';
import { getLocale } from '../i18n';
import { quarterLabel, scenarioName, setCalendarStart, setScenario } from '../i18n/engineText';
import { palette } from '../theme/palette';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { roundRect } from '../ui/draw';
import { Region } from '../ui/region';
import { label } from '../ui/text';
import { recordDownloadUrl } from '../replay/api';
import { renderCharts } from '../replay/chartsView';
import { renderCompany } from '../replay/companyView';
import { openForkDialog } from '../replay/forkDialog';
import { rt } from '../replay/i18n';
import { renderMarkets } from '../replay/marketsView';
import { renderOrders } from '../replay/ordersView';
import { quarterMs, replay, type ReplayTab } from '../replay/store';
import { Timeline, positionLabel } from '../replay/timeline';
import { languageButton, titleMark } from './common';

// Replays, step 2: the match re-run in this browser, on a timeline (play, pause, step, scrub,
// speed). Tabs show each seat's orders beside what followed, the markets and mood of the
// quarter, the whole match's charts up to that point, and any company's accounts. "Play from
// here" forks a new live match at the current quarter.

export class ReplayScene extends BaseScene {
  private timeline!: Timeline;
  private content!: Region;
  private contentBox!: Box;
  private shownKey = '';
  private fork: Button | null = null;

  constructor() {
    super('Replay');
  }

  build(): void {
    const loaded = replay.loaded;
    if (!loaded) {
      this.scene.start('ReplayList');
      return;
    }
    const { record } = loaded;
    setCalendarStart(record.settings.startYear, record.settings.startQuarter);
    setScenario(record.scenarioId);
    const { w, h } = this.vp;
    const page = new Box(12, 0, w - 24, h);

    // Top bar.
    titleMark(this, page);
    const lang = languageButton(this, page);
    const back = new Button(this, 0, 12, { id: 'replay.back', text: rt('rp.back'), size: 'small', h: 32, variant: 'secondary', onClick: () => this.leave() });
    back.setX(page.endX(lang.bw + 10, back.bw));
    let used = lang.bw + back.bw + 20;
    if (loaded.id) {
      const id = loaded.id;
      const dl = new Button(this, 0, 12, { id: 'replay.download', text: rt('rp.download'), size: 'small', h: 32, variant: 'secondary', onClick: () => this.download(id) });
      dl.setX(page.endX(used, dl.bw));
      used += dl.bw + 10;
      this.fork = new Button(this, 0, 12, {
        id: 'replay.fork',
        text: rt('rp.fork'),
        icon: iconKey('play'),
        iconTint: palette.textOnAccent,
        variant: 'primary',
        size: 'small',
        h: 32,
        onClick: () => openForkDialog(this, id, replay.position),
      });
      this.fork.setX(page.endX(used, this.fork.bw));
      used += this.fork.bw + 10;
    }
    const titleW = page.w - used - 190;
    const forked = record.meta.forkedFrom ? ` · ${rt('rp.forkedFrom', { quarter: record.meta.forkedFrom.quarter })}` : '';
    label(this, page.start(180), 10, `${rt('rp.viewer')} · ${scenarioName(record.scenarioId)} · ${rt('rp.list.seed', { seed: record.seed })}${forked}`, { size: 'h3', bold: true, maxWidth: titleW });
    const verifyText = loaded.verified ? `✓ ${rt('rp.verified', { n: record.quarters.length })} · ${rt('rp.engine', { v: record.engineVersion })}` : `⚠ ${rt('rp.notVerified', { message: loaded.problem ?? '' })}`;
    label(this, page.start(180), 33, verifyText, { size: 'tiny', color: loaded.verified ? palette.good : palette.warn, maxWidth: titleW });
    this.expose('replay.verified', () => ({ kind: 'readout', label: 'verified', enabled: true, focused: false, state: { verified: loaded.verified, quarters: loaded.states.length - 1, problem: loaded.problem }, x: page.x + 180, y: 30, w: titleW, h: 16 }));

    // Timeline.
    const tlBox = new Box(page.x, 62, page.w, 64);
    roundRect(this.add.graphics(), tlBox, 12, palette.panel, 0.96, palette.stroke, 1);
    this.timeline = new Timeline(this, tlBox.inset(12, 10, 12, 6));

    // Tabs and content.
    const tabs: ReplayTab[] = ['orders', 'markets', 'charts', 'company'];
    const tabW = Math.min(190, (page.w - 18) / 4);
    new ChoiceGroup<ReplayTab>(this, page.startX(0, tabs.length * (tabW + 6) - 6), tlBox.bottom + 10, {
      id: 'replay.tab',
      variant: 'tab',
      items: tabs.map((k) => ({ value: k, text: rt(`rp.tab.${k}`) })),
      value: replay.tab,
      itemW: tabW,
      h: 34,
      size: 'small',
      onChange: (k) => replay.setTab(k),
    });
    const area = new Box(page.x, tlBox.bottom + 48, page.w, h - tlBox.bottom - 48 - 10);
    roundRect(this.add.graphics(), area, 12, palette.panel, 0.6, palette.stroke, 1);
    this.contentBox = area.inset(12, 12);
    this.content = new Region(this);
    this.shownKey = '';
    this.refresh();
    this.onTeardown(replay.on(() => this.refresh()));

    // Playback clock.
    let acc = 0;
    this.time.addEvent({
      delay: 50,
      loop: true,
      callback: () => {
        if (!replay.playing) {
          acc = 0;
          return;
        }
        acc += 50;
        if (acc >= quarterMs(replay.speed)) {
          acc = 0;
          replay.step(1);
        }
      },
    });
  }

  private refresh(): void {
    if (!replay.loaded) return;
    this.timeline.update();
    this.fork?.setEnabled(!(replay.position >= replay.loaded.record.settings.quarters));
    const key = `${replay.position}|${replay.tab}|${replay.company}|${getLocale()}`;
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.content.render(() => this.drawContent());
  }

  private drawContent(): void {
    const loaded = replay.loaded!;
    const b = this.contentBox;
    const p = replay.position;
    const snap = replay.snapshot(p)!;
    const report = p > 0 ? snap.reports[p - 1] ?? null : null;
    switch (replay.tab) {
      case 'orders':
        renderOrders(this, b, loaded, p);
        break;
      case 'markets':
        renderMarkets(this, b, snap, report);
        break;
      case 'charts':
        renderCharts(this, b, replay.finalSnapshot()!, p);
        break;
      case 'company':
        renderCompany(this, b, loaded.record.settings.activeSeats, report);
        break;
    }
    this.expose('replay.position', () => ({ kind: 'readout', label: positionLabel(p), enabled: true, focused: false, state: { position: p, tab: replay.tab, quarter: p > 0 ? quarterLabel(p - 1) : null }, x: b.x, y: b.y, w: b.w, h: 1 }));
  }

  private download(id: string): void {
    const a = document.createElement('a');
    a.href = recordDownloadUrl(id);
    a.download = '';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  private leave(): void {
    replay.setPlaying(false);
    this.scene.start('ReplayList');
  }
}

