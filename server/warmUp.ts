import { createMatchRoom } from './room/create';

// A process's first match room costs about 100 ms more than the next ones (modules, validators
// and schema reflection initialise on first use), and that first request would hold every other
// request for as long. Pay it at startup: open a lobby room nobody can reach yet and close it.
// A lobby that never started leaves no record behind.
export async function warmUp(): Promise<void> {
  const room = await createMatchRoom({});
  await room.disconnect();
}
