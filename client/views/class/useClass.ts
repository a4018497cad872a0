import { useEffect, useState } from 'preact/hooks';
import type { ClassConnection, ClassConnectionState, ClassView } from '../../classroom/connection';
import { shareBase, type ShareBase } from '../../classroom/links';
import { fetchJoinBase } from '../../classroom/roomInfo';

// Hooks of the class screens: the class room's state as it changes, a clock for the timers, and
// where the links handed to students point.

export interface ClassLive {
  view: ClassView | null;
  state: ClassConnectionState;
}

/** Re-renders on every change of the class room (patches, connection state). */
export function useClassLive(conn: ClassConnection | null): ClassLive {
  const [, bump] = useState(0);
  useEffect(() => (conn ? conn.on(() => bump((n) => n + 1)) : undefined), [conn]);
  return { view: conn?.view ?? null, state: conn?.state ?? 'connecting' };
}

/** The time now, refreshed every `ms` (timers count down without a patch from the server). */
export function useNow(ms = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

let lanCache: Promise<string | null> | null = null;

/** Where join links point (the LAN address when this page runs on loopback); null until known. */
export function useShareBase(): ShareBase | null {
  const [base, setBase] = useState<ShareBase | null>(null);
  useEffect(() => {
    let live = true;
    lanCache ??= fetchJoinBase();
    void lanCache.then((joinBase) => {
      if (live) setBase(shareBase(location, joinBase));
    });
    return () => {
      live = false;
    };
  }, []);
  return base;
}
