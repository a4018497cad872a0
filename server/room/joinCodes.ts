import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/protocol';

// Join codes of live rooms in this process. A match room uses its join code as its room id, so
// players join with `client.joinById(code)`.

const liveCodes = new Set<string>();

function randomCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Picks a code no live room uses and reserves it. `isTaken` lets the caller check other sources too. */
export function allocateJoinCode(isTaken: (code: string) => boolean = () => false): string {
  // 31^6 ≈ 887M codes: a collision is rare, a long run of them means something is wrong.
  for (let attempt = 0; attempt < 1000; attempt++) {
    const code = randomCode();
    if (!liveCodes.has(code) && !isTaken(code)) {
      liveCodes.add(code);
      return code;
    }
  }
  throw new Error('could not find a free join code');
}

/** Reserves a given code (a room restored after a restart keeps its code); false if it is in use. */
export function reserveJoinCode(code: string, isTaken: (code: string) => boolean = () => false): boolean {
  if (liveCodes.has(code) || isTaken(code)) return false;
  liveCodes.add(code);
  return true;
}

export function releaseJoinCode(code: string): void {
  liveCodes.delete(code);
}

export function isLiveJoinCode(code: string): boolean {
  return liveCodes.has(code);
}
