import { FUZZ_SIZES, formatReport, runFuzz, type FuzzOptions } from './lib/fuzz';
import { UsageError, intFlag, parseFlags } from './lib/args';

// `npm run fuzz [-- --size small|full] [--port N] [--seed s] [--creates N] [--messages N] …`:
// the hostile-client suite (docs/SECURITY.md). Starts its own server processes on --port and
// --port+1; exits 1 when a round found a problem.

const USAGE = 'usage: npm run fuzz -- [--size small|full] [--port 2900] [--seed fuzz] [--messages N] [--hostiles N] [--quarters N] [--http N] [--creates N] [--sockets N] [--idle-rooms N] [--crashes N] [--max-seconds N]';

function options(argv: string[]): FuzzOptions {
  const f = parseFlags(argv, {
    size: 'string', port: 'string', seed: 'string', messages: 'string', hostiles: 'string', quarters: 'string',
    http: 'string', creates: 'string', sockets: 'string', 'idle-rooms': 'string', crashes: 'string', 'max-seconds': 'string',
  });
  const size = (f.size ?? 'full') as string;
  if (size !== 'small' && size !== 'full') throw new UsageError(`--size must be small or full (got '${size}')`);
  const d = FUZZ_SIZES[size];
  return {
    port: intFlag(f.port, 'port', 1024, 65534, 2900),
    seed: typeof f.seed === 'string' ? f.seed : 'fuzz',
    messages: intFlag(f.messages, 'messages', 0, 10_000_000, d.messages),
    hostiles: intFlag(f.hostiles, 'hostiles', 1, 20, d.hostiles),
    quarters: intFlag(f.quarters, 'quarters', 1, 40, d.quarters),
    httpRequests: intFlag(f.http, 'http', 0, 1_000_000, d.httpRequests),
    creates: intFlag(f.creates, 'creates', 0, 1_000_000, d.creates),
    sockets: intFlag(f.sockets, 'sockets', 0, 100_000, d.sockets),
    idleRooms: intFlag(f['idle-rooms'], 'idle-rooms', 1, 100_000, d.idleRooms),
    crashes: intFlag(f.crashes, 'crashes', 0, 100, d.crashes),
    maxSeconds: intFlag(f['max-seconds'], 'max-seconds', 5, 36_000, d.maxSeconds),
  };
}

let o: FuzzOptions;
try {
  o = options(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  console.error(`${err.message}\n${USAGE}`);
  process.exit(2);
}
const report = await runFuzz(o, (line) => console.log(line));
console.log('');
for (const line of formatReport(report)) console.log(line);
process.exit(report.problems.length ? 1 : 0);
