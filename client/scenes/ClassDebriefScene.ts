import type Phaser from 'phaser';
import { classExportName } from '../../shared/classroom/csv';
import { classRoles, type ClassData } from '../../shared/classroom/data';
import { LESSON_IDS, capexRevenuePaths, classLessons, cloudLaunchTable, moodPaths, sharedEvents, tsrTable, type Lesson, type LessonChart, type LessonId } from '../../shared/classroom/lessons';
import type { Role } from '../../shared/roles';
import { iconKey, monogramKey } from '../assets';
import { LineChart } from '../charts/LineChart';
import { ClassApiError, fetchClassData, fetchClassRecords } from '../classroom/api';
import { legend, lineData } from '../classroom/charts';
import { knownSecret, setClassUrl, urlClassId } from '../classroom/entry';
import { findingText, groupColor, groupName, groupShort, tc } from '../classroom/i18n';
import { downloadBlob, downloadCsv, downloadRecords } from '../classroom/exports';
import { palette as pal, css } from '../theme/palette';
import { viewport } from '../ui/viewport';
import { savedConsole } from '../classroom/storage';
import { eventTitle, quarterLabel, setCalendarStart, setScenario } from '../i18n/engineText';
import { num, pctDelta } from '../i18n/format';
import { companyColor, palette } from '../theme/palette';
import { BaseScene } from '../ui/BaseScene';
import { Box } from '../ui/box';
import { Button } from '../ui/button';
import { ChoiceGroup } from '../ui/choice';
import { roleName } from '../ui/company';
import { roundRect } from '../ui/draw';
import { panel } from '../ui/panel';
import { Region } from '../ui/region';
import { label, setLabel } from '../ui/text';
import { languageButton, titleMark } from './common';

// The class debrief: the groups compared on the same seed (TSR by company and group, who launched
// a cloud and when, the events every group shared, capex against revenue, mood paths) and the seven
// lessons of GAME.md §1, each with the chart that shows it in this class's data, what the class's
// numbers say and questions to discuss. Exports: the CSV of every metric, the JSON of every match
// record, and a PNG of each chart.

type Section = 'overview' | 'capex' | 'mood' | LessonId;
const SECTIONS: Section[] = ['overview', 'capex', 'mood', ...LESSON_IDS];

const view = { section: 'overview' as Section, capexRole: 'meta' as Role };
let cache: { classId: string; data: ClassData } | null = null;

export class ClassDebriefScene extends BaseScene {
  private page!: Region;
  private status!: Phaser.GameObjects.Text;
  private classData: ClassData | null = null;
  private lessons: Lesson[] = [];
  private chartBox: Box | null = null;
  private busy = false;

  constructor() {
    super('ClassDebrief');
  }

  build(): void {
    const { w, h } = this.vp;
    const page = new Box(16, 0, w - 32, h);
    titleMark(this, page);
    const classId = urlClassId('debrief') || savedConsole()?.classId || '';
    const lang = languageButton(this, page);
    let x = lang.bw + 8;
    const secret = classId ? knownSecret(classId) : null;
    if (savedConsole()?.classId === classId && classId) {
      const back = new Button(this, 0, 12, {
        id: 'deb.console',
        text: tc('deb.backConsole'),
        size: 'small',
        h: 32,
        onClick: () => {
          setClassUrl('teach', classId);
          this.scene.start('ClassHost');
        },
      });
      back.setX(page.endX(x, back.bw));
      x += back.bw + 8;
    }
    const refresh = new Button(this, 0, 12, { id: 'deb.refresh', text: tc('deb.refresh'), variant: 'ghost', size: 'small', h: 32, onClick: () => void this.loadClass(classId, secret, true) });
    refresh.setX(page.endX(x, refresh.bw));
    this.status = label(this, page.start(), h - 20, '', { size: 'small', color: palette.textDim, maxWidth: page.w });
    this.page = new Region(this);
    if (!classId || !secret) {
      this.say(classId ? tc('deb.noKey', { code: classId }) : tc('deb.noClass'), true);
      const setup = new Button(this, page.cx - 80, h / 2, { id: 'deb.setup', text: tc('deb.toSetup'), w: 160, onClick: () => this.scene.start('ClassSetup') });
      void setup;
      return;
    }
    if (cache?.classId === classId) this.show(cache.data, page);
    else void this.loadClass(classId, secret, false);
  }

