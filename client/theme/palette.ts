import type { Role } from '../../shared/roles';

// One colour-blind-safe palette for the whole client, built on Okabe & Ito (2008).
// Company colours are the five most separable Okabe–Ito hues, lightened a little where the
// original is too dark on the navy background. Colour never carries meaning alone: companies
// always show their monogram, gains and losses carry a sign and an arrow.

const OKABE_ITO = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export const palette = {
  bg: 0x0a101c,
  bgDeep: 0x060a12,
  panel: 0x111a2b,
  panelRaised: 0x18233a,
  panelHover: 0x1f2c47,
  stroke: 0x26354f,
  strokeStrong: 0x3a4d6e,
  grid: 0x1c283e,

  text: 0xe9eef6,
  textDim: 0xa3b1c6,
  textMuted: 0x6f7f98,
  textOnAccent: 0x07111f,

  accent: OKABE_ITO.skyBlue,
  accentStrong: 0x7cc6f0,
  focus: OKABE_ITO.yellow,
  highlight: OKABE_ITO.yellow,

  good: 0x35c49a,
  bad: 0xff8a4c,
  warn: OKABE_ITO.orange,
  info: OKABE_ITO.skyBlue,

  supply: OKABE_ITO.skyBlue,
  demand: OKABE_ITO.orange,
  clearing: OKABE_ITO.yellow,
  neutral: 0x8d9bb0,

  fearExtreme: OKABE_ITO.vermillion,
  fear: OKABE_ITO.orange,
  calm: 0x8d9bb0,
  greed: OKABE_ITO.skyBlue,
  greedExtreme: 0x1f8fd1,
} as const;

export const companyColor: Record<Role, number> = {
  openai: 0x19b38a, // bluish green, lifted
  meta: OKABE_ITO.skyBlue,
  microsoft: OKABE_ITO.orange,
  amazon: 0xd55e00, // vermillion
  google: OKABE_ITO.reddishPurple,
};

/** Colour of the neutral supplier (neoclouds) in charts. */
export const neutralColor = palette.neutral;

export function css(color: number, alpha = 1): string {
  const r = (color >> 16) & 0xff;
  const g = (color >> 8) & 0xff;
  const b = color & 0xff;
  if (alpha >= 1) return `#${color.toString(16).padStart(6, '0')}`;
  return `rgba(${r},${g},${b},${alpha})`;
}

/** Mix two colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const m = (s: number) => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t);
  return (m(16) << 16) | (m(8) << 8) | m(0);
}
