import type { ClassData } from '../../shared/classroom/data';
import { CLASS_SECRET_HEADER, TEACHER_KEY_HEADER, type ArchivedClass } from '../../shared/classroom/protocol';

export type { ArchivedClass };
import type { MatchRecord } from '../../shared/replay';
import { serverEndpoint } from '../net/session';

// The class's data over HTTP (docs/CLASSROOM.md): the debrief data and the match records, opened
// with the class's host secret or the teacher's key (in a header, never in a URL), and the
// teacher's archive of classes on the server.

export class ClassApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** What opens a class: its host secret, or the key of the teacher who created it. */
export type ClassAuth = { secret: string } | { teacherKey: string };

function headers(auth: ClassAuth): Record<string, string> {
  return 'secret' in auth ? { [CLASS_SECRET_HEADER]: auth.secret } : { [TEACHER_KEY_HEADER]: auth.teacherKey };
}

async function get<T>(path: string, auth: ClassAuth): Promise<T> {
  const base = serverEndpoint().replace(/^ws/, 'http').replace(/\/+$/, '');
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, { headers: headers(auth), cache: 'no-store' });
  } catch (err) {
    throw new ClassApiError(0, err instanceof Error ? err.message : String(err));
  }
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ClassApiError(res.status, body.error ?? `HTTP ${res.status}`);
  return body as T;
}

export function fetchClassData(classId: string, auth: ClassAuth): Promise<ClassData> {
  return get<ClassData>(`/api/classes/${encodeURIComponent(classId)}`, auth);
}

export function fetchClassRecords(classId: string, auth: ClassAuth): Promise<{ classId: string; title: string; records: MatchRecord[] }> {
  return get(`/api/classes/${encodeURIComponent(classId)}/records`, auth);
}

/** The teacher's classes on the server, newest first. */
export async function fetchArchive(teacherKey: string): Promise<ArchivedClass[]> {
  const body = await get<{ classes?: ArchivedClass[] }>('/api/teacher/classes', { teacherKey });
  return Array.isArray(body.classes) ? body.classes : [];
}
