// Discounted purchases over the horizon under one parameter draw, fast enough for a few hundred
// draws of 100,000 customers (method.md section 4, "CLV intervals").
//
// Every model's E[Y(t) | x, t_x, T] is P(alive | x, t_x, T) times E[Y(t) | alive at T], and the
// second factor depends on the history through x and T only. So per draw:
//   discounted purchases = P(alive) x S(x, T),  S = sum_k (E_alive(k u) - E_alive((k-1) u)) / (1+d)^k.
// P(alive) is the point formula per history. S needs 12 hypergeometric functions per (x, T); it
// is computed exactly where a frequency has at most NODES distinct T, else exactly at NODES
// Chebyshev nodes in ln(T + shift) and interpolated between them (a smooth function of T: the
// interpolation agrees with the exact sum to about 1e-9, tested). The point CLV keeps its own
// exact month-by-month sum; at the fitted parameters the two agree to that precision.
import { bgExpectedIfAliveMany } from "../purchase/conditionalExpectation";
import type { GroupedHistories } from "../purchase/groupHistories";
import { bgNbdParams, paretoParams } from "../purchase/paramsOf";
import { paretoExpectedIfAlive, paretoPAlive } from "../pareto/paretoExpectations";
import type { DiscountSchedule } from "../clv/discountedPurchases";
import type { PurchaseParams } from "../types";

/** Chebyshev nodes per frequency: more than enough for a function this smooth over T. */
export const NODES = 14;
/** Chebyshev coefficients below this share of the largest are dropped (see fillGroup). */
const TAIL = 1e-14;

const { cos, exp, log, PI, pow } = Math;

/** COS[m NODES + j] = cos(pi m (j + 1/2) / NODES): node j is at cos(pi (j + 1/2) / NODES). */
const COS = Float64Array.from({ length: NODES * NODES }, (_, k) =>
  cos((PI * Math.floor(k / NODES) * ((k % NODES) + 0.5)) / NODES)
);

/**
 * The distinct T of one frequency. With more than NODES of them, S is taken at NODES fixed T
 * (Chebyshev nodes in ln(T + shift)), turned into Chebyshev coefficients, and summed at each
 * row's place xi in [-1, 1] (Clenshaw): per row and draw that reads one number, not NODES weights.
 */
interface FrequencyGroup {
  x: number;
  T: Float64Array;
  nodes: Float64Array | null;
  /** ln(T + shift) = mid + half xi maps the group's T onto [-1, 1]. */
  mid: number;
  half: number;
}

/**
 * What a draw's purchases need beyond each row's own history: S per distinct T of the groups of
 * few T, the Chebyshev coefficients of the others. Small (a few numbers per frequency), so the
 * blockwise intervals keep one per draw and compute any rows from it later (clvIntervals.ts).
 */
export interface DrawnState {
  /** Exact S per distinct T of the exact groups, all groups end to end (slotOf finds a row's). */
  readonly perT: Float64Array;
  /** Per group: the Chebyshev coefficients of the draw, NODES each. */
  readonly coefficients: Float64Array;
  /** Per group: how many of its coefficients count (the rest are below TAIL of the largest). */
  readonly terms: Int32Array;
}

export class DrawnPurchases {
  private readonly groups: FrequencyGroup[] = [];
  /** Per grouped row: its frequency group. */
  private readonly groupOf: Int32Array;
  /** Per grouped row of an exact group: where its T's S is in DrawnState.perT (else unused). */
  private readonly slotOf: Int32Array;
  /** Per grouped row of an interpolated group: xi (else unused). */
  private readonly xiOf: Float64Array;
  /** Per group: 1 when interpolated (its rows use xiOf and coefficients). */
  private readonly interpolated: Uint8Array;
  /** Per group: where its distinct T start in DrawnState.perT (exact groups). */
  private readonly perTStart: Int32Array;
  private readonly perTLength: number;
  private readonly nodeValues = new Float64Array(NODES);
  /** The month ends k u, k = 1..months, and E_alive at them (scratch). */
  private readonly times: Float64Array;
  private readonly upTo: Float64Array;

