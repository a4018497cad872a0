// A strict JSON syntax scanner that tells "valid", "valid so far but cut off" and "broken at
// offset N" apart — JSON.parse only says "invalid", with engine-specific wording. Used to tell a
// truncated record file from a corrupt one.

export type ScanResult =
  | { status: 'complete' }
  | { status: 'truncated'; at: number }
  | { status: 'invalid'; at: number; expected: string };

/** Thrown (one shared instance, no stack to build per throw) when the text ends inside a value. */
const END = new Error('end of text');
/** Far deeper than any record; keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 100;

class Invalid extends Error {
  constructor(
    readonly at: number,
    readonly expected: string,
  ) {
    super(`expected ${expected} at ${at}`);
  }
}

export function scanJson(text: string): ScanResult {
  const n = text.length;
  let i = 0;
  let depth = 0;

  const need = (): void => {
    if (i >= n) throw END;
  };
  const fail = (expected: string): never => {
    throw new Invalid(i, expected);
  };
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const isDigit = (c: number): boolean => c >= 48 && c <= 57;
  const isHex = (ch: string): boolean => /^[0-9a-fA-F]$/.test(ch);

  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k++) {
      need();
      if (text[i] !== word[k]) fail(`'${word}'`);
      i++;
    }
  };

  const string = (): void => {
    i++;
    for (;;) {
      need();
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c === 92) {
        i++;
        need();
        const e = text.charAt(i);
        if (e === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            need();
            if (!isHex(text.charAt(i))) fail('4 hex digits after \\u');
            i++;
          }
        } else if ('"\\/bfnrt'.includes(e)) {
          i++;
        } else {
          fail('an escape sequence');
        }
      } else if (c < 0x20) {
        fail('a closing quote (control characters are not allowed in strings)');
      } else {
        i++;
      }
    }
  };

  const digits = (): void => {
    need();
    if (!isDigit(text.charCodeAt(i))) fail('a digit');
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  };

  const number = (): void => {
    if (text[i] === '-') i++;
    need();
    if (text[i] === '0') i++;
    else digits();
    if (i < n && text[i] === '.') {
      i++;
      digits();
    }
    if (i < n && (text[i] === 'e' || text[i] === 'E')) {
      i++;
      need();
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };

  const value = (): void => {
    ws();
    need();
    const ch = text[i];
    if (ch === '{') object();
    else if (ch === '[') array();
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || isDigit(text.charCodeAt(i))) number();
    else fail('a value');
  };

  const enter = (): void => {
    if (++depth > MAX_DEPTH) fail(`at most ${MAX_DEPTH} levels of nesting`);
  };

  const object = (): void => {
    enter();
    i++;
    ws();
    need();
    if (text[i] === '}') {
      i++;
      depth--;
      return;
    }
    for (;;) {
      ws();
      need();
      if (text[i] !== '"') fail('a property name in double quotes');
      string();
      ws();
      need();
      if (text[i] !== ':') fail("':'");
      i++;
      value();
      ws();
      need();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        depth--;
        return;
      }
      fail("',' or '}'");
    }
  };

  const array = (): void => {
    enter();
    i++;
    ws();
    need();
    if (text[i] === ']') {
      i++;
      depth--;
      return;
    }
    for (;;) {
      value();
      ws();
      need();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        depth--;
        return;
      }
      fail("',' or ']'");
    }
  };

  try {
    value();
    ws();
    if (i < n) fail('the end of the data');
    return { status: 'complete' };
  } catch (err) {
    if (err === END) return { status: 'truncated', at: n };
    if (err instanceof Invalid) return { status: 'invalid', at: err.at, expected: err.expected };
    throw err;
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(at, text.length);
  for (let k = 0; k < end; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
