import type Phaser from 'phaser';
import { iconKey, monogramKey } from '../assets';
import { t } from '../i18n';
import { pctDelta } from '../i18n/format';
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
import { ApiError, listRecords, type RecordItem, type RecordPage } from '../replay/api';
import { rt } from '../replay/i18n';
import { openFile, openRecord, pickFile } from '../replay/open';
import { languageButton, titleMark } from './common';

// Replays, step 1: pick a finished match of this server (paged, newest first), or open a record
// file (the server checks and re-runs it first). Opening re-runs the match in this browser.

type Origin = 'match' | 'upload';
const view = { origin: 'match' as Origin, page: 1 };

export class ReplayListScene extends BaseScene {
  private status!: Phaser.GameObjects.Text;
  private busy = false;

  constructor() {
    super('ReplayList');
  }

  build(): void {
    const { w, h } = this.vp;
    const margin = Math.max(20, (w - 1360) / 2);
    const page = new Box(margin, 0, w - margin * 2, h);
    titleMark(this, page);
    label(this, page.cx, 18, rt('rp.title'), { size: 'h2', bold: true, align: 'center' });
    const lang = languageButton(this, page);
    const home = new Button(this, 0, 12, { id: 'replay.home', text: t('common.back'), size: 'small', h: 32, variant: 'secondary', onClick: () => this.scene.start('Home') });
    home.setX(page.endX(lang.bw + 10, home.bw));

    const body = new Box(page.x, 60, page.w, h - 72);
    const [listBox, side] = body.cutStart(Math.round(body.w * 0.64), 14);

    // Matches (or opened files), paged.
    const lp = panel(this, listBox);
    const tabW = Math.min(300, (lp.content.w - 8) / 2);
    new ChoiceGroup<Origin>(this, lp.content.startX(0, tabW * 2 + 8), listBox.y + 10, {
      id: 'replay.origin',
      variant: 'tab',
      items: [
        { value: 'match', text: rt('rp.list.title') },
        { value: 'upload', text: rt('rp.list.uploads') },
      ],
      value: view.origin,
      itemW: tabW,
      h: 34,
      size: 'small',
      onChange: (o) => {
        view.origin = o;
        view.page = 1;
        this.rebuild();
      },
    });
    const region = new Region(this);
    const rowsBox = new Box(lp.content.x, listBox.y + 56, lp.content.w, listBox.bottom - listBox.y - 56 - 14);
    const rowH = 64;
    const pageSize = Math.max(3, Math.floor((rowsBox.h - 44) / (rowH + 8)));
    region.render(() => label(this, rowsBox.start(), rowsBox.y, rt('rp.list.loading'), { size: 'small', color: palette.textMuted }));
    void listRecords(view.origin, view.page, pageSize)
      .then((res) => {
        if (this.sys.isActive()) region.render(() => this.rows(rowsBox, rowH, res));
      })
      .catch((err: unknown) => {
        if (!this.sys.isActive()) return;
        const reason = err instanceof ApiError ? err.message : String(err);
        region.render(() => label(this, rowsBox.start(), rowsBox.y, rt('rp.list.error', { reason }), { size: 'small', color: palette.bad, wrap: rowsBox.w }));
      });

    // Open a file.
    const up = panel(this, side, { title: rt('rp.upload.title'), icon: iconKey('link') });
    const uc = up.content;
    const text = label(this, uc.start(), uc.y, rt('rp.upload.text'), { size: 'small', color: palette.textDim, wrap: uc.w });
    const choose = new Button(this, 0, uc.y + text.height + 16, {
      id: 'replay.upload',
      text: rt('rp.upload.button'),
      icon: iconKey('chart'),
      variant: 'primary',
      iconTint: palette.textOnAccent,
      h: 40,
      onClick: () => this.chooseFile(),
    });
    choose.setX(uc.startX(0, choose.bw));
    this.status = label(this, uc.start(), uc.y + text.height + 70, '', { size: 'small', color: palette.textDim, wrap: uc.w });
    label(this, uc.start(), uc.bottom, rt('rp.list.about'), { size: 'small', color: palette.textMuted, wrap: uc.w, originY: 1 });
    this.expose('replay.status', () => ({ kind: 'readout', label: 'status', enabled: true, focused: false, state: { text: this.status.text }, x: uc.x, y: this.status.y, w: uc.w, h: 40 }));
    pickFile((f) => void this.upload(f));
  }