  /** `shift`: alpha of the fit (Pareto/NBD: the smaller of alpha and beta), where E_alive bends in T. */
  constructor(
    private readonly g: GroupedHistories,
    private readonly schedule: DiscountSchedule,
    shift: number
  ) {
    this.times = Float64Array.from({ length: schedule.months }, (_, k) => (k + 1) * schedule.unit);
    this.upTo = new Float64Array(schedule.months);
    this.groupOf = new Int32Array(g.rows);
    this.slotOf = new Int32Array(g.rows);
    this.xiOf = new Float64Array(g.rows);
    const placeOf = this.index(shift);
    this.interpolated = Uint8Array.from(this.groups, (group) => (group.nodes === null ? 0 : 1));
    this.perTStart = new Int32Array(this.groups.length);
    let slots = 0;
    this.groups.forEach((group, k) => {
      this.perTStart[k] = slots;
      if (group.nodes === null) slots += group.T.length;
    });
    this.perTLength = slots;
    for (let row = 0; row < g.rows; row++) {
      const k = this.groupOf[row];
      const { mid, half, nodes } = this.groups[k];
      if (nodes !== null)
        this.xiOf[row] = Math.min(1, Math.max(-1, (log(g.T[row] + shift) - mid) / half));
      else this.slotOf[row] = this.perTStart[k] + placeOf[row];
    }
  }

  /** Groups the rows by frequency (grouped rows come sorted by x); each row's place among its group's distinct T. */
  private index(shift: number): Int32Array {
    const g = this.g;
    const placeOf = new Int32Array(g.rows);
    let start = 0;
    while (start < g.rows) {
      let end = start;
      while (end < g.rows && g.x[end] === g.x[start]) end++;
      const distinct = Float64Array.from(new Set(g.T.subarray(start, end))).sort();
      const place = new Map(Array.from(distinct, (T, i) => [T, i]));
      for (let row = start; row < end; row++) {
        this.groupOf[row] = this.groups.length;
        placeOf[row] = place.get(g.T[row]) as number;
      }
      this.groups.push({ x: g.x[start], T: distinct, ...interpolation(distinct, shift) });
      start = end;
    }
    return placeOf;
  }

  /** Discounted purchases of every grouped row under `params`, into out (length g.rows). */
  into(out: Float64Array, params: PurchaseParams): Float64Array {
    return this.rowsInto(out, 0, params, this.prepare(params), 0, this.g.rows, 1);
  }

  /** The per-frequency part of a draw (the hypergeometric sums), for rowsInto. */
  prepare(params: PurchaseParams): DrawnState {
    const state: DrawnState = {
      perT: new Float64Array(this.perTLength),
      coefficients: new Float64Array(this.groups.length * NODES),
      terms: new Int32Array(this.groups.length),
    };
    const ifAlive = this.ifAliveOf(params);
    for (let k = 0; k < this.groups.length; k++) this.fillGroup(k, ifAlive, state);
    return state;
  }

  /**
   * Discounted purchases of the grouped rows from..to-1 under `params` (whose state `prepare`
   * gave), row r into out[offset + (r - from) stride]: the same figures whatever the range.
   */
  rowsInto(
    out: Float64Array,
    offset: number,
    params: PurchaseParams,
    state: DrawnState,
    from: number,
    to: number,
    stride = 1
  ): Float64Array {
    const g = this.g;
    const at = offset - from * stride;
    if (this.schedule.model === "pnbd") {
      const p = paretoParams(params);
      for (let row = from; row < to; row++)
        out[at + row * stride] =
          paretoPAlive(p, g.x[row], g.tx[row], g.T[row]) * this.ifAliveSum(row, state);
      return out;
    }
    const p = bgNbdParams(params);
    const s = this.schedule.model === "mbgnbd" ? 1 : 0;
    const { x: xs, T: Ts, tx: txs } = g;
    // ln(a / (b + x + s - 1)) depends on x alone, and rows come sorted by x.
    let lastX = NaN;
    let logRatio = 0;
    for (let row = from; row < to; row++) {
      const x = xs[row];
      if (x !== lastX) {
        lastX = x;
        logRatio = log(p.a / (p.b + x + s - 1));
      }
      // logOddsDropped's formula, with one logarithm of the ratio instead of two.
      const alive =
        s === 0 && x === 0
          ? 1
          : 1 / (1 + exp(logRatio + (p.r + x) * log((p.alpha + Ts[row]) / (p.alpha + txs[row]))));
      out[at + row * stride] = alive * this.ifAliveSum(row, state);
    }
    return out;
  }

