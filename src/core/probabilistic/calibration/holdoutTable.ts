// Predicted vs actual holdout purchases grouped by calibration frequency: the standard check
// that a purchase model fits (Fader, Hardie and Lee 2005, figure 4; lifetimes'
// plot_calibration_purchases_vs_holdout_purchases).

/** Calibration frequencies 0 .. 6 each get a group; 7 and more share the last one. */
export const HOLDOUT_GROUPS = 8;

export interface HoldoutGroup {
  /** Calibration frequency of the group; the last group holds this many repeat purchases or more. */
  frequency: number;
  orMore: boolean;
  customers: number;
  /** Mean holdout purchases per customer of the group; null for an empty group. */
  meanActual: number | null;
  meanPredicted: number | null;
}

/** One row per group, 0 .. HOLDOUT_GROUPS - 1, empty groups included so a chart keeps its axis. */
export function holdoutTable(
  calibrationFrequency: Float64Array,
  actual: Float64Array,
  predicted: Float64Array
): HoldoutGroup[] {
  const last = HOLDOUT_GROUPS - 1;
  const count = new Float64Array(HOLDOUT_GROUPS);
  const sumActual = new Float64Array(HOLDOUT_GROUPS);
  const sumPredicted = new Float64Array(HOLDOUT_GROUPS);
  for (let i = 0; i < calibrationFrequency.length; i++) {
    const g = Math.min(calibrationFrequency[i], last);
    count[g]++;
    sumActual[g] += actual[i];
    sumPredicted[g] += predicted[i];
  }
  return Array.from(count, (n, g) => ({
    frequency: g,
    orMore: g === last,
    customers: n,
    meanActual: n > 0 ? sumActual[g] / n : null,
    meanPredicted: n > 0 ? sumPredicted[g] / n : null,
  }));
}