  private rows(box: Box, rowH: number, res: RecordPage): void {
    if (res.items.length === 0) {
      label(this, box.start(), box.y + 4, view.origin === 'match' ? rt('rp.list.empty') : rt('rp.list.emptyUploads'), { size: 'body', color: palette.textDim, wrap: box.w });
      return;
    }
    res.items.forEach((item, i) => this.row(new Box(box.x, box.y + i * (rowH + 8), box.w, rowH), item, i));
    const navY = box.bottom - 30;
    label(this, box.cx, navY + 15, rt('rp.list.page', { page: res.page, pages: res.pages }), { size: 'small', color: palette.textDim, align: 'center', originY: 0.5 });
    const prev = new Button(this, 0, navY, { id: 'replay.prev', text: rt('rp.list.prev'), size: 'small', h: 30, variant: 'secondary', disabled: res.page <= 1, onClick: () => this.goPage(res.page - 1) });
    prev.setX(box.startX(0, prev.bw));
    const next = new Button(this, 0, navY, { id: 'replay.next', text: rt('rp.list.next'), size: 'small', h: 30, variant: 'secondary', disabled: res.page >= res.pages, onClick: () => this.goPage(res.page + 1) });
    next.setX(box.endX(0, next.bw));
  }

  private goPage(p: number): void {
    view.page = p;
    this.rebuild();
  }

  private row(b: Box, item: RecordItem, i: number): void {
    const g = this.add.graphics();
    roundRect(g, b, 10, palette.bgDeep, 0.6, palette.stroke, 1);
    const winner = item.standings[0];
    if (winner) this.add.image(b.start(28), b.cy, monogramKey(winner.role)).setDisplaySize(34, 34);
    const when = new Date(item.finishedAt ?? item.updatedAt);
    const date = when.toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
    const humans = item.seats.filter((s) => s.kind === 'human' && s.name).map((s) => s.name);
    const status = rt(`rp.status.${item.status}` as 'rp.status.finished');
    const title = `${date} · ${rt('rp.list.quarters', { n: item.quartersPlayed, total: item.quartersTotal })} · ${status}`;
    label(this, b.start(56), b.y + 9, title, { size: 'small', bold: true, maxWidth: b.w - 190 });
    const who = humans.length ? rt('rp.list.players', { names: humans.join(', ') }) : rt('rp.list.allBots');
    const win = winner ? rt('rp.list.winner', { company: roleName(winner.role), tsr: pctDelta(winner.tsr) }) : '';
    label(this, b.start(56), b.y + 30, `${win} · ${who} · ${rt('rp.list.seed', { seed: item.seed })}`, { size: 'tiny', color: winner ? companyColor[winner.role] : palette.textDim, maxWidth: b.w - 190 });
    const watch = new Button(this, 0, b.cy - 17, {
      id: `replay.watch.${i}`,
      text: rt('rp.list.watch'),
      icon: iconKey('play'),
      size: 'small',
      h: 34,
      onClick: () => void this.open(item.id),
    });
    watch.setX(b.endX(12, watch.bw));
  }

  private setStatus(text: string, bad = false): void {
    if (!this.sys.isActive()) return;
    setLabel(this.status, text);
    this.status.setColor(bad ? '#ff8a4c' : '#a3b1c6');
  }

  private async open(id: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.setStatus(rt('rp.loading'));
    const res = await openRecord(id);
    this.busy = false;
    if (res.ok) this.scene.start('Replay');
    else this.setStatus(res.message, true);
  }

  private chooseFile(): void {
    pickFile((f) => void this.upload(f)).click();
  }

  private async upload(file: File): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.setStatus(rt('rp.upload.checking', { name: file.name }));
    const res = await openFile(file);
    this.busy = false;
    if (res.ok) this.scene.start('Replay');
    else this.setStatus(res.message, true);
  }
}
