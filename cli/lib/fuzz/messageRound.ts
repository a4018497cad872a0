import { C2S } from '../../../shared/protocol';
import { hostileMessage, rngFor } from './random';
import { ALL_BOTS_BUT_TWO, call, createPlayer, joinPlayer, leave, playQuarter, type FuzzPlayer } from './players';
import { startChildServer } from './server';

// Message fuzz: hostile clients (spectators in an honest match, and the host of a room of their
// own) send random messages of every type and shape, just under the rate limit, while two honest
// players play the match to its end. Contained when the server lives, the honest players finish
// every quarter and see the same hash, and the room still answers.

export interface MessageRoundResult {
  sent: number;
  refused: number;
  hostileDisconnects: number;
  /** Hostile clients that came back after the server closed them. */
  rejoins: number;
  /** WebSocket close codes of the hostile clients the server closed (1009: frame too large, 4xxx: Colyseus). */
  closeCodes: Record<string, number>;
  quarters: number;
  hashesAgree: boolean;
  serverAlive: boolean;
  seconds: number;
  problems: string[];
}

export async function messageRound(port: number, opts: { messages: number; hostiles: number; quarters: number; seed: string; maxSeconds: number }): Promise<MessageRoundResult> {
  const started = performance.now();
  // All clients share 127.0.0.1 here: the per-address message limit is tested on its own (floods).
  const server = await startChildServer(port, { COMPUTE_RACE_MESSAGES_PER_IP_PER_SECOND: '100000' });
  const problems: string[] = [];
  let sent = 0;
  /** Errors the hostile clients received (every connection, including those later closed). */
  let answered = 0;
  let refused = 0;
  let disconnects = 0;
  const closeCodes: Record<string, number> = {};
  const hostiles: FuzzPlayer[] = [];
  let finished = false;
  let rejoins = 0;
  try {
    const settings = { seed: opts.seed, quarters: opts.quarters, planningSeconds: 0, resultsSeconds: 0, seats: ALL_BOTS_BUT_TWO };
    const ann = await createPlayer(server.url, { settings, name: 'Ann', role: 'openai' });
    const code = ann.session().code;
    const bob = await joinPlayer(server.url, code, { name: 'Bob', role: 'meta' });
    const watch = (h: FuzzPlayer): FuzzPlayer => {
      h.room.onMessage('error', () => (answered += 1));
      h.room.onLeave((closeCode) => {
        if (finished) return;
        disconnects += 1;
        closeCodes[closeCode] = (closeCodes[closeCode] ?? 0) + 1;
      });
      return h;
    };
    // Hostile 0 hosts a room of its own (its host commands are garbage too); the others watch the honest match.
    hostiles.push(watch(await createPlayer(server.url, { settings: { seed: `${opts.seed}-h` } })));
    for (let i = 1; i < opts.hostiles; i++) hostiles.push(watch(await joinPlayer(server.url, code, {})));
    const deadline = started + opts.maxSeconds * 1000;

    const hostile = async (start: FuzzPlayer, i: number) => {
      let h = start;
      const rng = rngFor(`${opts.seed}-${i}`);
      const share = Math.ceil(opts.messages / hostiles.length);
      for (let n = 0; n < share && performance.now() < deadline; ) {
        // A connection the server closed (an undecodable frame) comes back, so the fuzz goes on.
        if (!h.room.connection.isOpen) {
          // Hostile 0's own room closed with its last client: it opens another one.
          h = watch(i === 0 ? await createPlayer(server.url, { settings: { seed: `${opts.seed}-h${rejoins}` } }) : await joinPlayer(server.url, code, {}));
          hostiles[i] = h;
          rejoins += 1;
        }
        // 18 a second: under the per-connection limit, so every message reaches the checks.
        for (let k = 0; k < 18 && n < share; k++, n++) {
          const m = hostileMessage(rng);
          try {
            h.room.send(m.type, m.payload);
            sent += 1;
          } catch {
            // The SDK refuses some values itself (e.g. an encoding it cannot do): not sent.
          }
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    const honest = (async () => {
      mustAccept(await call(ann, C2S.host, { command: 'start', force: true }), 'start');
      for (let q = 0; q < opts.quarters; q++) await playQuarter([ann, bob], q);
    })();
    await Promise.all([honest, ...hostiles.map(hostile)]);
    await new Promise((r) => setTimeout(r, 500));
    finished = true;
    refused = answered;
    const closedByServer = disconnects;
    const codesByServer = { ...closeCodes };
    const quarters = ann.hashes.filter(Boolean).length;
    const hashesAgree = quarters === opts.quarters && ann.hashes.every((h, q) => h === bob.hashes[q]);
    if (!hashesAgree) problems.push(`honest players finished ${quarters}/${opts.quarters} quarters or saw different hashes`);
    const info = (await (await fetch(`${server.url}/api/rooms/${code}`)).json()) as { phase?: string };
    if (info.phase !== 'debrief') problems.push(`the honest room is in phase '${info.phase}', not debrief`);
    if (!server.alive()) problems.push('the server died');
    for (const p of [ann, bob, ...hostiles]) await leave(p);
    return { sent, refused, hostileDisconnects: closedByServer, rejoins, closeCodes: codesByServer, quarters, hashesAgree, serverAlive: server.alive(), seconds: (performance.now() - started) / 1000, problems };
  } catch (err) {
    problems.push(`round failed: ${(err as Error).message}`);
    return { sent, refused, hostileDisconnects: disconnects, rejoins, closeCodes, quarters: 0, hashesAgree: false, serverAlive: server.alive(), seconds: (performance.now() - started) / 1000, problems };
  } finally {
    const crashed = !server.alive();
    await server.stop();
    if (crashed) problems.push(`server output:\n${server.output().slice(-2000)}`);
  }
}

function mustAccept(r: { ok: boolean; payload: unknown }, what: string): void {
  if (!r.ok) throw new Error(`${what} refused: ${JSON.stringify(r.payload)}`);
}
