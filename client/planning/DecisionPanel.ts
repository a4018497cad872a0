import type Phaser from 'phaser';
import { blankOrders, neutralQuote, previewOrders } from '../../shared/engine';
import { equityDiscount } from '../../shared/engine/model/finance';
import type { OrderPreview } from '../../shared/engine/types';
import { validateOrders } from '../../shared/orders';
import type { OrderError, Orders, Party, StatementKind } from '../../shared/orders/types';
import { CUSTOM_SILICON_ROLES, ROLES, type Role } from '../../shared/roles';
import { iconKey, monogramKey } from '../assets';
import { t, type MessageKey } from '../i18n';
import { partyName, quarterLabel, warningText } from '../i18n/engineText';
import { editable, money, num, parseNumberInput, pct } from '../i18n/format';
import { translateOrderError } from '../i18n/orderErrors';
import { session } from '../net/session';
import type { MatchSnapshot, ProposalView } from '../state/model';
import { activeRoles } from '../state/model';
import { companyColor, css, palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { roundRect } from '../ui/draw';
import { Field } from '../ui/field';
import { panel } from '../ui/panel';
import { Region } from '../ui/region';
import { divider, stat } from '../ui/stat';
import { label, setLabel } from '../ui/text';
import { Toggle } from '../ui/toggle';
import { describeServerError } from '../scenes/errors';
import { draftKey, draftToOrders, getDraft, NUMBER_FIELDS, saveDraft, type Draft, type NumberField } from './draft';
import { engineState } from './engineState';
import { saleQuote } from './secondHand';

// The decision panel: one input for every order field, grouped in five tabs, with a live preview
// of this quarter's cost and cash computed by the shared engine (previewOrders) and every field
// checked by the shared validator (validateOrders) as the player types. Invalid input is shown at
// its field and nothing is sent; the server's refusals are shown the same way.

type Tab = 'build' | 'supplier' | 'compute' | 'finance' | 'deals';
const TABS: Tab[] = ['build', 'supplier', 'compute', 'finance', 'deals'];
let selectedTab: Tab = 'build';

const TAB_OF_PATH = (path: string): Tab => {
  if (path.startsWith('chips') || path.startsWith('customChips') || path.startsWith('build')) return 'build';
  if (path.startsWith('sellChips') || path.startsWith('vendorFinancing')) return 'supplier';
  if (path.startsWith('allocation') || path.startsWith('cloud')) return 'compute';
  if (path.startsWith('finance') || path.startsWith('statement')) return 'finance';
  if (path.startsWith('deals')) return 'deals';
  return 'build';
};

interface TabContent {
  objects: Phaser.GameObjects.GameObject[];
  inputs: HTMLElement[];
}

export class DecisionPanel {
  private draft!: Draft;
  private fields = new Map<string, Field>();
  private tabs = new Map<Tab, TabContent>();
  private tabGroup!: ChoiceGroup<Tab>;
  private footer: Region;
  private hints = new Map<string, Phaser.GameObjects.Text>();
  private allocBar!: Phaser.GameObjects.Graphics;
  private allocSum!: Phaser.GameObjects.Text;
  private allocBox!: Box;
  private statementText!: Phaser.GameObjects.Text;
  private errors: OrderError[] = [];
  private parseErrors: Record<string, true> = {};
  private preview: OrderPreview | null = null;
  private status = '';
  private statusKind: 'info' | 'error' | 'ok' = 'info';
  private sending = false;
  private recomputeTimer: Phaser.Time.TimerEvent | null = null;
  private contentBox: Box;
  private footerBox: Box;
  private dealRegion: Region;
  private quarter: number;
  private errorDots = new Map<Tab, Phaser.GameObjects.Graphics>();
  private offerDot!: Phaser.GameObjects.Graphics;
  private alive = true;

  constructor(
    private ui: BaseScene,
    private box: Box,
    private role: Role,
  ) {
    const s = session.snapshot!;
    this.quarter = s.quarter;
    const p = panel(ui, box, { title: t('dp.title', { quarter: quarterLabel(s.quarter) }), icon: iconKey('chart'), accent: palette.highlight, help: t('help.orders'), helpId: 'help.orders' });
    const c = p.content;
    const base = this.baseOrders(s);
    this.draft = getDraft(draftKey(s.code, role, s.quarter), base, { to: 'neutral', side: 'buy', cu: '1', price: editable(Math.max(0.1, s.global.lastCloudPrice * 1.15)), quarters: '8' });
    // A vendor-financing offer lapses with the quarter: never send an acceptance without one.
    if (!s.own?.view?.own?.vendorOffer) this.draft.vendorAccept = false;
    // Five tabs share the panel's width: smaller type and gaps keep every name whole.
    const tabW = (c.w - 4 * (TABS.length - 1)) / TABS.length;
    this.tabGroup = new ChoiceGroup<Tab>(ui, c.x, c.y - 6, {
      id: 'dp.tab',
      variant: 'tab',
      items: TABS.map((k) => ({ value: k, text: t(`dp.tab.${k}` as MessageKey) })),
      value: selectedTab,
      itemW: tabW,
      h: 32,
      gap: 4,
      size: 'tiny',
      onChange: (k) => this.showTab(k),
    });
    TABS.forEach((k, i) => {
      const dot = ui.add.graphics();
      const b = this.tabGroup.buttons[i];
      dot.fillStyle(palette.bad, 1).fillCircle(b.x + b.bw - 5, b.y + 5, 3.5);
      dot.setVisible(false);
      this.errorDots.set(k, dot);
    });
    // The supplier's tab wears a dot while an offer waits for an answer.
    const sb = this.tabGroup.buttons[TABS.indexOf('supplier')];
    this.offerDot = ui.add.graphics().fillStyle(palette.highlight, 1).fillCircle(sb.x + sb.bw - 5, sb.y + 5, 3.5);
    this.offerDot.setVisible(false);
    const footerH = 160;
    this.contentBox = new Box(c.x, c.y + 34, c.w, c.h - 34 - footerH - 6);
    this.footerBox = new Box(c.x, c.bottom - footerH, c.w, footerH);
    this.capture('build', () => this.buildTab(this.contentBox, s));
    this.capture('supplier', () => this.supplierTab(this.contentBox, s));
    this.capture('compute', () => this.computeTab(this.contentBox, s));
    this.capture('finance', () => this.financeTab(this.contentBox, s));
    this.dealRegion = new Region(ui);
    this.tabs.set('deals', { objects: [], inputs: [] });
    this.footer = new Region(ui);
    ui.onTeardown(() => {
      this.alive = false;
      this.recomputeTimer?.remove();
    });
    this.showTab(selectedTab);
    this.recompute();
  }

  private baseOrders(s: MatchSnapshot): Orders {
    const pending = s.own?.pendingOrders;
    if (pending && pending.quarter === s.quarter) return pending;
    const alloc = s.own?.allocation ?? { training: 30, products: 70, cloud: 0 };
    const o = blankOrders(s.quarter, alloc);
    o.cloud.askPrice = s.own?.view?.own?.cloud.askPrice ?? 0;
    return o;
  }

  /** Creates one tab's content and remembers what belongs to it (to show/hide it). */
  private capture(tab: Tab, fn: () => void): void {
    const before = new Set(this.ui.children.list);
    const inputs: HTMLElement[] = [];
    this.ui.dom.capture = inputs;
    fn();
    this.ui.dom.capture = null;
    this.tabs.set(tab, { objects: this.ui.children.list.filter((o) => !before.has(o)), inputs });
  }

  private showTab(tab: Tab): void {
    selectedTab = tab;
    for (const [k, content] of this.tabs) {
      const on = k === tab;
      for (const o of content.objects) (o as unknown as { setVisible(v: boolean): void }).setVisible(on);
      for (const el of content.inputs) el.style.display = on ? '' : 'none';
    }
    // The deals tab redraws from the live proposals, so it is only drawn while it is shown.
    if (tab === 'deals') this.dealRegion.render(() => this.dealsTab(this.contentBox, session.snapshot!));
    else this.dealRegion.render(() => undefined);
    this.drawAllocation();
    this.ui.tooltip.hide();
  }

  // ------------------------------------------------------------------ fields

  private numberField(key: NumberField, x: number, y: number, w: number, text: string, unit: string, tooltip?: string): Field {
    const path = NUMBER_FIELDS[key];
    const f = new Field(this.ui, x, y, w, {
      id: `order.${path}`,
      label: text,
      value: this.draft.values[key],
      inputMode: 'decimal',
      dir: 'ltr',
      textAlign: 'end',
      unit,
      h: 30,
      onInput: (v) => {
        this.draft.values[key] = v;
        this.draft.dirty = true;
        saveDraft();
        this.scheduleRecompute();
      },
    });
    if (tooltip) f.input.title = tooltip;
    this.fields.set(path, f);
    return f;
  }

  private hint(id: string, x: number, y: number, w: number): Phaser.GameObjects.Text {
    const h = label(this.ui, x, y, '', { size: 'tiny', color: palette.textMuted, wrap: w, maxLines: 2 });
    this.hints.set(id, h);
    return h;
  }

  private sectionTitle(b: Box, y: number, text: string, icon: string): void {
    this.ui.add.image(b.start(8), y + 8, icon).setDisplaySize(16, 16).setAlpha(0.85);
    label(this.ui, b.start(24), y, text, { size: 'small', bold: true, maxWidth: b.w - 24 });
  }

  private buildTab(b: Box, s: MatchSnapshot): void {
    const custom = CUSTOM_SILICON_ROLES.includes(this.role);
    let y = b.y;
    this.sectionTitle(b, y, t('dp.chips'), iconKey('chip'));
    y += 22;
    if (custom) {
      const third = (b.w - 16) / 3;
      this.numberField('chipsGW', b.startX(0, third), y, third, t('dp.amount'), t('unit.gw'));
      this.numberField('chipsMaxPrice', b.startX(third + 8, third), y, third, t('dp.maxPrice'), t('unit.billions'), t('help.maxPrice'));
      this.numberField('customGW', b.startX(2 * (third + 8), third), y, third, t(this.role === 'amazon' ? 'dp.customTrainium' : 'dp.customTpu'), t('unit.gw'), t('help.custom'));
    } else {
      const half = (b.w - 12) / 2;
      this.numberField('chipsGW', b.startX(0, half), y, half, t('dp.amount'), t('unit.gw'));
      this.numberField('chipsMaxPrice', b.startX(half + 12, half), y, half, t('dp.maxPrice'), t('unit.billions'), t('help.maxPrice'));
    }
    y += 66;
    // One hint under the chip fields (the custom-chip line joins it), with room for its lines so
    // a wrapped hint never runs into the next section.
    const chipHint = this.hint('chips', b.start(), y, b.w);
    chipHint.setMaxLines(custom ? 3 : 2);
    y += custom ? 50 : 36;
    const half = (b.w - 12) / 2;
    this.sectionTitle(b, y, t('dp.build'), iconKey('datacenter'));
    y += 22;
    this.numberField('buildGW', b.startX(0, half), y, half, t('dp.buildAmount'), t('unit.gw'));
    new Toggle(this.ui, b.startX(half + 12, half), y + 20, half, {
      id: 'order.build.expedite',
      text: t('dp.expedite'),
      value: this.draft.expedite,
      tooltip: t('help.expedite'),
      onChange: (on) => {
        this.draft.expedite = on;
        this.draft.dirty = true;
        saveDraft();
        this.scheduleRecompute();
      },
    });
    y += 66;
    this.hint('build', b.start(), y, b.w);
    void s;
  }

  /** The chip supplier's vendor-financing offer (accepted with the orders) and second-hand chip sales. */
  private supplierTab(b: Box, s: MatchSnapshot): void {
    let y = b.y;
    const own = s.own?.view?.own ?? null;
    const offer = own?.vendorOffer ?? null;
    this.sectionTitle(b, y, t('dp.vendorSection'), iconKey('deal'));
    y += 22;
    if (offer) {
      const terms = t('vf.terms', {
        equity: money(offer.equity),
        gw: num(offer.gwPerQuarter, 2),
        n: offer.quarters,
        price: money(offer.pricePerGW),
        total: money(offer.gwPerQuarter * offer.quarters * offer.pricePerGW),
      });
      const tt = label(this.ui, b.start(), y, terms, { size: 'tiny', color: palette.text, wrap: b.w, maxLines: 4 });
      y += tt.height + 6;
      new Toggle(this.ui, b.x, y, b.w, {
        id: 'order.vendorFinancing.accept',
        text: t('vf.accept'),
        value: this.draft.vendorAccept,
        tooltip: t('vf.help'),
        onChange: (on) => {
          this.draft.vendorAccept = on;
          this.draft.dirty = true;
          saveDraft();
          this.scheduleRecompute();
        },
      });
      y += 32;
      const err = label(this.ui, b.start(), y, '', { size: 'tiny', color: palette.bad, wrap: b.w, maxLines: 2 });
      this.hints.set('vendorError', err);
      y += 16;
    } else {
      const none = label(this.ui, b.start(), y, t('vf.none'), { size: 'tiny', color: palette.textMuted, wrap: b.w, maxLines: 3 });
      y += none.height + 6;
    }
    for (const k of (own?.chipCommitments ?? []).filter((x) => x.endQ >= s.quarter).slice(0, 2)) {
      label(this.ui, b.start(), y, t('vf.committed', { gw: num(k.gwPerQuarter, 2), price: money(k.pricePerGW), quarter: quarterLabel(k.endQ) }), { size: 'tiny', color: palette.warn, maxWidth: b.w });
      y += 16;
    }
    y += 4;
    divider(this.ui, b.x, y, b.w);
    y += 8;
    this.sectionTitle(b, y, t('dp.sellSection'), iconKey('chip'));
    y += 22;
    const half = (b.w - 12) / 2;
    this.numberField('sellGW', b.startX(0, half), y, half, t('dp.sellChips'), t('unit.gw'), t('help.sellChips'));
    this.hint('sell', b.start(half + 12), y + 16, half).setMaxLines(4);
  }

  private computeTab(b: Box, s: MatchSnapshot): void {
    let y = b.y;
    this.sectionTitle(b, y, t('dp.allocation'), iconKey('chart'));
    y += 22;
    this.allocBox = new Box(b.x, y, b.w, 10);
    this.allocBar = this.ui.add.graphics();
    y += 16;
    const third = (b.w - 16) / 3;
    const keys: NumberField[] = ['training', 'products', 'cloudPct'];
    const names = [t('dp.training'), t('dp.products'), t('dp.cloud')];
    const helps = [t('help.training'), t('help.products'), t('help.cloudShare')];
    const colors = [palette.highlight, palette.good, palette.accent];
    keys.forEach((k, i) => {
      const fx = b.startX(i * (third + 8), third);
      this.numberField(k, fx, y, third, `     ${names[i]}`, '%', helps[i]);
      const sq = document.documentElement.dir === 'rtl' ? fx + third - 10 : fx + 1;
      this.ui.add.graphics().fillStyle(colors[i], 1).fillRoundedRect(sq, y + 3, 9, 9, 2);
    });
    y += 68;
    this.allocSum = label(this.ui, b.start(), y, '', { size: 'tiny', color: palette.textDim, maxWidth: b.w });
    y += 22;
    divider(this.ui, b.x, y, b.w);
    y += 8;
    this.sectionTitle(b, y, t('dp.cloudSection'), iconKey('cloud'));
    y += 24;
    const own = s.own?.view?.own ?? null;
    const status = own?.cloud.status ?? s.companies[this.role]?.cloud.status ?? 'none';
    if (status === 'none') {
      const cost = own ? (s.own?.view ? engineState(s)?.scenario.companies[this.role].launchCost ?? 0 : 0) : 0;
      new Toggle(this.ui, b.x, y, b.w, {
        id: 'order.cloud.launch',
        text: t('dp.launch', { cost: money(cost) }),
        value: this.draft.launch,
        tooltip: t('help.launch'),
        onChange: (on) => {
          this.draft.launch = on;
          this.draft.dirty = true;
          saveDraft();
          this.scheduleRecompute();
        },
      });
      y += 30;
      label(this.ui, b.start(), y, t('help.launchShort'), { size: 'tiny', color: palette.textMuted, wrap: b.w, maxLines: 3 });
    } else {
      const ready = own?.cloud.readyQuarter ?? s.companies[this.role]?.cloud.readyQuarter ?? null;
      const line =
        status === 'launching' && ready !== null
          ? t('co.cloudLaunching', { quarter: quarterLabel(ready) })
          : t('co.cloudLive', { rep: pct(own?.cloud.reputation ?? s.companies[this.role]?.cloud.reputation ?? 0, 0) });
      label(this.ui, b.start(), y, line, { size: 'small', color: palette.text });
      y += 22;
      const half = (b.w - 12) / 2;
      this.numberField('askPrice', b.startX(0, half), y, half, t('dp.ask'), t('unit.billions'), t('help.ask'));
      this.hint('ask', b.start(half + 12), y + 18, half);
    }
  }

  private financeTab(b: Box, s: MatchSnapshot): void {
    let y = b.y;
    // The unit goes in the title: four narrow fields have no room for it ("مليار $" in Arabic).
    this.sectionTitle(b, y, `${t('dp.finance')} (${t('unit.billions')})`, iconKey('cash'));
    y += 22;
    const quarter = (b.w - 24) / 4;
    const keys: [NumberField, MessageKey, MessageKey][] = [
      ['raiseEquity', 'dp.raiseEquity', 'help.raiseEquity'],
      ['issueDebt', 'dp.issueDebt', 'help.issueDebt'],
      ['repayDebt', 'dp.repayDebt', 'help.repayDebt'],
      ['buyback', 'dp.buyback', 'help.buyback'],
    ];
    keys.forEach(([k, name, help], i) => this.numberField(k, b.startX(i * (quarter + 8), quarter), y, quarter, t(name), '', t(help)));
    y += 66;
    // Three lines: the share discount and base rate, then the cost of capital and solvency headroom.
    this.hint('finance', b.start(), y, b.w).setMaxLines(3);
    y += 44;
    divider(this.ui, b.x, y, b.w);
    y += 8;
    this.sectionTitle(b, y, t('dp.statement'), iconKey('news'));
    y += 24;
    const kinds: StatementKind[] = ['none', 'clarify', 'hype', 'capexDiscipline', 'announceCloud'];
    const colW = (b.w - 12) / 3;
    const buttons: Button[] = [];
    kinds.forEach((k, i) => {
      const col = i % 3;
      const row = Math.floor(i / 3);
      const btn = new Button(this.ui, b.startX(col * (colW + 6), colW), y + row * 32, {
        id: `order.statement.${k}`,
        text: t(`stmt.${k}` as MessageKey),
        w: colW,
        h: 28,
        size: 'tiny',
        kind: 'choice',
        selected: this.draft.statement === k,
        tooltip: t(`stmt.${k}.help` as MessageKey),
        onClick: () => {
          this.draft.statement = k;
          this.draft.dirty = true;
          saveDraft();
          buttons.forEach((bb, j) => bb.setSelected(kinds[j] === k));
          setLabel(this.statementText, t(`stmt.${k}.help` as MessageKey));
          this.scheduleRecompute();
        },
      });
      buttons.push(btn);
    });
    y += 66;
    this.statementText = label(this.ui, b.start(), y, t(`stmt.${this.draft.statement}.help` as MessageKey), { size: 'tiny', color: palette.textMuted, wrap: b.w, maxLines: 2 });
    const err = label(this.ui, b.start(), y + 30, '', { size: 'tiny', color: palette.bad, wrap: b.w, maxLines: 2 });
    this.hints.set('statementError', err);
    void s;
  }

  // ------------------------------------------------------------------ deals (immediate messages)

  private dealsTab(b: Box, s: MatchSnapshot): void {
    const me = this.role;
    const proposals = s.own?.proposals ?? [];
    const inbox = proposals.filter((p) => p.to === me && p.status === 'open' && p.expiresQ >= s.quarter);
    const outbox = proposals.filter((p) => p.from === me).slice(-2).reverse();
    // The offer form keeps its room at the bottom; the two lists get what is left (their titles
    // count the offers, the form never runs into the estimate below).
    const listBottom = b.bottom - 200;
    let y = b.y;
    label(this.ui, b.start(), y, inbox.length ? `${t('deal.inbox')} (${inbox.length})` : t('deal.inbox'), { size: 'small', bold: true });
    y += 20;
    if (inbox.length === 0) {
      label(this.ui, b.start(), y, t('deal.noneIn'), { size: 'tiny', color: palette.textMuted });
      y += 20;
    }
    for (const p of inbox.slice(0, 2)) {
      if (y + 44 > listBottom - 40) break;
      this.proposalRow(b, y, p, true);
      y += 44;
    }
    label(this.ui, b.start(), y, t('deal.outbox'), { size: 'small', bold: true });
    y += 20;
    if (outbox.length === 0) {
      label(this.ui, b.start(), y, t('deal.noneOut'), { size: 'tiny', color: palette.textMuted });
      y += 18;
    }
    for (const p of outbox) {
      if (y + 30 > listBottom) break;
      y += this.proposalRow(b, y, p, false) + 4;
    }
    y += 4;
    divider(this.ui, b.x, y, b.w);
    y += 8;
    label(this.ui, b.start(), y, t('deal.propose'), { size: 'small', bold: true });
    y += 22;
    // Counterparty and direction.
    const others: Party[] = [...activeRoles(s).filter((r) => r !== me && !s.companies[r]?.bankrupt), 'neutral'];
    if (!others.includes(this.draft.deal.to)) this.draft.deal.to = 'neutral';
    const cpW = 38;
    const withLabel = label(this.ui, b.start(), y + 8, t('deal.with'), { size: 'tiny', color: palette.textDim });
    const cpX = withLabel.width + 10;
    const to = new ChoiceGroup<Party>(this.ui, b.startX(cpX, others.length * (cpW + 6) - 6), y, {
      id: 'deal.to',
      items: others.map((r) => ({ value: r, text: '', icon: monogramKey(r), tooltip: partyName(r) })),
      value: this.draft.deal.to,
      itemW: cpW,
      h: 30,
      gap: 6,
      iconSize: 22,
      onChange: (v) => {
        this.draft.deal.to = v;
        saveDraft();
        this.dealRegion.render(() => this.dealsTab(this.contentBox, session.snapshot!));
      },
    });
    // Who is selected, by name (the buttons show monograms).
    label(this.ui, b.start(cpX + others.length * (cpW + 6) + 4), y + 8, partyName(this.draft.deal.to), { size: 'small', bold: true, color: this.draft.deal.to === 'neutral' ? palette.text : companyColor[this.draft.deal.to], maxWidth: Math.max(40, b.w - cpX - others.length * (cpW + 6) - 4) });
    void to;
    y += 36;
    const sides = new ChoiceGroup<'buy' | 'sell'>(this.ui, b.startX(0, 2 * 90 + 6), y, {
      id: 'deal.side',
      items: [
        { value: 'buy', text: t('deal.side.buy') },
        { value: 'sell', text: t('deal.side.sell'), disabled: this.draft.deal.to === 'neutral' },
      ],
      value: this.draft.deal.to === 'neutral' ? 'buy' : this.draft.deal.side,
      itemW: 90,
      h: 28,
      size: 'tiny',
      gap: 6,
      onChange: (v) => {
        this.draft.deal.side = v;
        saveDraft();
      },
    });
    void sides;
    y += 36;
    const third = (b.w - 16) / 3;
    const mk = (key: 'cu' | 'price' | 'quarters', i: number, text: string, unit: string) => {
      const f = new Field(this.ui, b.startX(i * (third + 8), third), y, third, {
        id: `deal.${key}`,
        label: text,
        value: this.draft.deal[key],
        inputMode: 'decimal',
        dir: 'ltr',
        textAlign: 'end',
        unit,
        h: 28,
        onInput: (v) => {
          this.draft.deal[key] = v;
          saveDraft();
          f.setError(null);
        },
      });
      return f;
    };
    const fCU = mk('cu', 0, t('deal.cu'), t('unit.cu'));
    const fPrice = mk('price', 1, t('deal.price'), t('unit.billions'));
    const fQ = mk('quarters', 2, t('deal.quarters'), '');
    y += 64;
    const state = engineState(s);
    const hintText =
      this.draft.deal.to === 'neutral' && state
        ? (() => {
            const q = neutralQuote(state, s.quarter + 1);
            return t('deal.neutralQuote', { price: money(q.minPrice), cu: num(q.spareCU, 1) });
          })()
        : t('deal.hint');
    const msg = label(this.ui, b.start(), y, hintText, { size: 'tiny', color: palette.textMuted, wrap: b.w - 120, maxLines: 2 });
    const send = new Button(this.ui, 0, y - 2, {
      id: 'deal.send',
      text: t('deal.send'),
      variant: 'primary',
      h: 30,
      size: 'small',
      onClick: () => void this.sendDeal(fCU, fPrice, fQ, msg),
    });
    send.setX(b.endX(0, send.bw));
  }

  /** One proposal; returns the height it took. */
  private proposalRow(b: Box, y: number, p: ProposalView, incoming: boolean): number {
    const terms = t('deal.terms', {
      seller: partyName(p.seller),
      buyer: partyName(p.buyer),
      cu: num(p.cuPerQuarter, 1),
      price: money(p.pricePerCU),
      n: p.quarters,
    });
    const other = incoming ? p.from : p.to;
    this.ui.add.image(b.start(9), y + 9, monogramKey(other)).setDisplaySize(18, 18);
    if (incoming) {
      label(this.ui, b.start(24), y, terms, { size: 'tiny', color: palette.text, maxWidth: b.w - 24 });
      label(this.ui, b.start(24), y + 14, t('deal.expires', { quarter: quarterLabel(p.expiresQ) }), { size: 'tiny', color: palette.textMuted });
      const reject = new Button(this.ui, 0, y + 12, { id: `deal.reject.${p.id}`, text: t('deal.reject'), size: 'tiny', h: 24, variant: 'danger', onClick: () => void this.respond(p.id, false) });
      reject.setX(b.endX(0, reject.bw));
      const accept = new Button(this.ui, 0, y + 12, { id: `deal.accept.${p.id}`, text: t('deal.accept'), size: 'tiny', h: 24, variant: 'primary', onClick: () => void this.respond(p.id, true) });
      accept.setX(b.endX(reject.bw + 6, accept.bw));
      return 40;
    }
    const st = label(this.ui, b.end(), y + 2, t(`status.${p.status}` as MessageKey), { size: 'tiny', bold: true, align: 'end', color: p.status === 'accepted' ? palette.good : p.status === 'open' ? palette.info : palette.textMuted });
    const txt = label(this.ui, b.start(24), y + 2, terms, { size: 'tiny', color: palette.textDim, wrap: b.w - 24 - st.width - 10, maxLines: 2 });
    return Math.max(16, txt.height);
  }

  private async respond(id: string, accept: boolean): Promise<void> {
    const res = await session.respondDeal(id, accept);
    this.setStatus(res.ok ? t(accept ? 'deal.accepted' : 'deal.rejected') : describeServerError(res.error), res.ok ? 'ok' : 'error');
  }

  private async sendDeal(fCU: Field, fPrice: Field, fQ: Field, msg: Phaser.GameObjects.Text): Promise<void> {
    const d = this.draft.deal;
    const cu = parseNumberInput(d.cu);
    const price = parseNumberInput(d.price);
    const quarters = parseNumberInput(d.quarters);
    let bad = false;
    if (cu === null || cu <= 0) {
      fCU.setError(t('dp.positive'));
      bad = true;
    }
    if (price === null || price <= 0) {
      fPrice.setError(t('dp.positive'));
      bad = true;
    }
    if (quarters === null || !Number.isInteger(quarters) || quarters < 1) {
      fQ.setError(t('dp.wholeQuarters'));
      bad = true;
    }
    if (bad) return;
    const side = d.to === 'neutral' ? 'buy' : d.side;
    const terms = { seller: side === 'buy' ? d.to : this.role, buyer: side === 'buy' ? this.role : (d.to as Role), cuPerQuarter: cu!, pricePerCU: price!, quarters: quarters! };
    const res = await session.proposeDeal(d.to, terms);
    if (res.ok) {
      setLabel(msg, t('deal.sent'));
      msg.setColor(css(palette.good));
      return;
    }
    const fields = res.error.fields ?? [];
    const byPath: Record<string, Field> = { cuPerQuarter: fCU, pricePerCU: fPrice, quarters: fQ };
    let shown = false;
    for (const f of fields) {
      const tail = f.path.split('.').pop() ?? '';
      if (byPath[tail]) {
        byPath[tail].setError(translateOrderError(f));
        shown = true;
      }
    }
    if (!shown) {
      setLabel(msg, describeServerError(res.error));
      msg.setColor(css(palette.bad));
    }
  }

  // ------------------------------------------------------------------ validation and preview

  private scheduleRecompute(): void {
    this.recomputeTimer?.remove();
    this.recomputeTimer = this.ui.time.delayedCall(120, () => this.recompute());
  }

  /** Parses the draft, validates it with the shared validator, previews it with the shared engine. */
  recompute(): void {
    const s = session.snapshot;
    if (!s || !this.alive) return;
    const { orders, parseErrors } = draftToOrders(this.draft, this.quarter);
    this.parseErrors = parseErrors;
    const state = engineState(s);
    this.errors = [];
    this.preview = null;
    if (state) {
      const v = validateOrders(orders, { state, role: this.role });
      if (!v.ok) this.errors = v.errors.filter((e) => !parseErrors[e.path]);
      try {
        this.preview = previewOrders(state, this.role, orders, s.reports.at(-1) ?? null);
      } catch {
        this.preview = null;
      }
    }
    this.showErrors();
    this.updateHints(s, orders);
    this.renderFooter();
  }

  private fieldErrorText(path: string): string | null {
    if (this.parseErrors[path]) return t('dp.notNumber');
    const e = this.errors.find((x) => x.path === path);
    return e ? translateOrderError(e) : null;
  }

  private showErrors(): void {
    const tabsWithErrors = new Set<Tab>();
    for (const [path, f] of this.fields) {
      const msg = this.fieldErrorText(path);
      f.setError(msg);
      if (msg) tabsWithErrors.add(TAB_OF_PATH(path));
    }
    // Errors about a group (allocation sum) or a non-text field.
    const alloc = this.errors.find((e) => e.path === 'allocation');
    if (alloc) {
      tabsWithErrors.add('compute');
      for (const p of ['allocation.training', 'allocation.products', 'allocation.cloud']) {
        const f = this.fields.get(p);
        if (f && !this.fieldErrorText(p)) f.setInvalid(translateOrderError(alloc));
      }
    }
    const sum = ['allocation.training', 'allocation.products', 'allocation.cloud'].reduce((acc, p) => acc + (parseNumberInput(this.draft.values[p === 'allocation.cloud' ? 'cloudPct' : (p.split('.')[1] as NumberField)]) ?? 0), 0);
    if (this.allocSum) {
      const cu = this.availableCU();
      setLabel(this.allocSum, alloc ? translateOrderError(alloc) : cu ? t('dp.allocSum', { sum: num(sum, 0), cu }) : t('dp.allocSumOnly', { sum: num(sum, 0) }));
      this.allocSum.setColor(css(alloc ? palette.bad : palette.textDim));
    }
    this.drawAllocation();
    const other = this.errors.filter((e) => !this.fields.has(e.path) && e.path !== 'allocation');
    const statementErr = other.find((e) => e.path === 'statement' || e.path === 'cloud.launch');
    const se = this.hints.get('statementError');
    if (se) setLabel(se, statementErr ? translateOrderError(statementErr) : '');
    const vendorErr = other.find((e) => e.path.startsWith('vendorFinancing'));
    const ve = this.hints.get('vendorError');
    if (ve) setLabel(ve, vendorErr ? translateOrderError(vendorErr) : '');
    for (const e of other) tabsWithErrors.add(TAB_OF_PATH(e.path));
    for (const [k, dot] of this.errorDots) dot.setVisible(tabsWithErrors.has(k));
    const offerOpen = !!session.snapshot?.own?.view?.own?.vendorOffer && !this.draft.vendorAccept;
    this.offerDot.setVisible(offerOpen && !tabsWithErrors.has('supplier'));
  }

  /** Compute available last quarter (from the report), or '' before the first report. */
  private availableCU(): string {
    const s = session.snapshot;
    const r = s?.reports.length ? s.reports[s.reports.length - 1].companies.find((c) => c.role === this.role) : null;
    return r ? num(r.capacity.availableCU, 1) : '';
  }

  private drawAllocation(): void {
    if (!this.allocBar) return;
    const g = this.allocBar;
    g.clear();
    const b = this.allocBox;
    roundRect(g, b, 5, palette.bgDeep, 1, palette.stroke, 1);
    const vals = (['training', 'products', 'cloudPct'] as NumberField[]).map((k) => Math.max(0, parseNumberInput(this.draft.values[k]) ?? 0));
    const colors = [palette.highlight, palette.good, palette.accent];
    const total = Math.max(100, vals.reduce((a, v) => a + v, 0));
    let acc = 0;
    vals.forEach((v, i) => {
      const w = (v / total) * b.w;
      const x = document.documentElement.dir === 'rtl' ? b.right - ((acc + v) / total) * b.w : b.x + (acc / total) * b.w;
      g.fillStyle(colors[i], 1).fillRect(x, b.y + 1, w, b.h - 2);
      acc += v;
    });
    g.setVisible(selectedTab === 'compute');
  }

  private updateHints(s: MatchSnapshot, orders: Orders): void {
    const p = this.preview;
    const set = (id: string, text: string) => {
      const h = this.hints.get(id);
      if (h) setLabel(h, text);
    };
    if (p) {
      const chips = t('dp.chipsHint', { list: money(s.global.chipListPrice), est: money(p.chipPriceEstimate), cost: money(p.chipsCostEstimate) });
      const custom = CUSTOM_SILICON_ROLES.includes(this.role)
        ? `\n${t('dp.customHint', { chip: t(this.role === 'amazon' ? 'dp.customTrainium' : 'dp.customTpu'), cost: money(p.customChipsCost), cap: num(s.global.customCaps[this.role] ?? 0, 2) })}`
        : '';
      set('chips', chips + custom);
      set('build', t('dp.buildHint', { cost: money(p.buildCostPerGW), n: p.buildQuarters, index: num(p.powerIndexEstimate, 2) }));
      const state = engineState(s);
      if (state) {
        const disc = equityDiscount(s.global.mood, state.scenario.money);
        const base = t('dp.financeHint', { discount: pct(disc, 0), rate: pct(s.global.baseRate, 1) });
        const cr = s.reports.length ? s.reports[s.reports.length - 1].companies.find((c) => c.role === this.role) : null;
        const capital = cr?.solvency ? ` ${t('dp.financeCapital', { k: pct(cr.valuation.costOfCapital, 1), headroom: money(cr.solvency.headroom) })}` : '';
        set('finance', base + capital);
      }
    }
    set('ask', t('dp.askHint', { price: money(s.global.lastCloudPrice) }));
    // Second-hand: the price of the oldest chips now, and what the GW typed would fetch.
    const state = engineState(s);
    const cohorts = state?.companies[this.role].cohorts ?? [];
    const quote = state ? saleQuote(cohorts, orders.sellChips?.gw ?? 0, s.quarter, s.global.chipListPrice, state.scenario) : null;
    const sellText = !quote || quote.firstPerGW <= 0 ? t('dp.sellHintNone') : quote.gw > 0 ? t('dp.sellHint', { price: money(quote.firstPerGW), proceeds: money(quote.proceeds), gw: num(quote.gw, 2) }) : t('dp.sellPrice', { price: money(quote.firstPerGW) });
    set('sell', sellText);
  }

  setStatus(text: string, kind: 'info' | 'error' | 'ok'): void {
    this.status = text;
    this.statusKind = kind;
    this.renderFooter();
  }

  /** Footer: the estimate for this quarter, warnings, status line and the submit button. */
  renderFooter(): void {
    const s = session.snapshot;
    if (!s) return;
    const b = this.footerBox;
    this.footer.render(() => {
      const g = this.ui.add.graphics();
      roundRect(g, b, 10, palette.bgDeep, 0.7, palette.stroke, 1);
      const inner = b.inset(10, 8);
      const p = this.preview;
      let y = inner.y;
      label(this.ui, inner.start(), y, t('dp.preview'), { size: 'tiny', bold: true, color: palette.textMuted });
      y += 16;
      if (p) {
        const sum = (ls: { amount: number }[]) => ls.reduce((x, l) => x + l.amount, 0);
        const colW = (inner.w - 12) / 2;
        const op = sum(p.operating) - p.interest - p.taxEstimate;
        const rows: [string, string, number?][] = [
          [t('dp.cashNow'), money(p.openingCash)],
          [t('dp.capexNow'), money(-sum(p.capexThisQuarter)), palette.bad],
          [t('dp.operatingEst'), money(op), op >= 0 ? palette.good : palette.bad],
          [t('dp.financingEst'), money(sum(p.financing))],
        ];
        rows.forEach(([k, v, col], i) => {
          const cx = inner.startX((i % 2) * (colW + 12), colW);
          stat(this.ui, cx, y + Math.floor(i / 2) * 17, colW, k, v, { size: 'tiny', valueColor: col });
        });
        y += 36;
        stat(this.ui, inner.x, y, inner.w, t('dp.cashAfter'), money(p.estimatedCashAfter), {
          size: 'small',
          valueColor: p.estimatedCashAfter < 0 ? palette.bad : palette.text,
          help: t('help.cashAfter', { next: money(sum(p.capexNextQuarter)) }),
          id: 'dp.cashAfter',
        });
        y += 20;
        const warn = p.warnings[0];
        if (warn) {
          const wl = label(this.ui, inner.start(), y, `⚠ ${warningText(warn)}`, { size: 'tiny', color: palette.warn, wrap: inner.w, maxLines: 2 });
          y += wl.height + 4;
        }
      } else {
        y += label(this.ui, inner.start(), y, t('dp.noPreview'), { size: 'tiny', color: palette.textMuted, wrap: inner.w }).height + 4;
      }
      // Status and buttons.
      const by = b.bottom - 40;
      const seat = s.seats[this.role];
      let status = this.status;
      let kind = this.statusKind;
      if (!status && seat.submitted) {
        status = this.draft.dirty ? t('dp.changed') : t('dp.submitted');
        kind = this.draft.dirty ? 'info' : 'ok';
      }
      // Until the first submit, say what to do on this panel.
      if (!status && !seat.submitted) status = t('dp.howto');
      const submit = new Button(this.ui, 0, by, {
        id: 'dp.submit',
        text: this.sending ? t('dp.sending') : seat.submitted ? t('dp.resubmit') : t('dp.submit'),
        variant: 'primary',
        h: 32,
        size: 'small',
        icon: iconKey('check'),
        iconTint: palette.textOnAccent,
        disabled: this.sending || s.phase !== 'planning',
        onClick: () => void this.submit(),
      });
      submit.setX(inner.endX(0, submit.bw));
      let used = submit.bw + 8;
      if (seat.submitted) {
        const w = new Button(this.ui, 0, by, { id: 'dp.withdraw', text: t('dp.withdraw'), variant: 'ghost', h: 32, size: 'small', onClick: () => void this.withdraw() });
        w.setX(inner.endX(used, w.bw));
        used += w.bw + 8;
      }
      // The status line gets the whole width above the buttons when no warning took that room,
      // else the space beside them.
      const color = kind === 'error' ? palette.bad : kind === 'ok' ? palette.good : palette.textDim;
      let st = label(this.ui, inner.start(), 0, status, { size: 'tiny', color, wrap: inner.w, maxLines: 2 });
      if (by - 4 - st.height >= y) st.setOrigin(st.originX, 1).setY(by - 4);
      else {
        st.destroy();
        st = label(this.ui, inner.start(), by + 16, status, { size: 'tiny', color, wrap: inner.w - used - 6, maxLines: 3, originY: 0.5 });
      }
      this.ui.expose('dp.status', () => ({ kind: 'readout', label: status, enabled: true, focused: false, state: { kind }, x: st.x, y: st.y, w: st.width, h: st.height }));
    });
  }

  private async submit(): Promise<void> {
    this.recompute();
    const bad = Object.keys(this.parseErrors).length > 0 || this.errors.length > 0;
    if (bad) {
      this.setStatus(t('dp.fixErrors'), 'error');
      const first = Object.keys(this.parseErrors)[0] ?? this.errors[0]?.path ?? '';
      const tab = TAB_OF_PATH(first);
      if (tab !== selectedTab) this.tabGroup.select(tab);
      const f = this.fields.get(first);
      if (f) this.ui.focus.focus(f.focusable, true);
      return;
    }
    const s = session.snapshot!;
    const { orders } = draftToOrders(this.draft, s.quarter);
    this.sending = true;
    this.setStatus(t('dp.sending'), 'info');
    const res = await session.submitOrders(orders);
    this.sending = false;
    if (!this.alive) return;
    if (res.ok) {
      this.draft.dirty = false;
      saveDraft();
      this.setStatus('', 'ok');
      return;
    }
    // The server's refusal, at the fields it names.
    this.errors = res.error.fields ?? [];
    this.showErrors();
    this.setStatus(describeServerError(res.error), 'error');
  }

  private async withdraw(): Promise<void> {
    const res = await session.withdrawOrders(this.quarter);
    this.setStatus(res.ok ? t('dp.withdrawn') : describeServerError(res.error), res.ok ? 'info' : 'error');
  }

  /** Called on every state patch. */
  onSnapshot(s: MatchSnapshot): void {
    if (selectedTab === 'deals') this.dealRegion.render(() => this.dealsTab(this.contentBox, s));
    this.renderFooter();
  }
}

void ROLES;
