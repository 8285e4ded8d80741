// The customers the CLV intervals draw, laid out for the draws (clvIntervals.ts), and one
// customer's CLV under one draw: every way to the intervals computes it here, so they agree to
// the bit.
import type { ClvIntervalInput } from "./clvIntervals";

/**
 * The customers with a valid history, in the order of their grouped rows (input order within a
 * row), with what each draw reads of them: every pass over them then reads the grouped rows'
 * figures in order instead of jumping about. Tiers still break ties in input order.
 */
export class Positions {
  private constructor(
    /** The summary row of each position. */
    readonly customer: Int32Array,
    readonly row: Int32Array,
    readonly frequency: Float64Array,
    readonly monetary: Float64Array,
    readonly margin: Float64Array,
    /** 1 when the customer takes part in the CLV tiers. */
    readonly tiered: Uint8Array,
    /** The assigned tier (NO_CLV_TIER where none). */
    readonly tier: Uint8Array
  ) {}

  static of(input: ClvIntervalInput, tier: Uint8Array): Positions {
    const { summary: s, grouped: g } = input;
    const rowOf = g.rowOf;
    // Counting sort by row: stable, so a row's customers stay in input order.
    const start = new Int32Array(g.rows + 1);
    for (let i = 0; i < s.n; i++) if (rowOf[i] >= 0) start[rowOf[i] + 1]++;
    for (let row = 0; row < g.rows; row++) start[row + 1] += start[row];
    const m = start[g.rows];
    const customer = new Int32Array(m);
    for (let i = 0; i < s.n; i++) if (rowOf[i] >= 0) customer[start[rowOf[i]]++] = i;
    const margin = marginsOf(input.margin, s.n);
    const pick = (column: Float64Array) => Float64Array.from(customer, (i) => column[i]);
    return new Positions(
      customer,
      Int32Array.from(customer, (i) => rowOf[i]),
      pick(s.frequency),
      pick(s.monetary),
      pick(margin),
      Uint8Array.from(customer, (i) => (input.tiered === null || input.tiered[i] ? 1 : 0)),
      Uint8Array.from(customer, (i) => tier[i])
    );
  }
}

/**
 * One customer's CLV under one draw: expected spend as expectedSpendInto computes it, then the
 * point CLV's order of operations: spend x purchases, then the margin. Both ways to the
 * quantiles call this one function, so they store the same float32.
 */
export function drawnClv(
  spendDraws: Float64Array,
  d: number,
  x: number,
  mean: number,
  purchases: number,
  margin: number
): number {
  const p = spendDraws[d * 3];
  const q = spendDraws[d * 3 + 1];
  const v = spendDraws[d * 3 + 2];
  const spend =
    !(q > 1) || !(x >= 0 && x < Infinity)
      ? NaN
      : x === 0
        ? (p * v) / (q - 1)
        : mean >= 0 && mean < Infinity
          ? (p * (v + x * mean)) / (p * x + q - 1)
          : NaN;
  return spend * purchases * margin;
}

/**
 * Draw d's CLV of every position into `stored` (float32) and, for the tiered ones, tieredClv
 * (NaN for the others). Returns how many are known.
 */
export function drawValues(
  at: Positions,
  perRow: Float64Array,
  spendDraws: Float64Array,
  d: number,
  stored: Float32Array,
  tieredClv: Float64Array
): number {
  const { frequency, monetary, margin, tiered, row } = at;
  let known = 0;
  for (let k = 0; k < row.length; k++) {
    const value = drawnClv(spendDraws, d, frequency[k], monetary[k], perRow[row[k]], margin[k]);
    stored[k] = value;
    const forTiers = tiered[k] ? value : NaN;
    tieredClv[k] = forTiers;
    if (forTiers === forTiers) known++;
  }
  return known;
}

/** One margin per row (1 for a revenue CLV). */
function marginsOf(margin: Float64Array | number | null, n: number): Float64Array {
  if (margin === null) return new Float64Array(n).fill(1);
  return typeof margin === "number" ? new Float64Array(n).fill(margin) : margin;
}
