import Papa from 'papaparse';
import type { MatchSnapshot } from '../state/model';
import { activeRoles } from '../state/model';

/** Every company's per-quarter history as CSV (one row per company and quarter). */
export function historyCsv(s: MatchSnapshot): string {
  const rows: Record<string, string | number | boolean>[] = [];
  for (const role of activeRoles(s)) {
    for (const h of s.companies[role]?.history ?? []) {
      const { revenueBySegment, ...rest } = h;
      const row: Record<string, string | number | boolean> = { role, ...(rest as unknown as Record<string, string | number | boolean>) };
      for (const [k, v] of Object.entries(revenueBySegment ?? {})) row[`revenue_${k}`] = v;
      rows.push(row);
    }
  }
  return Papa.unparse(rows);
}

/** Offers a file to the browser's downloads (the one download helper of the client). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

export function download(filename: string, text: string, type = 'text/csv'): void {
  downloadBlob(filename, new Blob([text], { type: `${type};charset=utf-8` }));
}
