// Display names and join codes: pure rules shared by the server (authoritative) and the client
// (to warn before sending).

export const NAME_MAX_LENGTH = 24;

// C0/C1 control characters, and the bidirectional overrides/isolates that can disguise a name.
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;

// Characters that show nothing (zero-width spaces and joiners, soft hyphen, word joiner, BOM,
// variation selectors, tag characters, Hangul fillers): stripped, so "Ada" and "A\u200bda" are one name.
const INVISIBLE = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200d\u2060-\u2064\u3164\ufe00-\ufe0f\ufeff\uffa0]|[\u{e0000}-\u{e007f}]|[\u{e0100}-\u{e01ef}]/gu;

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/** NFKC, invisible characters removed, runs of spaces made one: the form a name is shown and stored in. */
export function normalizeDisplayName(input: string): string {
  return input.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** Normalizes a display name and checks it: 1–24 characters, no control characters. */
export function checkDisplayName(input: unknown): NameCheck {
  if (typeof input !== 'string') return { ok: false, message: 'name: must be a string' };
  if (FORBIDDEN_IN_NAME.test(input)) return { ok: false, message: 'name: must not contain control characters' };
  const name = normalizeDisplayName(input);
  if (name.length === 0) return { ok: false, message: 'name: must not be empty' };
  const length = [...name].length;
  if (length > NAME_MAX_LENGTH) {
    return { ok: false, message: `name: at most ${NAME_MAX_LENGTH} characters (got ${length})` };
  }
  return { ok: true, name };
}

// Cyrillic and Greek letters drawn like Latin ones, capitals first (Greek ν is a "v" but Ν an "N").
const LOOKALIKE_CAPITALS: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J', Ү: 'Y', Һ: 'H', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C', Ϳ: 'J',
};
const LOOKALIKE_SMALL: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ү: 'y', ӏ: 'l', ɡ: 'g', ı: 'i',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', υ: 'u', ι: 'i', κ: 'k', χ: 'x', ϲ: 'c', ϳ: 'j', ε: 'e',
};

/**
 * The key two names are compared by for uniqueness in a room: the normalized name with Cyrillic
 * and Greek lookalikes read as the Latin letters they look like, case ignored. "Ana", "ANA" and
 * "Аna" (Cyrillic А) have the same key.
 */
export function nameKey(name: string): string {
  let out = '';
  for (const ch of normalizeDisplayName(name)) out += LOOKALIKE_CAPITALS[ch] ?? LOOKALIKE_SMALL[ch] ?? ch;
  return out.toLowerCase();
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
