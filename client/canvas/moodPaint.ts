import { css, palette } from '../theme/palette';
import type { Drawing, DrawKit } from './PhaserHost';

// Investor mood 0–100 as a half dial in five zones (extreme fear … extreme greed), ticks every 10,
// the scale's ends named, a faint ghost needle where the quarter started, the needle, and in the
// middle the value, its zone and the change since the quarter started. Animated, the needle
// sweeps from where it was.

export const MOOD_ZONES = [
  { from: 0, to: 20, color: palette.fearExtreme },
  { from: 20, to: 40, color: palette.fear },
  { from: 40, to: 60, color: palette.calm },
  { from: 60, to: 80, color: palette.greed },
  { from: 80, to: 100, color: palette.greedExtreme },
] as const;

export type MoodZoneIndex = 0 | 1 | 2 | 3 | 4;

/** Index of the zone a mood value falls in (0 = extreme fear … 4 = extreme greed). */
export function moodZone(v: number): MoodZoneIndex {
  const i = MOOD_ZONES.findIndex((z) => v < z.to);
  // findIndex over the five zones: -1 (above the last bound) or 0..4.
  return (i < 0 ? MOOD_ZONES.length - 1 : i) as MoodZoneIndex;
}

export interface MoodData {
  value: number;
  /** Where the quarter started (ghost needle, change); null for none. */
  before: number | null;
  /** Names of the five zones, extreme fear first. */
  zones: [string, string, string, string, string];
  fearLabel: string;
  greedLabel: string;
  /** A mood value as the language writes it (e.g. a whole number). */
  format: (v: number) => string;
  /** A change with its sign. */
  formatDelta: (d: number) => string;
}

/** Height the gauge wants at a width (CSS px). */
export function moodHeight(w: number): number {
  return Math.round(Math.max(180, Math.min(260, w * 0.6)));
}

const clamp = (v: number) => Math.max(0, Math.min(100, v));
const angle = (v: number) => Math.PI + (clamp(v) / 100) * Math.PI;
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export function paintMood(d: MoodData) {
  return (kit: DrawKit): Drawing => {
    const { w, h } = kit;
    const endW = Math.max(kit.measure(`${d.format(0)} ${d.fearLabel}`, { bold: true }), kit.measure(`${d.greedLabel} ${d.format(100)}`, { bold: true }));
    const below = 26;
    // The widest ring that leaves room for the end labels beside the ends and the line below.
    let r = Math.min(w / 2 - 12, h - below - 14);
    const thick = Math.max(12, Math.min(22, r * 0.18));
    r -= thick / 2;
    if (w / 2 - r < endW / 2 + 4) r = Math.max(40, Math.min(r, w / 2 - endW / 2 - 4));
    const cx = w / 2;
    const cy = Math.min(h - below - 4, 8 + thick / 2 + r);
    const g = kit.layer();
    for (const z of MOOD_ZONES) {
      g.lineStyle(thick, z.color, 0.92);
      g.beginPath();
      g.arc(cx, cy, r, angle(z.from) + 0.012, angle(z.to) - 0.012, false);
      g.strokePath();
    }
    g.lineStyle(1.5, palette.bg, 0.9);
    for (let v = 10; v < 100; v += 10) {
      const a = angle(v);
      g.lineBetween(cx + Math.cos(a) * (r - thick / 2), cy + Math.sin(a) * (r - thick / 2), cx + Math.cos(a) * (r + thick / 2), cy + Math.sin(a) * (r + thick / 2));
    }
    // Scale ends: "0 Fear" under the left end, "Greed 100" under the right one (the dial reads left
    // to right in every language, like the number line it is).
    const endY = cy + thick / 2 + 4;
    kit.text(Math.max(2, cx - r - endW / 2), endY, `${d.format(0)} ${d.fearLabel}`, { bold: true, color: css(palette.fear) });
    const greed = `${d.greedLabel} ${d.format(100)}`;
    kit.text(Math.min(w - 2, cx + r + endW / 2), endY, greed, { bold: true, color: css(palette.greed), originX: 1 });
    const big = r >= 70;
    const valueText = kit.text(cx, cy - r * 0.22, '', { size: big ? 36 : 26, bold: true, originX: 0.5, originY: 1 });
    const zoneText = kit.text(cx, cy - r * 0.22 + 2, '', { size: big ? 16 : 14, bold: true, originX: 0.5, originY: 0 });
    const delta = d.before === null ? null : d.value - d.before;
    if (delta !== null && Math.abs(delta) >= 0.5) {
      const up = delta > 0;
      kit.text(cx, endY, `${up ? '▲' : '▼'} ${d.formatDelta(delta)}`, { bold: true, color: css(up ? palette.good : palette.bad), originX: 0.5 });
    }
    const needle = kit.layer();
    const pointer = (v: number, alpha: number) => {
      const a = angle(v);
      const tip = { x: cx + Math.cos(a) * (r + thick / 2 + 2), y: cy + Math.sin(a) * (r + thick / 2 + 2) };
      const base = r * 0.6;
      const side = 0.1;
      needle.fillStyle(palette.text, alpha);
      needle.fillTriangle(tip.x, tip.y, cx + Math.cos(a - side) * base, cy + Math.sin(a - side) * base, cx + Math.cos(a + side) * base, cy + Math.sin(a + side) * base);
    };
    const start = d.before ?? d.value;
    const frame = (t: number) => {
      const shown = start + (d.value - start) * ease(t);
      needle.clear();
      if (d.before !== null && Math.abs(d.before - d.value) > 0.5) pointer(d.before, 0.28);
      pointer(shown, 1);
      const zone = moodZone(shown);
      valueText.setText(d.format(Math.round(shown)));
      zoneText.setText(d.zones[zone]);
      zoneText.setColor(css(MOOD_ZONES[zone].color));
    };
    return { animation: { duration: 1400, frame } };
  };
}
