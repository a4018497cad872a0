import { signal, type ReadonlySignal } from '@preact/signals';
import type { SessionPayload } from '../../shared/protocol';
import { getLocale, onLocaleChange, type Locale } from '../i18n';
import { session, type ConnectionState } from '../net/session';
import type { MatchSnapshot } from '../state/model';

// The session as signals: a view that reads `snap.value` re-renders when the match changes,
// whenever the change arrives (a seat given a moment after joining included).

const snapSignal = signal<MatchSnapshot | null>(session.snapshot);
const seatSignal = signal<SessionPayload | null>(session.info);
const connSignal = signal<ConnectionState>(session.connection);
const inRoomSignal = signal<boolean>(!!session.room);
const localeSignal = signal<Locale>(getLocale());

function sync(): void {
  snapSignal.value = session.snapshot;
  seatSignal.value = session.info ? { ...session.info } : null;
  inRoomSignal.value = !!session.room;
}

session.on('change', sync);
session.on('connection', (state) => {
  connSignal.value = state;
  sync();
});
onLocaleChange((l) => {
  localeSignal.value = l;
});

/** The match as this client sees it (null outside a match). */
export const snap: ReadonlySignal<MatchSnapshot | null> = snapSignal;
/** This client's seat, role, host flag and code (null before the server said). */
export const seatInfo: ReadonlySignal<SessionPayload | null> = seatSignal;
/** The connection to the match room. */
export const conn: ReadonlySignal<ConnectionState> = connSignal;
/** True while this client is in a match room. */
export const inRoom: ReadonlySignal<boolean> = inRoomSignal;
/** The UI language; App reads it so every text re-renders on a switch. */
export const locale: ReadonlySignal<Locale> = localeSignal;

/** Re-reads the session (after a command that changed it without an event). */
export function refreshStore(): void {
  sync();
  connSignal.value = session.connection;
}
