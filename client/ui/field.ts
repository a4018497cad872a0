import Phaser from 'phaser';
import { palette } from '../theme/palette';
import type { BaseScene } from './BaseScene';
import type { InputOptions } from './dom';
import type { Focusable } from './focus';
import { label, setLabel } from './text';

export interface FieldOptions extends Omit<InputOptions, 'ariaLabel'> {
  /** Label above the input; omit for an unlabelled field (then ariaLabel is required). */
  label?: string;
  ariaLabel?: string;
  /** Unit shown at the reading end inside the field, e.g. "GW". */
  unit?: string;
  hint?: string;
  /** Height of the input box. */
  h?: number;
}

/**
 * A labelled text or number input: a Phaser label, a DOM <input> positioned over the canvas,
 * an optional unit and a line under it for the validator's message.
 */
export class Field {
  readonly input: HTMLInputElement;
  readonly focusable: Focusable;
  private errorText: Phaser.GameObjects.Text;
  private labelText?: Phaser.GameObjects.Text;
  private error: string | null = null;
  private unitEl: HTMLElement | null = null;
  readonly height: number;

  constructor(
    private ui: BaseScene,
    readonly x: number,
    readonly y: number,
    readonly w: number,
    o: FieldOptions,
  ) {
    const h = o.h ?? 32;
    let top = y;
    if (o.label) {
      this.labelText = label(ui, ui.vpStart(x, w), y, o.label, { size: 'small', color: palette.textDim, maxWidth: w });
      top += 18;
    }
    // The unit sits inside the input at its reading end, sized to the unit's text.
    const unitW = o.unit ? Math.min(Math.round(w * 0.45), 14 + o.unit.length * 7.5) : 0;
    this.input = ui.dom.input(
      { x, y: top, w, h },
      { ...o, ariaLabel: o.ariaLabel ?? (o.label && o.unit ? `${o.label} (${o.unit})` : o.label) ?? o.id },
    );
    if (o.unit) {
      // Padding on the unit's side (inputs of numbers are left-to-right even on Arabic screens).
      const rtl = document.documentElement.dir === 'rtl';
      this.input.style[rtl ? 'paddingLeft' : 'paddingRight'] = `${(unitW + 4) * ui.vp.scale}px`;
      this.unitEl = ui.dom.tag({ x: rtl ? x + 1 : x + w - unitW - 1, y: top + 1, w: unitW, h: h - 2 }, o.unit);
    }
    this.errorText = label(ui, ui.vpStart(x, w), top + h + 3, '', { size: 'small', color: palette.bad, wrap: w });
    this.height = top + h + 20 - y;
    this.focusable = {
      id: o.id,
      bounds: () => ({ x, y: top, w, h }),
      enabled: () => !this.input.disabled,
      visible: () => this.input.style.display !== 'none',
      dom: this.input,
    };
    ui.focus.add(this.focusable);
    ui.expose(o.id, () =>
      this.input.style.display === 'none'
        ? null
        : {
            kind: 'input',
            label: o.label ?? o.ariaLabel ?? o.id,
            enabled: !this.input.disabled,
            focused: document.activeElement === this.input,
            state: { value: this.input.value, error: this.error },
            x,
            y: top,
            w,
            h,
          },
    );
  }

  get value(): string {
    return this.input.value;
  }

  set value(v: string) {
    if (this.input.value !== v) this.input.value = v;
  }

  setError(message: string | null): void {
    this.error = message;
    this.errorText.setColor('#ff8a4c');
    setLabel(this.errorText, message ?? '');
    if (message) this.input.setAttribute('aria-invalid', 'true');
    else this.input.removeAttribute('aria-invalid');
    this.input.title = message ?? '';
  }

  /** Marks the field invalid (outline, tooltip, accessible state) without a text line under it:
   *  for group errors shown once for several fields. */
  setInvalid(message: string | null): void {
    this.setError(null);
    this.error = message;
    if (message) this.input.setAttribute('aria-invalid', 'true');
    this.input.title = message ?? '';
  }

  /** Shows a message under the field: an error (orange, marks the input invalid) or a neutral note. */
  setMessage(message: string, isError: boolean): void {
    if (isError) return this.setError(message);
    this.setError(null);
    setLabel(this.errorText, message);
    this.errorText.setColor('#a3b1c6');
  }

  setEnabled(on: boolean): void {
    this.input.disabled = !on;
    this.labelText?.setAlpha(on ? 1 : 0.5);
  }

  setVisible(on: boolean): void {
    this.input.style.display = on ? '' : 'none';
    if (this.unitEl) this.unitEl.style.display = on ? '' : 'none';
    this.labelText?.setVisible(on);
    this.errorText.setVisible(on);
  }
}
