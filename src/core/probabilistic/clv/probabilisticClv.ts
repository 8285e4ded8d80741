// Probabilistic CLV over a horizon of H months (method.md section 4, as lifetimes computes it):
//   CLV = sum over k = 1..H of E[spend] (E[Y(k u)] - E[Y((k-1) u)]) / (1 + d)^k,
// with u the length of a month in the summary's time unit, times the margin when one is given.
import { DEFAULT_OPTIONS } from "../../options";
import { groupHistories } from "../purchase/groupHistories";
import { discountedPurchasesInto } from "./discountedPurchases";
import { interpolateNearAOne } from "../purchase/interpolateNearAOne";
import { conditionalExpectedSpend } from "../spend/conditionalExpectedSpend";
import {
  MONTH_IN_UNIT,
  type GammaGammaParams,
  type ProbabilisticClvOptions,
  type PurchaseParams,
  type RfmtSummary,
} from "../types";

/**
 * CLV per customer in the currency of monetary (revenue CLV without a margin). NaN where the
 * history is invalid or the expected spend is undefined (Gamma-Gamma q <= 1): never a negative
 * figure from a model that does not hold. The horizon is whole months; the discount is per month.
 */
export function probabilisticClv(
  summary: RfmtSummary,
  purchase: PurchaseParams,
  spend: GammaGammaParams,
  options: ProbabilisticClvOptions = {}
): Float64Array {
  const model = options.model ?? "bgnbd";
  const defaults = DEFAULT_OPTIONS.clv.probabilistic;
  const months = options.horizonMonths ?? defaults.horizonMonths;
  const discount = options.monthlyDiscount ?? defaults.monthlyDiscount;
  const margin = options.margin ?? 1;
  if (!Number.isInteger(months) || months < 0) {
    throw new RangeError("horizonMonths must be a whole number of months >= 0");
  }
  if (!(discount > -1) || !Number.isFinite(discount))
    throw new RangeError("monthlyDiscount must be > -1");
  if (!Number.isFinite(margin)) throw new RangeError("margin must be a finite number");

  const unit = MONTH_IN_UNIT[summary.unit];
  const spendPerPurchase =
    options.spendPerPurchase ??
    conditionalExpectedSpend(summary.frequency, summary.monetary, spend);
  const g = options.grouped ?? groupHistories(summary);
  // Discounted purchases over the horizon, once per distinct history.
  const schedule = { model, months, unit, discount };
  const discountedPurchases = interpolateNearAOne(purchase, (p) =>
    discountedPurchasesInto(new Float64Array(g.rows), p, g, schedule)
  );
  return Float64Array.from(g.rowOf, (row, i) =>
    row < 0 ? NaN : spendPerPurchase[i] * discountedPurchases[row] * margin
  );
}
