// A value axis as Excel picks it: from 0 (or the data's minimum when negative) to a round maximum,
// with about five major ticks at 1, 2 or 5 times a power of ten.
export interface ValueScale {
  min: number;
  max: number;
  ticks: number[];
  /** The base of a logarithmic axis; absent for a linear one. */
  logBase?: number;
}

function niceStep(span: number, targetTicks: number): number {
  const raw = span / targetTicks;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

export function valueScale(
  values: number[],
  fixedMin: number | null,
  fixedMax: number | null,
  targetTicks = 5
): ValueScale {
  const dataMin = Math.min(0, ...values);
  const dataMax = Math.max(0, ...values);
  let min = fixedMin ?? dataMin;
  let max = fixedMax ?? dataMax;
  if (max <= min) max = min + 1;
  const step = niceStep(max - min, targetTicks);
  if (fixedMin === null) min = Math.floor(min / step) * step;
  if (fixedMax === null) max = Math.ceil(max / step) * step;
  if (max <= min) max = min + step;
  const ticks: number[] = [];
  // Rounded to the step's precision so 0.30000000000000004 prints as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = min; v <= max + step / 1e6; v += step) ticks.push(Number(v.toFixed(digits)));
  return { min, max, ticks };
}

/**
 * A logarithmic axis as Excel draws it: from the power of the base at or below the smallest
 * positive value to the one at or above the largest, a tick at each power. Zero and negative
 * values have no place on it (they sit at the bottom).
 */
export function logValueScale(values: number[], base: number): ValueScale {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return valueScale(values, null, null);
  const power = (v: number): number => Math.log(v) / Math.log(base);
  // Rounded first, so that 1000 is the power 3 and not 2.9999999999999996.
  const lo = Math.floor(Number(power(Math.min(...positive)).toFixed(9)));
  let hi = Math.ceil(Number(power(Math.max(...positive)).toFixed(9)));
  if (hi <= lo) hi = lo + 1;
  const ticks: number[] = [];
  for (let k = lo; k <= hi; k++) ticks.push(Number((base ** k).toPrecision(12)));
  return { min: ticks[0], max: ticks[ticks.length - 1], ticks, logBase: base };
}

/**
 * Position of a value between two pixel ends (from = the value min). A value beyond a fixed end is
 * drawn at that end, as Excel clips a bar at the axis (a negative share on an axis from 0).
 */
export function project(value: number, scale: ValueScale, from: number, to: number): number {
  const v = Math.min(Math.max(value, scale.min), scale.max);
  if (scale.logBase !== undefined) {
    const t = Math.log(v / scale.min) / Math.log(scale.max / scale.min);
    return from + t * (to - from);
  }
  return from + ((v - scale.min) / (scale.max - scale.min)) * (to - from);
}
