import { at } from '../../../shared/lists';
import { connect } from 'node:net';
import { rngFor } from './random';
import { pooled, startChildServer } from './server';

// HTTP abuse: malformed URLs and request lines, wrong methods, bodies that are not JSON or far
// too large, lying Content-Length, traversal paths, junk matchmaking calls and uploads. Contained
// when no answer is a 5xx, none carries a stack trace, and the server lives.

const STACK = /\bat .+\(?[^\s()]+:\d+:\d+\)?/;

export interface HttpRoundResult {
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: number;
  stackTraces: number;
  serverAlive: boolean;
  seconds: number;
  problems: string[];
}

type Probe = () => Promise<{ status: number; body: string }>;

function probes(url: string, port: number): Probe[] {
  const get = (path: string, init: RequestInit = {}): Probe => async () => {
    const res = await fetch(`${url}${path}`, init);
    return { status: res.status, body: await res.text() };
  };
  const raw = (text: string): Probe => () =>
    new Promise((resolve) => {
      const s = connect(port, '127.0.0.1');
      let out = '';
      s.on('data', (d: Buffer) => (out += d.toString()));
      s.on('error', () => resolve({ status: 0, body: out }));
      s.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(out)?.[1] ?? 0), body: out }));
      s.setTimeout(3000, () => s.destroy());
      s.end(text);
    });
  const post = (path: string, body: string, headers: Record<string, string> = {}) => get(path, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
  return [
    get('/api/rooms/%E0%A4%A'),
    get('/%'),
    get('/assets/%2e%2e/%2e%2e/package.json'),
    get('/../../../../etc/passwd'),
    get('/api/rooms/' + 'A'.repeat(5000)),
    get('/api/records?page=-1&pageSize=1e9'),
    get('/api/records/' + '%00'.repeat(20)),
    get('/api/classes/ABCDEF', { headers: { 'x-class-secret': 'x'.repeat(5000) } }),
    get('/health', { method: 'DELETE' }),
    get('/api/catalogue', { method: 'PUT', body: '{}' }),
    post('/matchmake/create/match', '{"settings":'),
    post('/matchmake/create/match', JSON.stringify({ settings: { quarters: 1e9, seats: { openai: { kind: 'x' } } }, __proto__: { admin: true } })),
    post('/matchmake/create/match', '[' + '['.repeat(5000) + ']'.repeat(5000) + ']'),
    post('/matchmake/create/class', JSON.stringify({ groups: 1e6 })),
    post('/matchmake/joinOrCreate/match', '{}'),
    post('/matchmake/joinById/ZZZZZZ', '{"seatToken":"x"}'),
    post('/matchmake/reconnect/ZZZZZZ', '{}'),
    post('/matchmake/create/__proto__', '{}'),
    post('/matchmake/constructor/match', '{}'),
    post('/api/records', 'not json at all'),
    post('/api/records', '{"format":"compute-race-match","formatVersion":99}'),
    post('/api/records/ABCDEFGH/fork', '{"quarter":"x"}'),
    post('/api/records', 'x', { 'Content-Length': '999999999' }),
    raw('GET /%%% HTTP/1.1\r\nHost: x\r\n\r\n'),
    raw('BREW /coffee HTCPCP/1.0\r\n\r\n'),
    raw('GET / HTTP/1.1\r\nHost: x\r\n' + 'X-Junk: y\r\n'.repeat(2000) + '\r\n'),
    raw('POST /api/records HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc'),
  ];
}

export async function httpRound(port: number, opts: { requests: number; seed: string }): Promise<HttpRoundResult> {
  const started = performance.now();
  // The abuse comes from one address: the request budget is raised so most probes reach the routes.
  const server = await startChildServer(port, { COMPUTE_RACE_HTTP_PER_IP_PER_MINUTE: '1000000' });
  const list = probes(server.url, port);
  const rng = rngFor(opts.seed);
  const byStatus: Record<string, number> = {};
  let serverErrors = 0;
  let stackTraces = 0;
  const problems: string[] = [];
  const order = Array.from({ length: opts.requests }, (_, i) => (i < list.length ? i : Math.floor(rng() * list.length)));
  try {
    await pooled(order, 16, async (i) => {
      const r = await at(list, i, 'HTTP probe')().catch(() => ({ status: 0, body: '' }));
      byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      if (r.status >= 500) {
        serverErrors += 1;
        if (serverErrors <= 3) problems.push(`probe ${i} got ${r.status}: ${r.body.slice(0, 200)}`);
      }
      if (STACK.test(r.body)) {
        stackTraces += 1;
        if (stackTraces <= 3) problems.push(`probe ${i} answered with a stack trace: ${r.body.slice(0, 300)}`);
      }
    });
  } finally {
    if (!server.alive()) problems.push('the server died');
    await server.stop();
  }
  return { requests: opts.requests, byStatus, serverErrors, stackTraces, serverAlive: problems.every((p) => p !== 'the server died'), seconds: (performance.now() - started) / 1000, problems };
}
