import type { ClassAuth } from './api';
import { recentClasses, savedConsole, savedTeacherKey } from './storage';

// Classroom addresses (client/app/nav.ts routes them): ?teach=<class id> (console), ?debrief=<class
// id> (class debrief), ?projector=<class id> with #key=<projector key> (the big screen; the key
// stays in the fragment, out of server logs), and which secret opens a class here.

function params(): URLSearchParams {
  return new URLSearchParams(globalThis.location?.search ?? '');
}

export function projectorKeyFromUrl(): string {
  const hash = (globalThis.location?.hash ?? '').replace(/^#/, '');
  return new URLSearchParams(hash).get('key') ?? '';
}

export function projectorUrl(classId: string, viewKey: string): string {
  const server = params().get('server');
  const q = new URLSearchParams({ projector: classId });
  if (server) q.set('server', server);
  return `${location.origin}${location.pathname}?${q.toString()}#key=${encodeURIComponent(viewKey)}`;
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
