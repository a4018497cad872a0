import type { ClassAuth } from './api';
import { recentClasses, savedConsole, savedTeacherKey } from './storage';

// Classroom screens are reached by URL as well as from Home, so a reload lands where the teacher
// was: ?teach=<class id> (console), ?debrief=<class id> (class debrief), ?projector=<class id>
// with #key=<projector key> (the big screen; the key stays in the fragment, out of server logs).

export type ClassScene = 'ClassSetup' | 'ClassHost' | 'ClassProjector' | 'ClassDebrief';

function params(): URLSearchParams {
  return new URLSearchParams(globalThis.location?.search ?? '');
}

/** The scene a fresh page load should open, or null for the normal Home. */
export function classroomEntry(): ClassScene | null {
  const p = params();
  if (p.has('projector')) return 'ClassProjector';
  if (p.has('debrief')) return 'ClassDebrief';
  if (p.has('teach')) {
    const id = p.get('teach') ?? '';
    return id && savedConsole()?.classId === id ? 'ClassHost' : 'ClassSetup';
  }
  return null;
}

export function urlClassId(name: 'teach' | 'debrief' | 'projector'): string {
  return (params().get(name) ?? '').toUpperCase();
}

export function projectorKeyFromUrl(): string {
  const hash = (globalThis.location?.hash ?? '').replace(/^#/, '');
  return new URLSearchParams(hash).get('key') ?? '';
}

/** Replaces the page's query with one classroom parameter (keeping ?lang and ?server). */
export function setClassUrl(name: 'teach' | 'debrief' | null, classId = ''): void {
  const p = params();
  const keep = new URLSearchParams();
  for (const k of ['lang', 'server']) {
    const v = p.get(k);
    if (v) keep.set(k, v);
  }
  if (name) keep.set(name, classId);
  const q = keep.toString();
  history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
}

export function projectorUrl(classId: string, viewKey: string): string {
  const server = params().get('server');
  const q = new URLSearchParams({ projector: classId });
  if (server) q.set('server', server);
  return `${location.origin}${location.pathname}?${q.toString()}#key=${encodeURIComponent(viewKey)}`;
}

/** The join link of a group: the Home screen with the code filled in. */
export function joinUrl(code: string): string {
  return `${location.origin}${location.pathname}?code=${code}`;
}

/** The host secret of a class this tab or browser knows. */
export function knownSecret(classId: string): string | null {
  const c = savedConsole();
  if (c?.classId === classId) return c.hostSecret;
  return recentClasses().find((r) => r.classId === classId)?.hostSecret ?? null;
}

/** What opens a class's data here: its host secret, else this browser's teacher key (the server's archive). */
export function knownAuth(classId: string): ClassAuth | null {
  const secret = knownSecret(classId);
  if (secret) return { secret };
  const teacherKey = savedTeacherKey();
  return teacherKey ? { teacherKey } : null;
}
