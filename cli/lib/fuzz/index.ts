import { crashRound, type CrashRoundResult } from './crashRound';
import { floodRound, type FloodRoundResult } from './floodRound';
import { httpRound, type HttpRoundResult } from './httpRound';
import { messageRound, type MessageRoundResult } from './messageRound';

// The project's hostile-client suite (`npm run fuzz`): four rounds, each on fresh server
// processes, each bounded in count and time, each saying what it found.

export interface FuzzOptions {
  port: number;
  seed: string;
  messages: number;
  hostiles: number;
  quarters: number;
  httpRequests: number;
  creates: number;
  sockets: number;
  idleRooms: number;
  crashes: number;
  maxSeconds: number;
}

export const FUZZ_SIZES: Record<'small' | 'full', Omit<FuzzOptions, 'port' | 'seed'>> = {
  small: { messages: 1500, hostiles: 6, quarters: 4, httpRequests: 300, creates: 300, sockets: 260, idleRooms: 50, crashes: 1, maxSeconds: 60 },
  full: { messages: 50_000, hostiles: 20, quarters: 8, httpRequests: 5000, creates: 10_000, sockets: 1000, idleRooms: 300, crashes: 3, maxSeconds: 300 },
};

export interface FuzzReport {
  messages: MessageRoundResult;
  http: HttpRoundResult;
  floods: FloodRoundResult;
  crash: CrashRoundResult;
  problems: string[];
}

export async function runFuzz(o: FuzzOptions, log: (line: string) => void = () => undefined): Promise<FuzzReport> {
  log(`message fuzz: ${o.messages} hostile messages from ${o.hostiles} clients during a ${o.quarters}-quarter match…`);
  const messages = await messageRound(o.port, { messages: o.messages, hostiles: o.hostiles, quarters: o.quarters, seed: o.seed, maxSeconds: o.maxSeconds });
  log(`HTTP abuse: ${o.httpRequests} requests…`);
  const http = await httpRound(o.port, { requests: o.httpRequests, seed: o.seed });
  log(`floods: ${o.creates} anonymous creates, ${o.sockets} sockets, a message flood, ${o.idleRooms} idle rooms measured…`);
  const floods = await floodRound(o.port, { creates: o.creates, sockets: o.sockets, idleRooms: o.idleRooms });
  log(`crash and restart: ${o.crashes} × kill -9…`);
  const crash = await crashRound(o.port, { crashes: o.crashes, seed: o.seed });
  return { messages, http, floods, crash, problems: [...messages.problems, ...http.problems, ...floods.problems, ...crash.problems] };
}

export function formatReport(r: FuzzReport): string[] {
  const m = r.messages;
  const h = r.http;
  const f = r.floods;
  const c = r.crash;
  return [
    `message fuzz   ${m.sent} sent, ${m.refused} refused with an error, ${m.hostileDisconnects} hostile connections closed by the server (close codes ${JSON.stringify(m.closeCodes)}, each came back); honest players ${m.quarters} quarters, hashes ${m.hashesAgree ? 'equal' : 'DIFFER'}; server ${m.serverAlive ? 'up' : 'CRASHED'} (${m.seconds.toFixed(1)} s)`,
    `HTTP abuse     ${h.requests} requests: ${Object.entries(h.byStatus).map(([s, n]) => `${s}×${n}`).join(' ')}; 5xx ${h.serverErrors}, stack traces ${h.stackTraces}; server ${h.serverAlive ? 'up' : 'CRASHED'} (${h.seconds.toFixed(1)} s)`,
    `create flood   ${f.creates} anonymous creates: ${f.createdRooms} rooms, ${f.refusedCreates} refused (429), ${f.otherCreateAnswers} other; RSS ${f.rssAfterMb.toFixed(0)} MB; /health during it median ${f.healthMedianMs.toFixed(1)} ms (max ${f.healthMaxMs.toFixed(1)} ms), after it ${f.healthAfterMs.toFixed(1)} ms`,
    `socket flood   ${f.sockets} WebSockets from one address: ${f.refusedSockets} refused`,
    `message flood  flooder ${f.flooderClosed ? 'closed' : 'NOT closed'}, its address ${f.flooderCooledDown ? 'cooling down' : 'NOT cooling down'}`,
    `idle room      ${f.idleRoomKb.toFixed(0)} KB of RSS each`,
    `crash/restart  ${c.crashes} × kill -9: ${c.restored} restored, ${c.quarters} quarters played, ${c.lostQuarters} resolved quarters lost, hashes ${c.hashesAgree ? 'equal' : 'DIFFER'} (${c.seconds.toFixed(1)} s)`,
    r.problems.length ? `PROBLEMS (${r.problems.length}):\n  ${r.problems.join('\n  ')}` : 'contained: no crash, no 5xx, no stack trace, honest play unaffected',
  ];
}
