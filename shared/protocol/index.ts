// The match room's wire protocol, shared by server and client. See docs/PROTOCOL.md.
export * from './messages';
export * from './errors';
export * from './settings';
export * from './names';
