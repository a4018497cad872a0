import type { ClassData } from '../../shared/classroom/data';
import { CLASS_SECRET_HEADER } from '../../shared/classroom/protocol';
import type { MatchRecord } from '../../shared/replay';
import { serverEndpoint } from '../net/session';

// The class's data over HTTP (docs/CLASSROOM.md): the debrief data and the match records, with
// the host secret in a header.

export class ClassApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, secret: string): Promise<T> {
  const base = serverEndpoint().replace(/^ws/, 'http').replace(/\/+$/, '');
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, { headers: { [CLASS_SECRET_HEADER]: secret }, cache: 'no-store' });
  } catch (err) {
    throw new ClassApiError(0, err instanceof Error ? err.message : String(err));
  }
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ClassApiError(res.status, body.error ?? `HTTP ${res.status}`);
  return body as T;
}

export function fetchClassData(classId: string, secret: string): Promise<ClassData> {
  return get<ClassData>(`/api/classes/${encodeURIComponent(classId)}`, secret);
}

export function fetchClassRecords(classId: string, secret: string): Promise<{ classId: string; title: string; records: MatchRecord[] }> {
  return get(`/api/classes/${encodeURIComponent(classId)}/records`, secret);
}
