import { serverEndpoint } from '../net/session';
import type { RecordErrorKind, RecordListItem, RecordListPage } from '../../shared/replay';

// The records API (docs/REPLAY.md §5) as the viewer uses it.

export type { RecordListItem as RecordItem, RecordListPage as RecordPage };

/** A refusal from the server, with the record error kind when there is one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: RecordErrorKind | 'network' | 'other',
    readonly status: number,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function url(path: string): string {
  return new URL(path, serverEndpoint().replace(/\/?$/, '/')).toString();
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url(path), init);
  } catch (err) {
    throw new ApiError((err as Error).message, 'network', 0);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const e = (body && typeof body === 'object' ? body : {}) as { error?: string; kind?: RecordErrorKind; details?: string[] };
    throw new ApiError(e.error ?? `HTTP ${res.status}`, e.kind ?? 'other', res.status, e.details ?? []);
  }
  return (body ?? text) as T;
}

/** Whether the server keeps match records at all (`records` in /health); a server started without storage does not. */
export async function serverKeepsRecords(): Promise<boolean> {
  try {
    const res = await fetch(url('health'));
    const body = (await res.json()) as { records?: boolean };
    return body.records !== false;
  } catch {
    return true;
  }
}

export function listRecords(origin: RecordListItem['origin'], page: number, pageSize: number): Promise<RecordListPage> {
  return call(`api/records?origin=${origin}&page=${page}&pageSize=${pageSize}`);
}

export async function fetchRecordText(id: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url(`api/records/${encodeURIComponent(id)}`));
  } catch (err) {
    throw new ApiError((err as Error).message, 'network', 0);
  }
  if (!res.ok) throw new ApiError(`HTTP ${res.status}`, 'other', res.status);
  return res.text();
}

export function recordDownloadUrl(id: string): string {
  return url(`api/records/${encodeURIComponent(id)}?download=1`);
}

export function uploadRecord(bytes: ArrayBuffer): Promise<{ id: string; duplicate: boolean; quarters: number }> {
  return call('api/records', { method: 'POST', body: bytes, headers: { 'Content-Type': 'application/json' } });
}

export function forkRecord(id: string, quarter: number): Promise<{ code: string; hostSecret: string; matchId: string; quarter: number }> {
  return call(`api/records/${encodeURIComponent(id)}/fork`, { method: 'POST', body: JSON.stringify({ quarter }), headers: { 'Content-Type': 'application/json' } });
}
