// Schema classes of the `match` room's state. The client may `import type` these.
export * from './MatchState';
export * from './company';
export * from './market';
export * from './seat';
