// M (and profit) summed exactly, to the millionth of the currency unit, so a customer's total
// does not depend on the order its rows are added in. A plain running sum of doubles does:
// 0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ in the last bit, so two customers with the same
// purchases listed in another order got different M, and a multi-threaded engine (DuckDB under
// the CLI) summing the same rows in another order gave another total for 1 customer in 5.
// Each amount is split into its whole part and its millionths (both exact integers), the two
// are summed as integers (exact below 2^53, about 9e15 units), and the total is formed once.
// The SQL side (src/cli/engine/customersQuery.ts) splits and rounds with the same operations.

/** Millionths in a unit: amounts are summed exactly to this many decimals. */
export const MILLIONTHS = 1e6;

/** The whole part of an amount (toward zero): exact for any double. */
export function wholePart(x: number): number {
  return Math.trunc(x);
}

/**
 * The fraction of an amount in millionths, rounded half away from zero as SQL's round() does
 * (x - trunc(x) is exact, so this is the nearest millionth of the amount's own fraction).
 */
export function millionthsPart(x: number): number {
  const f = (x - Math.trunc(x)) * MILLIONTHS;
  return f < 0 ? -Math.round(-f) : Math.round(f);
}

/** The total of summed whole parts and millionths, rounded once to the nearest double. */
export function exactTotal(whole: number, millionths: number): number {
  const scaled = whole * MILLIONTHS + millionths;
  if (Math.abs(scaled) <= Number.MAX_SAFE_INTEGER) return scaled / MILLIONTHS;
  // Past 2^53 millionths the integer is formed exactly before the one division.
  if (!Number.isFinite(scaled)) return scaled;
  return Number(BigInt(whole) * BigInt(MILLIONTHS) + BigInt(millionths)) / MILLIONTHS;
}

/** exactTotal of each pair of summed whole parts and millionths (another engine's sums). */
export function exactTotals(whole: Float64Array, millionths: Float64Array): Float64Array {
  return whole.map((w, k) => exactTotal(w, millionths[k]));
}

/**
 * Running exact sums per customer: whole parts and millionths side by side. A customer's whole
 * parts past 2^53 (ten amounts near MAX_AMOUNT) go on as an exact integer: a sum of doubles
 * rounds there, in an order of its own, where DuckDB's integer sum is exact and rounds once.
 */
export class ExactSums {
  readonly whole: Float64Array;
  readonly millionths: Float64Array;
  /** The exact whole-part sums of the customers past 2^53, by customer. */
  private readonly wide = new Map<number, bigint>();

  constructor(n: number) {
    this.whole = new Float64Array(n);
    this.millionths = new Float64Array(n);
  }

  add(k: number, x: number): void {
    const w = wholePart(x);
    this.millionths[k] += millionthsPart(x);
    // Almost never any wide sums: no map lookup per row until there is one.
    const wide = this.wide.size === 0 ? undefined : this.wide.get(k);
    if (wide !== undefined) {
      if (Number.isFinite(w)) this.wide.set(k, wide + BigInt(w));
      else {
        this.wide.delete(k);
        this.whole[k] = w; // NaN: that sum is unknown (a blank profit)
      }
      return;
    }
    const next = this.whole[k] + w;
    if (Math.abs(next) <= Number.MAX_SAFE_INTEGER || !Number.isFinite(next)) this.whole[k] = next;
    else this.wide.set(k, BigInt(this.whole[k]) + BigInt(w));
  }

  /** The totals; NaN where a NaN was added (a blank profit makes that profit unknown). */
  totals(): Float64Array {
    const out = new Float64Array(this.whole.length);
    for (let k = 0; k < out.length; k++) {
      const wide = this.wide.size === 0 ? undefined : this.wide.get(k);
      // The whole parts' sum rounded once to a double, as DuckDB's CAST of its integer sum.
      const whole = wide === undefined ? this.whole[k] : Number(wide);
      out[k] = exactTotal(whole, this.millionths[k]);
    }
    return out;
  }
}
