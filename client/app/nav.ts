import { signal, type ReadonlySignal } from '@preact/signals';

// Where the app is when it is not in a match room, kept in the page's query string so a reload,
// a shared link or a QR code lands on the same screen: `?replays`, `?replay=<id>`, `?teach=<class>`
// (setup, then the console), `?projector=<class>#key=<view key>` (the key stays in the fragment,
// out of server logs), `?debrief=<class>`, `?join=<code>` (a student's one-step join page) and
// `?code=<code>` (Home with the code filled in). `?lang` and `?server` are kept across moves.

export type Screen =
  | { name: 'home'; code?: string }
  | { name: 'replays' }
  | { name: 'replay'; id: string }
  | { name: 'classSetup' }
  | { name: 'classHost'; classId: string }
  | { name: 'classProjector'; classId: string }
  | { name: 'classDebrief'; classId: string }
  | { name: 'join'; code: string };

const KEPT = ['lang', 'server'] as const;

export function screenFromUrl(search: string): Screen {
  const p = new URLSearchParams(search);
  const upper = (k: string) => (p.get(k) ?? '').trim().toUpperCase();
  if (p.has('projector')) return { name: 'classProjector', classId: upper('projector') };
  if (p.has('debrief')) return { name: 'classDebrief', classId: upper('debrief') };
  if (p.has('teach')) return upper('teach') ? { name: 'classHost', classId: upper('teach') } : { name: 'classSetup' };
  if (p.has('join')) return { name: 'join', code: upper('join') };
  if (p.has('replay')) return { name: 'replay', id: p.get('replay') ?? '' };
  if (p.has('replays')) return { name: 'replays' };
  const code = upper('code');
  return code ? { name: 'home', code } : { name: 'home' };
}

export function urlForScreen(s: Screen, search: string): string {
  const now = new URLSearchParams(search);
  const q = new URLSearchParams();
  for (const k of KEPT) {
    const v = now.get(k);
    if (v) q.set(k, v);
  }
  switch (s.name) {
    case 'home':
      if (s.code) q.set('code', s.code);
      break;
    case 'replays':
      q.set('replays', '');
      break;
    case 'replay':
      q.set('replay', s.id);
      break;
    case 'classSetup':
      q.set('teach', '');
      break;
    case 'classHost':
      q.set('teach', s.classId);
      break;
    case 'classProjector':
      q.set('projector', s.classId);
      break;
    case 'classDebrief':
      q.set('debrief', s.classId);
      break;
    case 'join':
      q.set('join', s.code);
      break;
  }
  const str = q.toString().replace(/=(&|$)/g, '$1');
  return str ? `?${str}` : '?';
}

const screenSignal = signal<Screen>(screenFromUrl(globalThis.location?.search ?? ''));

/** The screen shown outside a match room. */
export const screen: ReadonlySignal<Screen> = screenSignal;

/** Moves to a screen (a new history entry, so Back returns). `replace` rewrites the current one. */
export function go(next: Screen, opts: { replace?: boolean; hash?: string } = {}): void {
  const url = `${location.pathname}${urlForScreen(next, location.search)}${opts.hash ?? ''}`;
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  screenSignal.value = next;
}

globalThis.addEventListener?.('popstate', () => {
  screenSignal.value = screenFromUrl(location.search);
});

/**
 * A view may hold the screen for a moment against the match phase (the final quarter's results
 * before the debrief): while it names a view, App keeps showing that view.
 */
export const holdRoute = signal<'results' | null>(null);
