import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { C2S } from '../../../shared/protocol';
import { ALL_BOTS_BUT_TWO, call, createPlayer, joinPlayer, leave, playQuarter, stateOf, until, type FuzzPlayer } from './players';
import { startChildServer, type ChildServer } from './server';

// Crash and restart: two players play a stored match; the server process is killed with SIGKILL
// between quarters, started again on the same data, and the players come back with their seat
// tokens. Contained when the match comes back under its code with every resolved quarter, plays
// to its end, and both players saw the same hash for every quarter.

export interface CrashRoundResult {
  crashes: number;
  restored: number;
  quarters: number;
  lostQuarters: number;
  hashesAgree: boolean;
  seconds: number;
  problems: string[];
}

export async function crashRound(port: number, opts: { crashes: number; seed: string }): Promise<CrashRoundResult> {
  const started = performance.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-fuzz-crash-'));
  const quarters = Math.max(4, opts.crashes + 2);
  const problems: string[] = [];
  let server: ChildServer = await startChildServer(port, {}, dataDir);
  let restored = 0;
  let lost = 0;
  const hashes: { ann: string[]; bob: string[] } = { ann: [], bob: [] };
  let players: FuzzPlayer[] = [];
  try {
    const settings = { seed: opts.seed, quarters, planningSeconds: 0, resultsSeconds: 0, seats: ALL_BOTS_BUT_TWO };
    let ann = await createPlayer(server.url, { settings, name: 'Ann', role: 'openai' });
    const code = ann.session().code;
    let bob = await joinPlayer(server.url, code, { name: 'Bob', role: 'meta' });
    players = [ann, bob];
    const secrets = { host: ann.session().hostSecret!, ann: ann.session().seatToken!, bob: bob.session().seatToken! };
    if (!(await call(ann, C2S.host, { command: 'start', force: true })).ok) throw new Error('start refused');
    for (let q = 0; q < quarters; q++) {
      await playQuarter([ann, bob], q);
      ann.hashes.forEach((h, i) => h && (hashes.ann[i] = h));
      bob.hashes.forEach((h, i) => h && (hashes.bob[i] = h));
      if (q < opts.crashes) {
        // Killed with both players connected, as a crash finds them.
        await server.kill9();
        for (const p of players) await leave(p);
        server = await startChildServer(port, {}, dataDir);
        if (server.output().includes(code)) restored += 1;
        else problems.push(`crash ${q + 1}: match ${code} was not restored`);
        ann = await joinPlayer(server.url, code, { seatToken: secrets.ann, hostSecret: secrets.host });
        bob = await joinPlayer(server.url, code, { seatToken: secrets.bob });
        players = [ann, bob];
        await until('the restored match', () => typeof stateOf(ann.room).quarter === 'number');
        const back = stateOf(ann.room).quarter as number;
        if (back < q + 1) lost += q + 1 - back;
      }
    }
    const agree = hashes.ann.length === quarters && hashes.ann.every((h, i) => h === hashes.bob[i]);
    if (!agree) problems.push(`the players saw ${hashes.ann.length}/${quarters} quarters or different hashes`);
    if (lost) problems.push(`${lost} resolved quarters were lost`);
    return { crashes: opts.crashes, restored, quarters: hashes.ann.filter(Boolean).length, lostQuarters: lost, hashesAgree: agree, seconds: (performance.now() - started) / 1000, problems };
  } catch (err) {
    problems.push(`round failed: ${(err as Error).message}\n${server.output().slice(-1500)}`);
    return { crashes: opts.crashes, restored, quarters: hashes.ann.length, lostQuarters: lost, hashesAgree: false, seconds: (performance.now() - started) / 1000, problems };
  } finally {
    for (const p of players) await leave(p);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
