// Tests that know how many items a list holds say so once: `exactly(codes, 2, 'group codes')`
// checks the count and gives a tuple, so `codes[0]` and `codes[1]` need no further checks.

/** A tuple of N elements of type T (N a small literal). */
export type Tuple<T, N extends number, Acc extends T[] = []> = Acc['length'] extends N ? Acc : Tuple<T, N, [...Acc, T]>;

/** `xs` as a tuple of exactly `n` elements; throws naming `what` and the actual count otherwise. */
export function exactly<T, N extends number>(xs: readonly T[], n: N, what: string): Tuple<T, N> {
  if (xs.length !== n) throw new Error(`expected ${n} ${what}, got ${xs.length}`);
  return [...xs] as Tuple<T, N>;
}