  private say(text: string, isError: boolean): void {
    if (!this.status?.active) return;
    setLabel(this.status, text, this.vp.w - 32);
    this.status.setColor(isError ? '#ff8a4c' : '#a3b1c6');
  }

  private async loadClass(classId: string, secret: string | null, fresh: boolean): Promise<void> {
    if (!secret || this.busy) return;
    this.busy = true;
    this.say(tc('deb.loading'), false);
    try {
      const data = await fetchClassData(classId, secret);
      cache = { classId, data };
      if (!this.sys.isActive()) return;
      this.say(fresh ? tc('deb.refreshed') : '', false);
      this.show(data, new Box(16, 0, this.vp.w - 32, this.vp.h));
    } catch (err) {
      if (!this.sys.isActive()) return;
      const reason = err instanceof ClassApiError && err.status === 403 ? tc('reopen.badKey') : err instanceof Error ? err.message : String(err);
      this.say(tc('deb.failed', { reason }), true);
    } finally {
      this.busy = false;
    }
  }

  private show(data: ClassData, page: Box): void {
    this.classData = data;
    this.lessons = classLessons(data);
    const g0 = data.groups[0];
    if (g0) setCalendarStart(g0.startYear, g0.startQuarter);
    setScenario(data.scenarioId);
    const roles = classRoles(data);
    if (!roles.includes(view.capexRole)) view.capexRole = roles[0] ?? 'meta';
    const title = data.title ? tc('deb.titleNamed', { title: data.title }) : tc('deb.title');
    label(this, page.start(196), 10, title, { size: 'h2', bold: true, maxWidth: page.w - 560 });
    const played = Math.max(0, ...data.groups.map((g) => g.quartersPlayed));
    label(this, page.start(196), 33, tc('deb.info', { groups: data.groups.length, code: data.classId, seed: data.seed, played, quarters: data.quarters }), { size: 'tiny', color: palette.textDim, maxWidth: page.w - 560 });
    const body = new Box(page.x, 56, page.w, page.h - 56 - 28);
    const [nav, main] = body.cutStart(206, 12);
    this.buildNav(nav);
    const render = () => this.page.render(() => this.renderSection(main));
    this.rerender = render;
    render();
  }

  private rerender: () => void = () => undefined;
  private navButtons: [Section, Button][] = [];

  private buildNav(box: Box): void {
    const p = panel(this, box, {});
    const c = p.content;
    let y = c.y - 4;
    const buttons: [Section, Button][] = [];
    this.navButtons = buttons;
    for (const s of SECTIONS) {
      const lesson = this.lessons.find((l) => l.id === s);
      const text = lesson ? `${lesson.number} · ${tc(`lesson.${lesson.id}.short`)}` : tc(`deb.nav.${s as 'overview' | 'capex' | 'mood'}`);
      const b = new Button(this, c.x, y, {
        id: `deb.nav.${s}`,
        text,
        w: c.w,
        h: 30,
        size: 'small',
        variant: 'tab',
        kind: 'tab',
        selected: view.section === s,
        onClick: () => {
          view.section = s;
          this.rerender();
        },
      });
      buttons.push([s, b]);
      y += 34;
      if (s === 'mood') {
        label(this, c.start(), y + 2, tc('deb.lessons'), { size: 'tiny', bold: true, color: palette.textMuted });
        y += 20;
      }
    }
    y += 8;
    label(this, c.start(), y, tc('deb.export'), { size: 'tiny', bold: true, color: palette.textMuted });
    y += 18;
    const exp = (id: string, text: string, icon: 'chart' | 'copy' | 'news', onClick: () => void) => {
      new Button(this, c.x, y, { id, text, w: c.w, h: 28, size: 'tiny', icon: iconKey(icon), onClick });
      y += 32;
    };
    exp('deb.csv', tc('deb.csv'), 'chart', () => {
      if (!this.classData) return;
      this.say(tc('deb.saved', { file: downloadCsv(this.classData) }), false);
    });
    exp('deb.json', tc('deb.json'), 'copy', () => void this.exportJson());
    exp('deb.png', tc('deb.png'), 'chart', () => void this.exportPng());
    exp('deb.pngAll', tc('deb.pngAll'), 'chart', () => void this.exportAllPngs());
  }

