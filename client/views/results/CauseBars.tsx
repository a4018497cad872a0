// A breakdown of a move into its causes, as a table: each row names a cause, draws a bar from the
// middle (right for up, left for down; mirrored in Arabic by the logical properties) and gives the
// signed amount. Used for "why the mood moved" and "why your share price moved".

export interface CauseRow {
  key: string;
  label: string;
  amount: number;
  /** The signed amount as text ("+1.2", "−$0.35"). */
  text: string;
}

export function CauseBars(props: { caption: string; rows: CauseRow[]; id: string }) {
  const maxAbs = Math.max(1e-12, ...props.rows.map((r) => Math.abs(r.amount)));
  return (
    <table class="cause-table" data-testid={props.id}>
      <caption class="sr-only">{props.caption}</caption>
      <tbody>
        {props.rows.map((r) => {
          const share = Math.min(1, Math.abs(r.amount) / maxAbs) * 50;
          const up = r.amount >= 0;
          return (
            <tr key={r.key} data-cause={r.key} class={up ? 'is-up' : 'is-down'}>
              <th scope="row">{r.label}</th>
              <td class="cause-bar" aria-hidden="true">
                <span class="cause-axis" />
                <span class="cause-fill" style={up ? { insetInlineStart: '50%', inlineSize: `${share}%` } : { insetInlineEnd: '50%', inlineSize: `${share}%` }} />
              </td>
              <td class="num cause-amount">{r.text}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
