// Quantiles of the CLV draws: linear interpolation between order statistics (Hyndman and Fan's
// type 7, the default of R, NumPy and Excel's PERCENTILE.INC), so a face can check them.

/** The q-quantile of sorted[0..length); NaN when length is 0. */
export function drawQuantile(sorted: ArrayLike<number>, length: number, q: number): number {
  if (length === 0) return NaN;
  const h = (length - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(below + 1, length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/**
 * Puts the order statistics at `ranks` (ascending, distinct, below length) of a[0..length) in
 * their sorted places, as a sort would, without sorting the rest: a multiselect, the middle rank
 * first, then the ranks on each side within their side. For the three quantiles of a few hundred
 * draws it touches each value about four times where a sort would touch it some eight.
 */
export function selectRanks(a: Float64Array, length: number, ranks: readonly number[]): void {
  multiselect(a, 0, length, ranks, 0, ranks.length);
}

function multiselect(
  a: Float64Array,
  lo: number,
  hi: number,
  ranks: readonly number[],
  from: number,
  to: number
): void {
  if (from >= to || hi - lo < 2) return;
  const middle = (from + to) >>> 1;
  const k = ranks[middle];
  selectKth(a, lo, hi, k);
  multiselect(a, lo, k, ranks, from, middle);
  multiselect(a, k + 1, hi, ranks, middle + 1, to);
}

/** Hoare's quickselect: a[k] becomes the value a sort of a[lo..hi) would put there. */
function selectKth(a: Float64Array, lo: number, hi: number, k: number): void {
  let left = lo;
  let right = hi - 1;
  while (left < right) {
    // Median of three: sorted runs and equal values stay linear.
    const m = (left + right) >>> 1;
    if (a[m] < a[left]) swap(a, m, left);
    if (a[right] < a[left]) swap(a, right, left);
    if (a[right] < a[m]) swap(a, right, m);
    const pivot = a[m];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** Moves per draw past which NeighbourSort gives up on a customer (the caller then selects). */
const MOVES_PER_DRAW = 2;

/**
 * Sorts each customer's draws starting from the order the previous customer's ended in. The
 * customers come in grouped-history order, so neighbours have nearly the same history and their
 * draws rank nearly alike: an insertion sort from the neighbour's order makes few moves, with
 * predictable branches. A customer whose draws rank too differently is left half-sorted (false),
 * with every value still there, and the order carries on from where it got.
 */
export class NeighbourSort {
  private readonly order: Int32Array;

  constructor(draws: number) {
    this.order = Int32Array.from({ length: draws }, (_, d) => d);
  }

  /** draws[offset + d] for every draw d into out, ascending; false when it gave up. */
  sort(draws: Float32Array, offset: number, out: Float64Array): boolean {
    const order = this.order;
    const D = order.length;
    for (let j = 0; j < D; j++) out[j] = draws[offset + order[j]];
    const budget = MOVES_PER_DRAW * D;
    let moves = 0;
    for (let j = 1; j < D; j++) {
      const v = out[j];
      if (!(v < out[j - 1])) continue;
      const id = order[j];
      let k = j;
      while (k > 0 && out[k - 1] > v) {
        out[k] = out[k - 1];
        order[k] = order[k - 1];
        k--;
      }
      out[k] = v;
      order[k] = id;
      moves += j - k;
      if (moves > budget) return false;
    }
    return true;
  }
}