  // ------------------------------------------------------------------ exports

  private async exportJson(): Promise<void> {
    const data = this.classData;
    const secret = data ? knownSecret(data.classId) : null;
    if (!data || !secret) return;
    try {
      const { records } = await fetchClassRecords(data.classId, secret);
      if (this.sys.isActive()) this.say(tc('deb.saved', { file: downloadRecords(data, records) }), false);
    } catch (err) {
      if (this.sys.isActive()) this.say(tc('deb.failed', { reason: err instanceof Error ? err.message : String(err) }), true);
    }
  }

  private pngName(section: Section): string {
    const base = classExportName(this.classData!, 'png').replace(/\.png$/, '');
    const suffix = section === 'capex' ? `capex-${view.capexRole}` : section;
    return `${base}-${suffix}.png`;
  }

  private async exportPng(): Promise<string | null> {
    if (!this.chartBox || !this.classData) {
      this.say(tc('deb.noChart'), true);
      return null;
    }
    this.tooltip.hide();
    const name = this.pngName(view.section);
    const blob = await snapshotPng(this, this.chartBox);
    downloadBlob(name, blob);
    if (this.sys.isActive()) this.say(tc('deb.saved', { file: name }), false);
    return name;
  }

  private async exportAllPngs(): Promise<void> {
    if (!this.classData || this.busy) return;
    this.busy = true;
    const back = view.section;
    const saved: string[] = [];
    try {
      for (const s of SECTIONS) {
        if (s === 'overview') continue;
        view.section = s;
        this.rerender();
        await new Promise((r) => this.time.delayedCall(120, r));
        const name = await this.exportPng();
        if (name) saved.push(name);
      }
    } finally {
      view.section = back;
      this.busy = false;
      if (this.sys.isActive()) {
        this.rerender();
        this.say(tc('deb.savedAll', { n: saved.length }), false);
      }
    }
  }

  // ------------------------------------------------------------------ sections

  private renderSection(main: Box): void {
    const data = this.classData!;
    this.chartBox = null;
    for (const [id, btn] of this.navButtons) btn.setSelected(id === view.section);
    if (data.groups.every((g) => g.quarters.length === 0)) {
      label(this, main.cx, main.cy, tc('deb.empty'), { size: 'h3', color: palette.textDim, align: 'center', wrap: main.w * 0.7 }).setOrigin(0.5, 0.5);
      return;
    }
    if (view.section === 'overview') return this.renderOverview(main, data);
    if (view.section === 'capex') return this.renderCapex(main, data);
    if (view.section === 'mood') return this.renderChartPage(main, tc('deb.mood.title'), tc('deb.mood.help'), moodPaths(data), 'deb.chart.mood');
    const lesson = this.lessons.find((l) => l.id === view.section);
    if (lesson) this.renderLesson(main, lesson);
  }

