import { useEffect, useState } from 'preact/hooks';
import { Client, type Room } from '@colyseus/sdk';
import { serverEndpoint } from '../../net/session';
import { MatchMirror } from '../../state/mirror';
import type { MatchSnapshot } from '../../state/model';

// The projector's view of one group live: its match room joined as a spectator (public state
// only), as a snapshot that follows every patch; left when the teacher switches away.

export function useSpectator(code: string): MatchSnapshot | null {
  const [snap, setSnap] = useState<MatchSnapshot | null>(null);
  useEffect(() => {
    setSnap(null);
    if (!code) return;
    let room: Room | null = null;
    let live = true;
    new Client(serverEndpoint())
      .joinById(code, {})
      .then((r) => {
        if (!live) return void r.leave(true).catch(() => undefined);
        room = r;
        r.onMessage('*', () => undefined);
        // Shown once the reports counted in the state have arrived (they follow the join).
        const show = () => {
          if (live && r.state && mirror.reportsComplete) setSnap(mirror.snapshot(null));
        };
        const mirror = new MatchMirror(r, { caughtUp: show, problem: show });
        r.onStateChange(show);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (room) void room.leave(true).catch(() => undefined);
    };
  }, [code]);
  return snap;
}
