// Setting a room up is synchronous CPU work (the engine's first state and its schema mirror: 5-15
// ms). A burst of create requests handled back to back would hold the event loop for all of them,
// and a health check or a player's message would wait behind the whole burst. Each creation waits
// for its turn instead: the next one starts only after the event loop has seen pending I/O.

let last: Promise<void> = Promise.resolve();

export function creationTurn(): Promise<void> {
  const turn = last.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  last = turn;
  return turn;
}