  private renderOverview(main: Box, data: ClassData): void {
    const [left, right] = main.cutStart(Math.round(main.w * 0.56), 12);
    // TSR by company and group.
    const table = tsrTable(data);
    const tp = panel(this, left, { title: tc('deb.tsr'), icon: iconKey('trophy'), accent: palette.highlight, help: tc('deb.tsrHelp'), helpId: 'help.classTsr' });
    const c = tp.content;
    const rows = table.rows.length;
    const headH = 42;
    const rowH = Math.max(20, Math.min(40, (c.h - headH - 70) / (rows + 1)));
    const firstW = 96;
    const colW = (c.w - firstW) / Math.max(1, table.roles.length);
    table.roles.forEach((r, i) => {
      const cx = c.start(firstW + colW * i + colW / 2);
      this.add.image(cx, c.y + 10, monogramKey(r)).setDisplaySize(20, 20);
      label(this, cx, c.y + 22, roleName(r), { size: 'tiny', bold: true, align: 'center', color: companyColor[r], maxWidth: colW - 4 }).setOrigin(0.5, 0);
    });
    table.rows.forEach((row, ri) => {
      const y = c.y + headH + ri * rowH;
      if (ri % 2 === 0) roundRect(this.add.graphics(), { x: c.x, y, w: c.w, h: rowH }, 4, palette.bgDeep, 0.5);
      this.add.graphics().fillStyle(groupColor(row.group), 1).fillRect(c.startX(0, 4), y + 4, 4, rowH - 8);
      label(this, c.start(10), y + rowH / 2, `${groupShort(row.group)} · ${row.code}`, { size: 'tiny', bold: true, originY: 0.5, maxWidth: firstW - 12 });
      const vals = row.tsr.filter((v): v is number => v !== null);
      const best = vals.length ? Math.max(...vals) : null;
      row.tsr.forEach((v, i) => {
        const cx = c.start(firstW + colW * i + colW / 2);
        if (v === null) return void label(this, cx, y + rowH / 2, '—', { size: 'small', align: 'center', originY: 0.5, color: palette.textMuted }).setOrigin(0.5, 0.5);
        const isBest = v === best;
        if (isBest) roundRect(this.add.graphics(), { x: cx - colW / 2 + 4, y: y + 2, w: colW - 8, h: rowH - 4 }, 4, null, 1, palette.highlight, 1.5);
        const text = row.bankrupt[i] ? tc('seat.bankrupt') : pctDelta(v);
        label(this, cx, y + rowH / 2, text, { size: rowH >= 26 ? 'body' : 'small', bold: isBest, align: 'center', originY: 0.5, color: v >= 0 ? palette.good : palette.bad }).setOrigin(0.5, 0.5);
      });
      this.expose(`deb.tsr.${row.group}`, () => ({ kind: 'readout', label: groupName(row.group), enabled: true, focused: false, state: { tsr: row.tsr }, x: c.x, y, w: c.w, h: rowH }));
    });
    // How far apart the groups ended: the spread of each company's return across groups.
    const sy = c.y + headH + rows * rowH + 8;
    this.add.graphics().lineStyle(1, palette.strokeStrong, 1).lineBetween(c.x, sy, c.x + c.w, sy);
    label(this, c.start(10), sy + 8, tc('deb.spread'), { size: 'tiny', bold: true, color: palette.textDim, maxWidth: firstW - 12 });
    table.roles.forEach((_r, i) => {
      const vals = table.rows.map((row) => row.tsr[i]).filter((v): v is number => v !== null);
      if (vals.length < 2) return;
      const spread = Math.max(...vals) - Math.min(...vals);
      label(this, c.start(firstW + colW * i + colW / 2), sy + 8, tc('deb.points', { n: num(spread * 100, 1) }), { size: 'small', bold: true, align: 'center', color: palette.text }).setOrigin(0.5, 0);
    });
    label(this, c.start(), sy + 34, tc('deb.spreadHelp'), { size: 'tiny', color: palette.textMuted, wrap: c.w });

    // Clouds launched, and the events every group shared.
    const [cloudBox, eventsBox] = right.rows([1, 1.15], 12);
    const cp = panel(this, cloudBox, { title: tc('deb.clouds'), icon: iconKey('cloud'), help: tc('deb.cloudsHelp'), helpId: 'help.classClouds' });
    const launches = cloudLaunchTable(data);
    let y = cp.content.y;
    if (!launches.length) label(this, cp.content.start(), y, tc('deb.noClouds'), { size: 'small', color: palette.textMuted, wrap: cp.content.w });
    for (const [i, l] of launches.entries()) {
      // Keep a line to say how many rows did not fit.
      if (y > cp.content.bottom - (i < launches.length - 1 ? 40 : 18)) {
        label(this, cp.content.start(24), y + 1, tc('deb.moreRows', { n: launches.length - i }), { size: 'tiny', color: palette.textMuted });
        break;
      }
      this.add.image(cp.content.start(9), y + 9, monogramKey(l.role)).setDisplaySize(16, 16);
      const names = { group: groupShort(l.group), company: roleName(l.role), launched: quarterLabel(l.launchedQ) };
      const text = l.liveQ === null ? tc('deb.cloudRowPending', names) : tc('deb.cloudRow', { ...names, live: quarterLabel(l.liveQ) });
      label(this, cp.content.start(24), y + 1, text, { size: 'tiny', maxWidth: cp.content.w - 90 });
      label(this, cp.content.end(), y + 1, pctDelta(l.tsr), { size: 'tiny', bold: true, align: 'end', color: l.tsr >= 0 ? palette.good : palette.bad });
      y += 22;
    }
    const ep = panel(this, eventsBox, { title: tc('deb.events'), icon: iconKey('news'), help: tc('deb.eventsHelp'), helpId: 'help.classEvents' });
    const events = sharedEvents(data);
    y = ep.content.y;
    if (!events.length) label(this, ep.content.start(), y, tc('deb.noEvents'), { size: 'small', color: palette.textMuted });
    for (const e of events) {
      if (y > ep.content.bottom - 18) break;
      const where = e.groups.length === data.groups.length ? tc('deb.allGroups') : tc('deb.inGroups', { list: e.groups.map((g) => g + 1).join(', ') });
      const what = `${quarterLabel(e.quarter)} · ${eventTitle(e.id)}${e.target ? ` (${roleName(e.target)})` : ''}`;
      label(this, ep.content.start(), y, what, { size: 'tiny', bold: true, maxWidth: ep.content.w });
      label(this, ep.content.start(), y + 15, `${e.injected ? tc('deb.injected') + ' · ' : ''}${where}`, { size: 'tiny', color: palette.textDim, maxWidth: ep.content.w });
      y += 36;
    }
  }

