import { css } from '../theme/palette';

// A chart legend in the DOM: a swatch (line, dashed line, dot or triangle) in the item's colour and
// its name. It wraps to as many rows as it needs and follows the page direction.

export interface LegendItem {
  name: string;
  /** 0xRRGGBB */
  color: number;
  mark?: 'line' | 'dashed' | 'dot' | 'triangle';
}

export function Legend({ items, label }: { items: LegendItem[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul class="cr-legend" aria-label={label}>
      {items.map((it) => (
        <li key={it.name}>
          <span class={`cr-legend-swatch${it.mark && it.mark !== 'line' ? ` ${it.mark}` : ''}`} style={{ color: css(it.color) }} aria-hidden="true" />
          <span class="cr-legend-name">{it.name}</span>
        </li>
      ))}
    </ul>
  );
}
