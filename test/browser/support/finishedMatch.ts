import { applyHostCommand, createMatchRoom } from '../../../server';

/** Plays an all-bot match to its end on the running server, so it is stored as a finished record. */
export async function finishedMatch(seed: string, quarters: number): Promise<void> {
  const bots = { openai: { kind: 'bot' as const }, meta: { kind: 'bot' as const }, microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } };
  const room = await createMatchRoom({ settings: { seed, quarters, planningSeconds: 0, resultsSeconds: 0, seats: bots }, autoDispose: false });
  applyHostCommand(room.match, { command: 'start' });
  for (let q = 0; q < quarters; q++) {
    applyHostCommand(room.match, { command: 'resolveNow' });
    if (q < quarters - 1) applyHostCommand(room.match, { command: 'next' });
  }
  await room.disconnect();
}
