import { randomBytes } from 'node:crypto';
import type { AuthContext } from '@colyseus/core';
import { normalizeAddress } from './address';

// Who created a room. A room's creator (a match's first host, a class's teacher) is the client
// whose own create request made it, not whoever joins first: the static onAuth stamps the
// request's options with a fresh key before Colyseus creates the room from them, and the same
// options reach onCreate and the creator's onJoin. A key sent by a client is overwritten.

export const CREATOR_FIELD = '__creator';

export interface CreatorStamp {
  key: string;
  ip: string | null;
}

/** What a room's static onAuth returns: the client's address, kept as `client.auth`. */
export interface ClientAuth {
  ip: string | null;
}

/** For a room class's `static onAuth`: stamps the options and returns the client's auth data. */
export function stampCreator(options: unknown, context: AuthContext | undefined): ClientAuth {
  const ip = context?.ip ? normalizeAddress(context.ip) : null;
  if (options && typeof options === 'object' && !Array.isArray(options)) {
    (options as Record<string, unknown>)[CREATOR_FIELD] = { key: randomBytes(16).toString('hex'), ip } satisfies CreatorStamp;
  }
  return { ip };
}

/** Splits the stamp from the client's own options. */
export function takeCreatorStamp(options: unknown): { stamp: CreatorStamp | null; rest: unknown } {
  if (!options || typeof options !== 'object' || Array.isArray(options) || !(CREATOR_FIELD in options)) return { stamp: null, rest: options };
  const { [CREATOR_FIELD]: raw, ...rest } = options as Record<string, unknown>;
  const s = raw as Partial<CreatorStamp> | null;
  const stamp = s && typeof s.key === 'string' ? { key: s.key, ip: typeof s.ip === 'string' ? s.ip : null } : null;
  return { stamp, rest };
}

export function addressOf(client: { auth?: unknown }): string | null {
  const ip = (client.auth as ClientAuth | undefined)?.ip;
  return typeof ip === 'string' ? ip : null;
}
