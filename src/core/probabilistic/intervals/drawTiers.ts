// The CLV tier rule of clv/clvTiers.ts (top 20% high, next 30% mid, rest low; ties in input
// order), applied to each parameter draw's CLVs without sorting them: two selections find the
// cut values, one pass hands out the places. A sort per draw would cost 200 sorts of every
// customer; this is linear, and gives exactly clvTiers' answer (tested against it).
import { NO_CLV_TIER } from "../../clv/clvTiers";

const HIGH_CUT = 0.2;
const MID_CUT = 0.5;
/** bracketedCuts: every SAMPLE_STRIDE-th customer is sampled, from MIN_KNOWN known values up. */
const SAMPLE_STRIDE = 16;
const MIN_KNOWN = 20_000;

/** How many of `known` ranked customers fall at positions i with i / known < cut (as clvTiers). */
export function placesBelow(cut: number, known: number): number {
  let places = Math.min(known, Math.ceil(cut * known));
  while (places > 0 && (places - 1) / known >= cut) places--;
  while (places < known && places / known < cut) places++;
  return places;
}

/** Scratch space for tiersInto, reused across draws. */
export class TierScratch {
  readonly values: Float64Array;
  /** bracketedCuts' sample and the values inside its two brackets. */
  readonly sample: Float64Array;
  readonly nearHigh: Float64Array;
  readonly nearMid: Float64Array;
  constructor(n: number) {
    this.values = new Float64Array(n);
    this.sample = new Float64Array(Math.ceil(n / SAMPLE_STRIDE));
    this.nearHigh = new Float64Array(n >> 3);
    this.nearMid = new Float64Array(n >> 3);
  }
}

/**
 * The k-th largest (0-based) of a[from..length) by quickselect; reorders that part so that the
 * k larger ones come first.
 */
