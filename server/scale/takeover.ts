import { matchMaker } from '@colyseus/core';

// When a server process dies (kill -9, a crashed machine) or shuts down, the matches it was
// playing are taken over by the processes still running: their rows in the shared store are free
// again (the dead process's database session, and with it its lock on each match, is gone), and the
// next restore here reopens them under the same code with the same seats, from their record. The
// players come back with their seat tokens through any process.
//
// A process stopping gracefully says so (PROCESS_LEFT_TOPIC); one that dies is seen leaving when its
// Colyseus channel (p:<processId>) disappears from the presence, or when it is still counted but does
// not answer Colyseus's health check. Then the restore runs on the next few ticks (the database may free the locks a
// moment later than Redis sees the process go). A slow periodic restore also catches matches
// released in any other way.

export interface TakeoverDeps {
  /** Claims and reopens the live matches no process holds; returns the codes reopened here. */
  restore(): Promise<string[]>;
  /** Brings back, on this process, the class consoles of the groups just reopened here. */
  restoreClasses(codes: ReadonlySet<string>): Promise<void>;
}

export interface TakeoverOptions {
  /** How often the process list is looked at (ms). */
  tickMs?: number;
  /** How many ticks the restore runs after a process left. */
  ticksAfterLeave?: number;
  /** A restore at least this often whatever happens (ms). */
  fallbackMs?: number;
}

export const TAKEOVER_TICK_MS = 2000;

/**
 * Processes seen leaving since the last look: a Colyseus channel (p:<processId>) gone, or a process
 * still counted in the shared stats without its channel that does not answer Colyseus's health
 * check (which also removes its room listings, so joins stop being sent there).
 */
async function processesGone(known: Set<string> | null): Promise<{ now: Set<string>; gone: string[] }> {
  const now = new Set((await matchMaker.presence.channels('p:*')).map((c) => c.slice(2)));
  const gone = known ? [...known].filter((id) => !now.has(id)) : [];
  for (const { processId } of await matchMaker.stats.fetchAll()) {
    if (processId === matchMaker.processId || now.has(processId) || gone.includes(processId)) continue;
    if (!(await matchMaker.healthCheckProcessId(processId))) gone.push(processId);
  }
  return { now, gone };
}

/** Where a process stopping gracefully says so, so the others take its matches over at once. */
export const PROCESS_LEFT_TOPIC = 'cr:process-left';

/** A process stopping gracefully tells the others (its matches are released as it closes its store). */
export function announceLeaving(): void {
  Promise.resolve(matchMaker.presence.publish(PROCESS_LEFT_TOPIC, matchMaker.processId)).catch(() => undefined);
}

export function startTakeover(deps: TakeoverDeps, options: TakeoverOptions = {}): () => void {
  const tickMs = options.tickMs ?? TAKEOVER_TICK_MS;
  const ticksAfterLeave = options.ticksAfterLeave ?? 5;
  const fallbackMs = options.fallbackMs ?? 30_000;
  let known: Set<string> | null = null;
  /** Processes that announced their stop: their matches are free once their channel is gone (rooms drained, store closed). */
  const stopping = new Set<string>();
  let pending = 0;
  let lastRestore = Date.now();
  let busy = false;
  let stopped = false;
  /** Said once per kind of failure (Redis or the database away), not every tick. */
  let lastProblem = '';

  const tick = async () => {
    const { now, gone } = await processesGone(known);
    known = now;
    for (const id of stopping) {
      if (now.has(id)) continue;
      stopping.delete(id);
      pending = ticksAfterLeave;
    }
    for (const id of gone) {
      console.log(`[cluster] server process ${id} left: taking over the matches it was playing`);
      pending = ticksAfterLeave;
    }
    if (pending === 0 && Date.now() - lastRestore < fallbackMs) return;
    pending = Math.max(0, pending - 1);
    lastRestore = Date.now();
    // Not stopping at the first success: a stopping process releases its matches as it closes its store.
    const codes = await deps.restore();
    if (codes.length) await deps.restoreClasses(new Set(codes));
  };

  const onLeft = (processId: unknown) => {
    if (processId === matchMaker.processId || stopped) return;
    console.log(`[cluster] server process ${String(processId)} is stopping: taking over the matches it was playing`);
    stopping.add(String(processId));
    pending = ticksAfterLeave;
  };
  void matchMaker.presence.subscribe(PROCESS_LEFT_TOPIC, onLeft);

  const timer = setInterval(() => {
    if (busy || stopped || matchMaker.state !== matchMaker.MatchMakerState.READY) return;
    busy = true;
    tick()
      .then(() => (lastProblem = ''))
      .catch((err: unknown) => {
        const problem = (err as Error)?.message ?? String(err);
        if (problem !== lastProblem) console.error(`[cluster] looking for matches to take over failed (tried again every ${tickMs / 1000} s): ${problem}`);
        lastProblem = problem;
      })
      .finally(() => (busy = false));
  }, tickMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
    Promise.resolve(matchMaker.presence.unsubscribe(PROCESS_LEFT_TOPIC, onLeft)).catch(() => undefined);
  };
}
