import { describe, expect, it, vi } from 'vitest';
import { StaggeredHeartbeat, StaggeredPingTransport, type PingedSocket } from '../../server/heartbeat';
import { boot, createMatch, serverForFile } from './helpers';

const PORT = 2612;
const b = serverForFile(() => boot(PORT));

// The heartbeat that finds unresponsive connections (server/heartbeat.ts): Colyseus's rule (a ping
// an interval, terminated after 2 unanswered), but each tick pings only a slice of the clients.

interface FakeSocket extends PingedSocket {
  pings: number;
  terminated: boolean;
  answers: boolean;
}

function socket(answers = true): FakeSocket {
  const s: FakeSocket = {
    pings: 0,
    terminated: false,
    answers,
    pingCount: 0,
    ping() {
      s.pings++;
      // ws-transport's pong handler resets the count.
      if (s.answers) s.pingCount = 0;
    },
    terminate() {
      s.terminated = true;
    },
  };
  return s;
}

describe('staggered heartbeat', () => {
  it('pings a slice of the clients per tick and every client once per pass of 30 ticks', () => {
    const clients = new Set(Array.from({ length: 4000 }, () => socket()));
    const beat = new StaggeredHeartbeat(clients, 2);
    beat.tick();
    const afterOne = [...clients].filter((c) => c.pings > 0).length;
    expect(afterOne).toBe(Math.ceil(4000 / 30));
    for (let i = 1; i < 30; i++) beat.tick();
    expect([...clients].every((c) => c.pings === 1)).toBe(true);
    // The next pass pings everyone again, and takes 30 ticks too.
    for (let i = 0; i < 30; i++) beat.tick();
    expect([...clients].every((c) => c.pings === 2)).toBe(true);
  });

  it('terminates a client that left two pings unanswered, and only that one', () => {
    const silent = socket(false);
    const fine = socket(true);
    const clients = new Set<FakeSocket>([fine, silent]);
    const beat = new StaggeredHeartbeat(clients, 2);
    const pass = () => {
      for (let i = 0; i < 3; i++) beat.tick();
    };
    pass();
    pass();
    expect(silent.pings).toBe(2);
    expect(silent.terminated).toBe(false);
    pass();
    expect(silent.terminated).toBe(true);
    expect(fine.terminated).toBe(false);
    expect(fine.pings).toBe(3);
  });

  it('goes on when clients join and leave during a pass', () => {
    const first = Array.from({ length: 60 }, () => socket());
    const clients = new Set(first);
    const beat = new StaggeredHeartbeat(clients, 2);
    beat.tick();
    for (const c of first.slice(0, 30)) clients.delete(c);
    const late = socket();
    clients.add(late);
    for (let i = 0; i < 40; i++) beat.tick();
    expect(late.pings).toBeGreaterThan(0);
    expect(first.slice(30).every((c) => c.pings >= 1)).toBe(true);
  });
});

describe('the game server', () => {
  it('runs the staggered heartbeat in place of Colyseus\'s ping loop, and it pings its clients', async () => {
    expect(b.game.server.transport).toBeInstanceOf(StaggeredPingTransport);
    const tick = vi.spyOn(StaggeredHeartbeat.prototype, 'tick');
    const host = await createMatch(PORT, { name: 'Ada', role: 'openai' });
    // A tick every 100 ms: within 3 s the new client has been pinged (ws answers with a pong itself).
    await vi.waitFor(() => expect(tick).toHaveBeenCalled(), { timeout: 3_000 });
    tick.mockRestore();
    await host.room.leave();
  });
});
