// Everything shared between server, client, bots and replays.
export * from './roles';
export * from './engine/index';
export * from './orders/index';
export * from './math/index';
export { stream, noise4, pickIndex, type Stream } from './math/rng';
