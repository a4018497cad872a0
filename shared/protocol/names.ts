// Display names and join codes: pure rules shared by the server (authoritative) and the client
// (to warn before sending).

export const NAME_MAX_LENGTH = 24;

// C0/C1 control characters, and the bidirectional overrides/isolates that can disguise a name.
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/** Trims a display name and checks it: 1–24 characters, no control characters. */
export function checkDisplayName(input: unknown): NameCheck {
  if (typeof input !== 'string') return { ok: false, message: 'name: must be a string' };
  const name = input.trim();
  if (name.length === 0) return { ok: false, message: 'name: must not be empty' };
  if (FORBIDDEN_IN_NAME.test(name)) return { ok: false, message: 'name: must not contain control characters' };
  const length = [...name].length;
  if (length > NAME_MAX_LENGTH) {
    return { ok: false, message: `name: at most ${NAME_MAX_LENGTH} characters (got ${length})` };
  }
  return { ok: true, name };
}

/** Join-code alphabet: no 0/O, 1/I/L, so a code read aloud or from a projector is unambiguous. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** Upper-cases and strips spaces/dashes a person may type; returns null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
