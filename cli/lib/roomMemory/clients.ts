import { ROLES } from '../../../shared/roles';
import { sdkClient } from '../loadtest/client';

// Child process of cli/bench-room-memory.ts: creates ROOMS match rooms on the server at URL, one
// SDK client each, waiting in the lobby; prints READY and keeps them open until it is killed.

const rooms = Number(process.env.ROOMS);
const url = process.env.URL!;
const open: unknown[] = [];
for (let i = 0; i < rooms; i++) {
  open.push(await sdkClient(url).create('match', { name: 'Idle', role: ROLES[0], settings: { quarters: 8 } }));
}
console.log('READY');
setInterval(() => undefined, 60_000);
