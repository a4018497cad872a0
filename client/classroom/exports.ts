import Papa from 'papaparse';
import type Phaser from 'phaser';
import { classCsvTable, classExportName } from '../../shared/classroom/csv';
import type { ClassData } from '../../shared/classroom/data';
import type { MatchRecord } from '../../shared/replay';
import { palette, css } from '../theme/palette';
import { viewport } from '../ui/viewport';
import { downloadBlob } from '../debrief/exportCsv';

// The class's exports: the CSV (papaparse, with a byte-order mark so spreadsheets read names in
// any script as UTF-8), the JSON of every group's match record, and a PNG of a chart taken from
// the renderer (the chart's panel on the page's background colour).

export { downloadBlob };

export function classCsv(data: ClassData): string {
  return '\ufeff' + Papa.unparse(classCsvTable(data), { newline: '\r\n' });
}

export function downloadCsv(data: ClassData): string {
  const name = classExportName(data, 'csv');
  downloadBlob(name, new Blob([classCsv(data)], { type: 'text/csv;charset=utf-8' }));
  return name;
}

export function downloadRecords(data: ClassData, records: MatchRecord[]): string {
  const name = classExportName(data, 'json');
  const body = { format: 'compute-race-class', classId: data.classId, title: data.title, seed: data.seed, createdAt: data.createdAt, exportedAt: new Date().toISOString(), records };
  downloadBlob(name, new Blob([JSON.stringify(body, null, 1)], { type: 'application/json' }));
  return name;
}

/** A PNG of a logical rectangle of the canvas, as rendered in the next frame. */
export function snapshotPng(scene: Phaser.Scene, box: { x: number; y: number; w: number; h: number }): Promise<Blob> {
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
        ctx.fillStyle = css(palette.bg);
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
