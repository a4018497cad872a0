import { createHash, timingSafeEqual } from 'node:crypto';

// Secrets (host secrets, seat tokens, class keys) are kept and stored only as SHA-256 hashes; the
// plaintext is handed to its owner and forgotten. They are 18 random bytes, so a plain hash is enough.

const HASH = /^[0-9a-f]{64}$/;

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(secretHash(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A stored secret as a hash: data written before secrets were hashed held the plaintext. */
export function asSecretHash(stored: string): string {
  return HASH.test(stored) ? stored : secretHash(stored);
}