function kthLargest(a: Float64Array, from: number, length: number, k: number): number {
  let lo = from;
  let hi = length - 1;
  k += from;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const swap = a[i];
        a[i] = a[j];
        a[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** Where a draw's tiers are cut, and how many customers tied at each cut still get the upper tier. */
export interface TierCuts {
  /** The value at the last high place, and at the last mid place (Infinity: no such place). */
  highCut: number;
  midCut: number;
  /** Places left for customers equal to highCut once every larger value has its place. */
  highTies: number;
  upperTies: number;
}

/**
 * The cuts of the known (non-NaN) values of clv. `values` is scratch: its first `known` entries
 * must be those values (in any order); they are reordered.
 */
export function tierCuts(clv: Float64Array, values: Float64Array, known: number): TierCuts {
  const high = placesBelow(HIGH_CUT, known);
  const upper = placesBelow(MID_CUT, known);
  const highCut = high > 0 ? kthLargest(values, 0, known, high - 1) : Infinity;
  // The first selection left the `high` largest in front: the mid cut is among the rest.
  const midCut =
    upper > high
      ? kthLargest(values, high, known, upper - high - 1)
      : upper > 0
        ? highCut
        : Infinity;
  let highTies = high;
  let upperTies = upper;
  for (let i = 0; i < clv.length; i++) {
    const v = clv[i];
    if (v > highCut) highTies--;
    if (v > midCut) upperTies--;
  }
  return { highCut, midCut, highTies, upperTies };
}

/**
 * The tier of a value tied at a cut (v === highCut or v === midCut), taking its place from the
 * budget in `cuts`: call it for the tied customers in input order. 0 high, 1 mid, 2 low.
 */
export function tiedTier(v: number, cuts: TierCuts): number {
  if (v > cuts.highCut || (v === cuts.highCut && cuts.highTies-- > 0)) {
    if (v === cuts.midCut) cuts.upperTies--;
    return 0;
  }
  if (v > cuts.midCut || (v === cuts.midCut && cuts.upperTies-- > 0)) return 1;
  return 2;
}

/**
 * Writes clvTiers(clv) into `out` (0 high, 1 mid, 2 low, NO_CLV_TIER for NaN): the customer
 * ranked i-th (ties in input order) among the known ones is high while i / known < 0.2.
 */
export function tiersInto(out: Uint8Array, clv: Float64Array, scratch: TierScratch): Uint8Array {
  const n = clv.length;
  const values = scratch.values;
  let known = 0;
  for (let i = 0; i < n; i++) if (clv[i] === clv[i]) values[known++] = clv[i];
  const cuts = tierCuts(clv, values, known);
  for (let i = 0; i < n; i++) {
    const v = clv[i];
    out[i] = v !== v ? NO_CLV_TIER : tiedTier(v, cuts);
  }
  return out;
}

/**
 * tierCuts' answer in one pass over clv, without copying or selecting all of it: a sample (every
 * SAMPLE_STRIDE-th customer) brackets each cut between two of its values, generously (four
 * standard errors of a sample quantile and more); one pass counts the values above each bracket
 * and keeps those inside; the cut is selected among the few kept. Exact, as tierCuts: a bracket
 * that turns out to miss its cut gives null, and the caller takes tierCuts.
 */
export function bracketedCuts(
  clv: Float64Array,
  known: number,
  scratch: TierScratch
): TierCuts | null {
  const n = clv.length;
  if (known < MIN_KNOWN) return null;
  const high = placesBelow(HIGH_CUT, known);
  const upper = placesBelow(MID_CUT, known);
  const sample = scratch.sample;
  let size = 0;
  for (let i = 0; i < n; i += SAMPLE_STRIDE) if (clv[i] === clv[i]) sample[size++] = clv[i];
  const bracket = (places: number): [number, number] | null => {
    const f = places / known;
    const margin = 4 * Math.sqrt(size * f * (1 - f)) + 2;
    const top = Math.floor(f * size - margin);
    const bottom = Math.ceil(f * size + margin);
    if (top < 0 || bottom >= size) return null;
    // Larger value first: kthLargest leaves the larger ones in front, so select top first.
    const above = kthLargest(sample, 0, size, top);
    return [above, kthLargest(sample, top + 1, size, bottom - top - 1)];
  };
  const highBracket = bracket(high);
  const midBracket = upper > high ? bracket(upper) : null;
  if (highBracket === null || (upper > high && midBracket === null)) return null;
  const [highTop, highBottom] = highBracket;
  const [midTop, midBottom] = midBracket ?? [-Infinity, Infinity];
  const { nearHigh, nearMid } = scratch;
  const room = nearHigh.length;
  let aboveHigh = 0;
  let aboveMid = 0;
  let inHigh = 0;
  let inMid = 0;
  for (let i = 0; i < n; i++) {
    const v = clv[i];
    if (v > highTop) aboveHigh++;
    else if (v >= highBottom) {
      if (inHigh === room) return null;
      nearHigh[inHigh++] = v;
    }
    if (v > midTop) aboveMid++;
    else if (v >= midBottom) {
      if (inMid === room) return null;
      nearMid[inMid++] = v;
    }
  }
  if (!(aboveHigh < high && high <= aboveHigh + inHigh)) return null;
  const highCut = kthLargest(nearHigh, 0, inHigh, high - 1 - aboveHigh);
  // kthLargest left the larger ones in front of the cut's place.
  let highTies = high - aboveHigh;
  for (let j = 0; j < high - 1 - aboveHigh; j++) if (nearHigh[j] > highCut) highTies--;
  if (upper <= high) {
    const midCut = upper > 0 ? highCut : Infinity;
    return { highCut, midCut, highTies, upperTies: upper === high ? highTies : upper };
  }
  if (!(aboveMid < upper && upper <= aboveMid + inMid)) return null;
  const midCut = kthLargest(nearMid, 0, inMid, upper - 1 - aboveMid);
  let upperTies = upper - aboveMid;
  for (let j = 0; j < upper - 1 - aboveMid; j++) if (nearMid[j] > midCut) upperTies--;
  return { highCut, midCut, highTies, upperTies };
}