  private renderCapex(main: Box, data: ClassData): void {
    const roles = classRoles(data);
    const [bar, rest] = main.cutTop(34, 8);
    const l = label(this, bar.start(), bar.y + 8, tc('deb.capexRole'), { size: 'small', color: palette.textDim });
    new ChoiceGroup<Role>(this, bar.startX(l.width + 12, roles.length * 104), bar.y, {
      id: 'deb.capexRole',
      items: roles.map((r) => ({ value: r, text: roleName(r), accent: companyColor[r] })),
      value: view.capexRole,
      itemW: 98,
      h: 30,
      gap: 6,
      size: 'small',
      onChange: (r) => {
        view.capexRole = r;
        this.rerender();
      },
    });
    this.renderChartPage(rest, tc('deb.capex.title', { company: roleName(view.capexRole) }), tc('deb.capex.help'), capexRevenuePaths(data, view.capexRole), 'deb.chart.capex');
  }

  /** A chart with its title (what a PNG captures), a legend and a note beside it. */
  private renderChartPage(box: Box, title: string, help: string, chart: LessonChart, id: string, side?: (b: Box) => void): void {
    const [chartArea, sideArea] = box.cutStart(Math.round(box.w * (side ? 0.64 : 0.72)), 12);
    const cp = panel(this, chartArea, { title, icon: iconKey('chart') });
    const items = legend(chart).length;
    const perRow = Math.max(1, Math.min(items, Math.floor(cp.content.w / 150)));
    const legendH = Math.ceil(items / perRow) * 18;
    const [legendBox, plot] = cp.content.cutBottom(legendH, 8);
    const data = lineData(chart);
    data.xLabels = chart.xLabels.map((_, i) => quarterLabel(i));
    new LineChart(this, plot, id, title, data);
    this.drawLegend(legendBox, chart);
    this.chartBox = chartArea;
    if (side) side(sideArea);
    else {
      const np = panel(this, sideArea, { title: tc('deb.read'), icon: iconKey('investors') });
      label(this, np.content.start(), np.content.y, help, { size: 'body', color: palette.text, wrap: np.content.w });
    }
  }

