// Where the console keeps its class: the class id and host secret in sessionStorage (a reload of
// the tab keeps control), the teacher's recent classes in localStorage (to reopen a class's
// debrief the next day on the same laptop) and the teacher key that links the teacher's classes in
// the server's archive. Nothing here is sent anywhere but to this server.

const CONSOLE_KEY = 'computeRace.class';
const RECENT_KEY = 'computeRace.classes';
const TEACHER_KEY = 'computeRace.teacherKey';
const MAX_RECENT = 12;

export interface ConsoleCredentials {
  classId: string;
  hostSecret: string;
  viewKey: string;
}

export interface RecentClass extends ConsoleCredentials {
  title: string;
  /** Epoch ms when this browser first saw it. */
  createdAt: number;
}

function read<T>(store: Storage | undefined, key: string): T | null {
  try {
    const raw = store?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(store: Storage | undefined, key: string, value: unknown): void {
  try {
    store?.setItem(key, JSON.stringify(value));
  } catch {
    /* storage unavailable (private mode): the live connection still works */
  }
}

export function savedConsole(): ConsoleCredentials | null {
  const c = read<ConsoleCredentials>(globalThis.sessionStorage, CONSOLE_KEY);
  return c && typeof c.classId === 'string' && typeof c.hostSecret === 'string' ? c : null;
}

export function saveConsole(c: ConsoleCredentials): void {
  write(globalThis.sessionStorage, CONSOLE_KEY, c);
}

export function forgetConsole(): void {
  try {
    globalThis.sessionStorage?.removeItem(CONSOLE_KEY);
  } catch {
    /* nothing to forget */
  }
}

export function recentClasses(): RecentClass[] {
  const list = read<RecentClass[]>(globalThis.localStorage, RECENT_KEY);
  return Array.isArray(list) ? list.filter((c) => c && typeof c.classId === 'string' && typeof c.hostSecret === 'string') : [];
}

export function rememberClass(c: RecentClass): void {
  const list = recentClasses();
  const known = list.find((x) => x.classId === c.classId && x.hostSecret === c.hostSecret);
  const entry = known ? { ...known, title: c.title || known.title, viewKey: c.viewKey || known.viewKey } : c;
  const rest = list.filter((x) => x !== known);
  write(globalThis.localStorage, RECENT_KEY, [entry, ...rest].slice(0, MAX_RECENT));
}

/** The teacher key this browser creates classes under (the server's archive lists them with it). */
export function savedTeacherKey(): string | null {
  const k = read<string>(globalThis.localStorage, TEACHER_KEY);
  return typeof k === 'string' && /^[A-Za-z0-9_-]{22,128}$/.test(k) ? k : null;
}

export function saveTeacherKey(key: string): void {
  write(globalThis.localStorage, TEACHER_KEY, key);
}

export function forgetClass(classId: string): void {
  write(
    globalThis.localStorage,
    RECENT_KEY,
    recentClasses().filter((c) => c.classId !== classId),
  );
}
