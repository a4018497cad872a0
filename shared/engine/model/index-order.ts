// Orders of list indices (chips installed first, chips sold first) are asked for every quarter,
// for lists that are already nearly in that order. Their comparators are strict total orders (the
// index breaks every tie), so any correct sort gives the same order: an insertion sort from the
// likely order takes about n comparisons where Array.prototype.sort with a callback took ~n log n
// calls through the sort's machinery.

/** Indices 0..n−1 sorted by `before` (negative: i first), starting from the reversed list when `newestFirst`. */
export function sortedIndices(n: number, before: (i: number, j: number) => number, newestFirst: boolean): number[] {
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) order[k] = newestFirst ? n - 1 - k : k;
  for (let k = 1; k < n; k++) {
    const x = order[k]!;
    let m = k - 1;
    while (m >= 0 && before(order[m]!, x) > 0) {
      order[m + 1] = order[m]!;
      m--;
    }
    order[m + 1] = x;
  }
  return order;
}
