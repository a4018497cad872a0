import { isRtl } from '../i18n';
import type { BaseScene } from './BaseScene';
import { Button } from './button';
import type { TextSize } from '../theme/type';

export interface ChoiceItem<V extends string> {
  value: V;
  text: string;
  icon?: string;
  tooltip?: string;
  disabled?: boolean;
  accent?: number;
}

export interface ChoiceOptions<V extends string> {
  id: string;
  items: ChoiceItem<V>[];
  value: V;
  onChange: (v: V) => void;
  /** Width of each item; default fits its text. */
  itemW?: number;
  h?: number;
  iconSize?: number;
  gap?: number;
  size?: TextSize;
  variant?: 'secondary' | 'tab';
}

/**
 * A row of mutually exclusive options (radio group / tabs), laid out in reading order.
 * Arrow keys move the selection (mirrored in Arabic), Tab leaves the group.
 */
export class ChoiceGroup<V extends string> {
  readonly buttons: Button[] = [];
  private value: V;
  readonly w: number;

  constructor(
    ui: BaseScene,
    x: number,
    y: number,
    private o: ChoiceOptions<V>,
  ) {
    this.value = o.value;
    const gap = o.gap ?? 8;
    let offset = 0;
    const created: Button[] = [];
    for (const item of o.items) {
      const b = new Button(ui, 0, y, {
        id: `${o.id}.${item.value}`,
        text: item.text,
        icon: item.icon,
        tooltip: item.tooltip,
        w: o.itemW,
        h: o.h,
        iconSize: o.iconSize,
        size: o.size,
        variant: o.variant ?? 'secondary',
        disabled: item.disabled,
        selected: item.value === o.value,
        accent: item.accent,
        kind: o.variant === 'tab' ? 'tab' : 'choice',
        bold: o.variant === 'tab' ? true : undefined,
        onClick: () => this.select(item.value),
      });
      created.push(b);
      offset += b.bw + gap;
    }
    this.w = Math.max(0, offset - gap);
    // Lay out in reading order from x (x is the left edge of the whole group).
    let cursor = 0;
    for (const b of created) {
      const left = isRtl() ? x + this.w - cursor - b.bw : x + cursor;
      b.setX(left);
      cursor += b.bw + gap;
    }
    this.buttons.push(...created);
    created.forEach((b, i) => {
      b.focusable.key = (e: KeyboardEvent) => {
        const forward = isRtl() ? 'ArrowLeft' : 'ArrowRight';
        const back = isRtl() ? 'ArrowRight' : 'ArrowLeft';
        let step = 0;
        if (e.key === forward || e.key === 'ArrowDown') step = 1;
        else if (e.key === back || e.key === 'ArrowUp') step = -1;
        if (!step) return false;
        for (let k = 1; k <= created.length; k++) {
          const j = (i + step * k + created.length * k) % created.length;
          if (created[j].enabled) {
            ui.focus.focus(created[j].focusable, true);
            this.select(o.items[j].value);
            break;
          }
        }
        return true;
      };
    });
  }

  get selected(): V {
    return this.value;
  }

  select(v: V): void {
    this.value = v;
    this.o.items.forEach((item, i) => this.buttons[i].setSelected(item.value === v));
    this.o.onChange(v);
  }

  setVisible(on: boolean): void {
    for (const b of this.buttons) b.setVisible(on);
  }
}
