import type { ClassSession } from './session';

// Class sessions alive on this server, by id (the class room's id), for the HTTP endpoints.

const live = new Map<string, ClassSession>();

export function registerClass(session: ClassSession): void {
  live.set(session.id, session);
}

export function unregisterClass(id: string): void {
  live.delete(id);
}

export function liveClass(id: string): ClassSession | null {
  return live.get(id) ?? null;
}

export function liveClasses(): ClassSession[] {
  return [...live.values()];
}
