import Papa from 'papaparse';
import { classCsvTable, classExportName } from '../../shared/classroom/csv';
import type { ClassData } from '../../shared/classroom/data';
import { tsrTable } from '../../shared/classroom/lessons';
import type { MatchRecord } from '../../shared/replay';
import { downloadBlob } from '../debrief/exportCsv';
import { chartSvg, type SvgChart } from './chartSvg';
import { buildZip, type ZipEntry } from './zip';

// The class's exports: the CSV of every metric and order (shared/classroom/csv.ts builds the
// table; papaparse writes it with a byte-order mark so spreadsheets read names in any script as
// UTF-8), the JSON of every group's match record, and one ZIP with every chart (PNG and SVG), the
// overview table and the CSV.

export { downloadBlob };

const BOM = '\ufeff';

export function classCsv(data: ClassData): string {
  return BOM + Papa.unparse(classCsvTable(data), { newline: '\r\n' });
}

/** The overview table: each company's total shareholder return in each group, and who played it. */
export function overviewCsv(data: ClassData): string {
  const t = tsrTable(data);
  const fields = ['group', 'group_code', ...t.roles.flatMap((r) => [`${r}_tsr_pct`, `${r}_player`])];
  const rows = t.rows.map((row) => {
    const g = data.groups.find((x) => x.group === row.group);
    return [
      row.group + 1,
      row.code,
      ...t.roles.flatMap((r, i) => {
        const seat = g?.seats.find((s) => s.role === r);
        const who = !seat ? '' : seat.kind === 'bot' ? `bot (${seat.persona})` : seat.kind === 'absent' ? '' : seat.name;
        const v = row.tsr[i];
        return [v === null || v === undefined ? '' : Math.round(v * 1000) / 10, who];
      }),
    ];
  });
  return BOM + Papa.unparse({ fields, data: rows }, { newline: '\r\n' });
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

/** A PNG of an SVG document, drawn by the browser at the SVG's own size. */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth || 1200;
    c.height = img.naturalHeight || 700;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas to draw the chart');
    ctx.drawImage(img, 0, 0);
    const blob = await new Promise<Blob>((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Every chart (PNG and SVG), the overview table and the full CSV in one ZIP; returns its file name and how many charts it holds. */
export async function downloadZip(data: ClassData, charts: readonly { file: string; chart: SvgChart }[]): Promise<{ name: string; charts: number }> {
  const entries: ZipEntry[] = [
    { name: 'overview.csv', data: overviewCsv(data) },
    { name: classExportName(data, 'csv'), data: classCsv(data) },
  ];
  for (const c of charts) {
    const svg = chartSvg(c.chart);
    entries.push({ name: `charts/${c.file}.svg`, data: svg });
    entries.push({ name: `charts/${c.file}.png`, data: await svgToPng(svg) });
  }
  const name = classExportName(data, 'zip');
  downloadBlob(name, new Blob([buildZip(entries) as BlobPart], { type: 'application/zip' }));
  return { name, charts: charts.length };
}
