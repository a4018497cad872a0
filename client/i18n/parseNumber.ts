// What a person typed into a number field, read the way their language writes numbers.
// Accepted everywhere: Western, Arabic-Indic and Persian digits, a leading minus (- or −),
// surrounding spaces and a `$`, the Arabic decimal separator ٫ and thousands separator ٬.
// A comma is a thousands separator only where it sits like one (1,000 or 12,500.5); anywhere
// else ("1,5", "1,00") it could be a decimal comma, so the field says so instead of guessing.

export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'notANumber' }
  | { ok: false; reason: 'ambiguousComma'; suggestion: string };

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d*)?$/;

function normalize(raw: string): string {
  let out = '';
  for (const ch of raw.trim()) {
    const a = ARABIC_INDIC.indexOf(ch);
    const p = PERSIAN.indexOf(ch);
    if (a >= 0) out += String(a);
    else if (p >= 0) out += String(p);
    else if (ch === '٫') out += '.';
    else if (ch === '٬' || ch === '،') out += ',';
    else if (ch === '\u2212') out += '-';
    else if (ch === '$' || ch === ' ' || ch === '\u00a0' || ch === '\u200e' || ch === '\u200f' || ch === '\u066c') continue;
    else out += ch;
  }
  return out;
}

export function parseDecimal(raw: string): ParsedNumber {
  let s = normalize(raw);
  if (s === '') return { ok: false, reason: 'empty' };
  if (s.includes(',')) {
    if (GROUPED.test(s)) s = s.replace(/,/g, '');
    else if (/^-?\d*,\d+$/.test(s)) return { ok: false, reason: 'ambiguousComma', suggestion: s.replace(',', '.') };
    else return { ok: false, reason: 'notANumber' };
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return { ok: false, reason: 'notANumber' };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'notANumber' };
}