  /** S of a grouped row under the draw of `state`: exact, or by Clenshaw's recurrence. */
  private ifAliveSum(row: number, state: DrawnState): number {
    const k = this.groupOf[row];
    if (this.interpolated[k] === 0) return state.perT[this.slotOf[row]];
    const c = state.coefficients;
    const at = k * NODES;
    const xi = this.xiOf[row];
    const twoXi = 2 * xi;
    let b1 = 0;
    let b2 = 0;
    for (let m = state.terms[k] - 1; m >= 1; m--) {
      const b = twoXi * b1 - b2 + c[at + m];
      b2 = b1;
      b1 = b;
    }
    return xi * b1 - b2 + 0.5 * c[at];
  }

  /** E_alive at the month ends (times) for one (x, T), into the given array. */
  private ifAliveOf(params: PurchaseParams): (x: number, T: number, out: Float64Array) => void {
    const { model, months } = this.schedule;
    const times = this.times;
    if (model === "pnbd") {
      const p = paretoParams(params);
      return (x, T, out) => {
        for (let k = 0; k < months; k++) out[k] = paretoExpectedIfAlive(p, times[k], x, T);
      };
    }
    const p = bgNbdParams(params);
    return (x, T, out) => bgExpectedIfAliveMany(model, p, times, x, T, out, months);
  }

  /** S(x, T) = sum over months of the discounted E_alive increments. */
  private discountedIfAlive(
    ifAlive: (x: number, T: number, out: Float64Array) => void,
    x: number,
    T: number
  ): number {
    const { months, discount } = this.schedule;
    const upTo = this.upTo;
    ifAlive(x, T, upTo);
    let total = 0;
    let before = 0;
    for (let k = 1; k <= months; k++) {
      total += (upTo[k - 1] - before) / pow(1 + discount, k);
      before = upTo[k - 1];
    }
    return total;
  }

  private fillGroup(
    k: number,
    ifAlive: (x: number, T: number, out: Float64Array) => void,
    state: DrawnState
  ): void {
    const { x, T, nodes } = this.groups[k];
    if (nodes === null) {
      const values = state.perT;
      const start = this.perTStart[k];
      for (let i = 0; i < T.length; i++)
        values[start + i] = this.discountedIfAlive(ifAlive, x, T[i]);
      return;
    }
    const f = this.nodeValues;
    for (let j = 0; j < NODES; j++) f[j] = this.discountedIfAlive(ifAlive, x, nodes[j]);
    // c_m = 2/K sum_j f_j cos(pi m (j + 1/2) / K).
    const at = k * NODES;
    const coefficients = state.coefficients;
    let largest = 0;
    for (let m = 0; m < NODES; m++) {
      let sum = 0;
      for (let j = 0; j < NODES; j++) sum += f[j] * COS[m * NODES + j];
      coefficients[at + m] = (2 / NODES) * sum;
      largest = Math.max(largest, Math.abs(sum));
    }
    // A smooth S over a narrow range of T needs few terms: the negligible tail is not summed
    // (|T_m| <= 1, so leaving it out moves S by less than its sum, ~1e-13 of S).
    let terms = NODES;
    while (terms > 1 && Math.abs(coefficients[at + terms - 1]) < TAIL * (2 / NODES) * largest)
      terms--;
    state.terms[k] = terms;
  }
}

/**
 * Chebyshev interpolation on [ln(T min + shift), ln(T max + shift)]: the nodes, or null when there
 * are few enough T to take each exactly. With node values f_j the coefficients are
 * c_m = 2/K sum_j f_j cos(pi m (j + 1/2) / K), and the value at xi is c_0 / 2 + sum_m c_m T_m(xi).
 */
function interpolation(
  T: Float64Array,
  shift: number
): Pick<FrequencyGroup, "nodes" | "mid" | "half"> {
  if (T.length <= NODES) return { nodes: null, mid: 0, half: 1 };
  const lo = log(T[0] + shift);
  const hi = log(T[T.length - 1] + shift);
  const mid = (lo + hi) / 2;
  const half = (hi - lo) / 2;
  // Rounding can put an end node a hair below T min; T may not go below 0.
  const nodes = Float64Array.from({ length: NODES }, (_, j) =>
    Math.max(0, exp(mid + half * COS[NODES + j]) - shift)
  );
  return { nodes, mid, half };
}
