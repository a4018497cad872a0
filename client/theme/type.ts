// Typography: one sans family per script, sizes in logical pixels (see ui/viewport.ts).
// The system font stacks keep the download small and fall back per glyph, so mixed
// Arabic/Latin lines shape correctly in canvas text.

export const fontLatin = '"Noto Sans", "Segoe UI", "Helvetica Neue", Roboto, Arial, sans-serif';
export const fontArabic =
  '"Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", Tahoma, "Geeza Pro", "Noto Sans", Arial, sans-serif';
export const fontMono = '"DejaVu Sans Mono", "Cascadia Mono", Consolas, "Liberation Mono", monospace';

export const size = {
  hero: 54,
  display: 34,
  h1: 24,
  h2: 18,
  h3: 15,
  body: 13,
  small: 12,
  tiny: 11,
} as const;

export type TextSize = keyof typeof size;