  private drawLegend(box: Box, chart: LessonChart): void {
    const items = legend(chart);
    const perRow = Math.max(1, Math.min(items.length, Math.floor(box.w / 150)));
    const itemW = box.w / perRow;
    items.forEach((it, i) => {
      const x = box.startX((i % perRow) * itemW, itemW);
      const y = box.y + Math.floor(i / perRow) * 18;
      const g = this.add.graphics();
      const lx = document.documentElement.dir === 'rtl' ? x + itemW - 22 : x;
      g.lineStyle(3, it.color, 1);
      if (it.dashed) {
        g.lineBetween(lx, y + 8, lx + 7, y + 8);
        g.lineBetween(lx + 11, y + 8, lx + 18, y + 8);
      } else g.lineBetween(lx, y + 8, lx + 18, y + 8);
      label(this, document.documentElement.dir === 'rtl' ? x + itemW - 26 : x + 24, y + 1, it.name, { size: 'tiny', color: palette.textDim, maxWidth: itemW - 30 });
    });
  }

  private renderLesson(main: Box, lesson: Lesson): void {
    const [head, rest] = main.cutTop(52, 6);
    label(this, head.start(), head.y, `${lesson.number} · ${tc(`lesson.${lesson.id}.title`)}`, { size: 'h1', bold: true, maxWidth: head.w });
    label(this, head.start(), head.y + 30, tc(`lesson.${lesson.id}.text`), { size: 'small', color: palette.textDim, maxWidth: head.w });
    this.renderChartPage(rest, tc(`lesson.${lesson.id}.chart`), '', lesson.chart, `deb.chart.${lesson.id}`, (side) => {
      const [findBox, discussBox] = side.rows([1, 1.25], 10);
      const fp = panel(this, findBox, { title: tc('deb.finding'), icon: iconKey('gauge'), accent: palette.accent });
      label(this, fp.content.start(), fp.content.y, findingText(lesson), { size: 'body', color: palette.text, wrap: fp.content.w });
      this.expose(`deb.finding.${lesson.id}`, () => ({ kind: 'readout', label: findingText(lesson), enabled: true, focused: false, state: { key: lesson.finding.key, params: lesson.finding.params }, ...fp.box }));
      const dp = panel(this, discussBox, { title: tc('deb.discuss'), icon: iconKey('person'), accent: palette.highlight });
      let y = dp.content.y;
      for (const k of ['prompt1', 'prompt2'] as const) {
        const txt = label(this, dp.content.start(14), y, tc(`lesson.${lesson.id}.${k}`), { size: 'body', wrap: dp.content.w - 14 });
        label(this, dp.content.start(), y, '›', { size: 'body', bold: true, color: palette.highlight });
        y += txt.height + 12;
      }
    });
  }
}

/** A PNG of a logical rectangle of the canvas, as rendered in the next frame. */
function snapshotPng(scene: Phaser.Scene, box: { x: number; y: number; w: number; h: number }): Promise<Blob> {
  const z = viewport().zoom;
  const x = Math.max(0, Math.floor(box.x * z));
  const y = Math.max(0, Math.floor(box.y * z));
  const w = Math.min(scene.game.canvas.width - x, Math.ceil(box.w * z));
  const h = Math.min(scene.game.canvas.height - y, Math.ceil(box.h * z));
  return new Promise((resolve, reject) => {
    scene.game.renderer.snapshotArea(x, y, w, h, (snap) => {
      const img = snap as HTMLImageElement;
      const paint = () => {
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d');
        if (!ctx) return reject(new Error('no 2D canvas'));
        ctx.fillStyle = css(pal.bg);
        ctx.fillRect(0, 0, c.width, c.height);
        ctx.drawImage(img, 0, 0);
        c.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png');
      };
      if (img.complete && img.width > 0) paint();
      else {
        img.onload = paint;
        img.onerror = () => reject(new Error('the snapshot failed'));
      }
    });
  });
}
