// Starting points for the BG/NBD and MBG/NBD fits.
import type { BgNbdParams } from "../types";
import type { GroupedHistories } from "./groupHistories";

/**
 * Three starts spread over the shapes fits usually end in, each with the mean purchase rate
 * r / alpha set to the observed repeat rate (repeat purchases per unit of time observed), so that
 * the starts are right in scale whatever the time unit: heterogeneous buyers who drop out early
 * (like CDNOW's), the unit start lifetimes uses, and homogeneous buyers who rarely drop out.
 */
export function purchaseStarts(g: GroupedHistories): BgNbdParams[] {
  let repeats = 0;
  let time = 0;
  for (let i = 0; i < g.rows; i++) {
    repeats += g.weight[i] * g.x[i];
    time += g.weight[i] * g.T[i];
  }
  const rate = repeats > 0 && time > 0 ? repeats / time : time > 0 ? 1 / (time / g.customers) : 1;
  const start = (r: number, a: number, b: number): BgNbdParams => ({ r, alpha: r / rate, a, b });
  return [start(0.5, 0.5, 2), start(1, 1, 1), start(2, 2, 10)];
}
