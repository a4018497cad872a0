import Phaser from 'phaser';
import { isRtl } from '../i18n';
import { css, palette } from '../theme/palette';
import { fontArabic, fontLatin, fontMono, size as sizes, type TextSize } from '../theme/type';
import { viewport } from './viewport';

// Every piece of text on a Phaser canvas goes through `label()`.
//
// Right-to-left: Phaser's own `rtl` text style mispositions lines when the text resolution is
// above 1 (it mixes device and logical pixels), so instead each rendered line is wrapped in a
// Unicode RIGHT-TO-LEFT EMBEDDING … POP DIRECTIONAL FORMATTING pair. The browser's canvas text
// shaper then lays out the line right-to-left (correct Arabic joining and correct placement of
// digits, `$` and Latin names), and alignment is ours: "start" text is anchored on its right edge.

const RLE = '\u202b';
const LRE = '\u202a';
const PDF = '\u202c';

export type Align = 'start' | 'end' | 'center';

export interface LabelOptions {
  size?: TextSize | number;
  color?: number;
  bold?: boolean;
  align?: Align;
  /** Wrap width in logical pixels. */
  wrap?: number;
  maxLines?: number;
  lineSpacing?: number;
  mono?: boolean;
  /** Vertical origin: 0 top (default), 0.5 middle, 1 bottom. */
  originY?: number;
  alpha?: number;
  /** Truncate a single line with an ellipsis at this width. */
  maxWidth?: number;
  letterSpacing?: number;
  /** Always left-to-right (codes, URLs, seeds), also inside Arabic screens. */
  ltr?: boolean;
}

export function fontSizePx(s: TextSize | number | undefined): number {
  const base = typeof s === 'number' ? s : sizes[s ?? 'body'];
  // Arabic glyphs read smaller than Latin at the same pixel size.
  return isRtl() && base <= 16 ? base + 1 : base;
}

export function fontFamily(mono = false): string {
  if (mono) return isRtl() ? `${fontMono}, ${fontArabic}` : fontMono;
  return isRtl() ? fontArabic : fontLatin;
}

function wrapForDirection(line: string, ltr = false): string {
  if (line.length === 0) return line;
  if (ltr) return isRtl() ? LRE + line + PDF : line;
  return isRtl() ? RLE + line + PDF : line;
}

/** Greedy word wrap measured with the text's own canvas context (font already synced by Phaser). */
function wrapLines(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/ +/);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && ctx.measureText(candidate).width > width) {
        out.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    out.push(line);
  }
  return out;
}

/** Keeps `max` lines; when text was cut, the last kept line ends with an ellipsis that fits the width. */
function clampLines(ctx: CanvasRenderingContext2D, lines: string[], width: number, max?: number): string[] {
  if (!max || lines.length <= max) return lines;
  const out = lines.slice(0, max);
  let last = out[max - 1];
  while (last.length > 1 && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1);
  out[max - 1] = `${last.trimEnd()}…`;
  return out;
}

export function originX(align: Align): number {
  if (align === 'center') return 0.5;
  const startIsLeft = !isRtl();
  return (align === 'start') === startIsLeft ? 0 : 1;
}

function phaserAlign(align: Align): string {
  if (align === 'center') return 'center';
  return originX(align) === 0 ? 'left' : 'right';
}

export function label(scene: Phaser.Scene, x: number, y: number, str: string, opts: LabelOptions = {}): Phaser.GameObjects.Text {
  const align = opts.align ?? 'start';
  const style: Phaser.Types.GameObjects.Text.TextStyle = {
    fontFamily: fontFamily(opts.mono),
    fontSize: `${fontSizePx(opts.size)}px`,
    fontStyle: opts.bold ? 'bold' : '',
    color: css(opts.color ?? palette.text),
    align: phaserAlign(align),
    resolution: viewport().zoom,
    lineSpacing: opts.lineSpacing ?? (isRtl() ? 3 : 2),
    // Phaser sizes the text canvas to the glyphs' exact height times the resolution and truncates
    // it to whole device pixels: at zooms like 1.125 the bottom of g, y, p was cut off.
    padding: { bottom: 1 },
  };
  if (opts.maxLines) style.maxLines = opts.maxLines;
  const wrapWidth = opts.wrap;
  if (wrapWidth) {
    style.wordWrap = {
      callback: (text: string, obj: Phaser.GameObjects.Text) => clampLines(obj.context, wrapLines(obj.context, text, wrapWidth), wrapWidth, obj.style.maxLines).map((l) => wrapForDirection(l)),
    };
  }
  const txt = scene.add.text(x, y, '', style);
  if (opts.ltr) txt.setData('ltr', true);
  txt.setOrigin(originX(align), opts.originY ?? 0);
  // Letter spacing makes Phaser draw glyph by glyph, which breaks Arabic joining: Latin only.
  if (opts.letterSpacing && !isRtl()) txt.setLetterSpacing(opts.letterSpacing);
  if (opts.alpha !== undefined) txt.setAlpha(opts.alpha);
  setLabel(txt, str, opts.maxWidth);
  return txt;
}

/** Sets a label's text, applying the direction wrapper and optional ellipsis truncation. */
export function setLabel(txt: Phaser.GameObjects.Text, str: string, maxWidth?: number): Phaser.GameObjects.Text {
  const ltr = txt.getData('ltr') === true;
  const wrapped = txt.style.wordWrapCallback ? str : str.split('\n').map((l) => wrapForDirection(l, ltr)).join('\n');
  txt.setText(wrapped);
  txt.setData('plain', str);
  if (maxWidth && txt.width > maxWidth && !txt.style.wordWrapCallback) {
    let s = str;
    while (s.length > 1 && txt.width > maxWidth) {
      s = s.slice(0, -1);
      txt.setText(wrapForDirection(s.trimEnd() + '…', ltr));
    }
  }
  return txt;
}

/** The text as written (without direction marks), for tests and accessibility. */
export function plainText(txt: Phaser.GameObjects.Text): string {
  return (txt.getData('plain') as string | undefined) ?? txt.text;
}
