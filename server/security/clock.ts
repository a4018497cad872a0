// One clock for the room, the rate limiters and the cooldowns, so tests can move time forward
// instead of sleeping. The server installs it once at start (GameServerOptions.clock).

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

let current: Clock = systemClock;

export function useClock(clock: Clock): void {
  current = clock;
}

/** The clock the server runs on (read at call time, so a test's clock applies to rooms already open). */
export const serverClock: Clock = { now: () => current.now() };

/** A clock a test moves by hand. */
export class ManualClock implements Clock {
  constructor(private t: number = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}
