// Fits the purchase and spend models on a summary and predicts every customer's figures over
// the horizon: what segment() and `tiering clv` show, whatever the input was.
import {
  conditionalExpectedPurchases,
  conditionalExpectedSpend,
  fitPurchaseModel,
  fitGammaGamma,
  MONTH_IN_UNIT,
  probabilisticClv,
  probabilityAlive,
  probabilityNoPurchase,
} from "../probabilistic";
import type {
  GammaGammaFitReport,
  PurchaseFitReport,
  PurchaseModel,
  RfmtSummary,
} from "../probabilistic";
import type { ProbabilisticOptions } from "../options";
import { groupHistories, type GroupedHistories } from "../probabilistic/purchase/groupHistories";
import { DAYS_IN_UNIT } from "../probabilistic/summary/unitLength";

export interface FigureOptions extends Omit<
  ProbabilisticOptions,
  "calibrationEnd" | "purchaseModel"
> {
  /** The model to use ("auto" is resolved before: modelSelection.ts). */
  purchaseModel: PurchaseModel;
  /** Its fit on this same summary, when the caller has it already (the "auto" choice). */
  fitted?: PurchaseFitReport;
  /** groupHistories() of this same summary, when the caller has it already. */
  grouped?: GroupedHistories;
  /** Per summary row (a profit share), one rate for all, or null: revenue CLV. */
  margin: Float64Array | number | null;
  /** False when the summary has no spend column: no Gamma-Gamma, no CLV. */
  hasMonetary: boolean;
  /** Fraction of the purchase fit done (its starts), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

/** Per summary row; NaN where the model gives no figure (see probabilisticFigures). */
export interface ModelFigures {
  /** Expected purchases over the horizon. */
  expectedPurchases: Float64Array;
  pAlive: Float64Array;
  /** P(no purchase in the next noPurchaseDays days). */
  pNoPurchase: Float64Array;
  /** Gamma-Gamma expected spend per purchase. */
  expectedSpend: Float64Array;
  clv: Float64Array;
}

export interface ProbabilisticFit {
  purchase: PurchaseFitReport;
  /** Null without a spend column. */
  spend: GammaGammaFitReport | null;
  /** Horizon in the model's unit: horizonMonths x MONTH_IN_UNIT[unit]. */
  horizon: number;
  figures: ModelFigures;
  /** The CLV column has numbers: both fits converged and q > 1. */
  clvDefined: boolean;
  /** The distinct histories the fit and the figures used (the CLV intervals reuse them). */
  grouped: GroupedHistories;
}

const nans = (n: number): Float64Array => new Float64Array(n).fill(NaN);

function applyMargin(clv: Float64Array, margin: FigureOptions["margin"]): Float64Array {
  if (margin === null) return clv;
  return clv.map((v, i) => v * (typeof margin === "number" ? margin : margin[i]));
}

/**
 * Figures come only from converged fits: a failed purchase fit leaves every column NaN (its best
 * parameters are reported, not used); a failed spend fit or q <= 1 leaves spend and CLV NaN,
 * never a negative CLV.
 */
export function probabilisticFigures(s: RfmtSummary, o: FigureOptions): ProbabilisticFit {
  const model = o.purchaseModel;
  const horizon = o.horizonMonths * MONTH_IN_UNIT[s.unit];
  // One grouping of the histories serves the fit, the expectations and the CLV.
  const grouped = o.grouped ?? groupHistories(s);
  const purchase = o.fitted ?? fitPurchaseModel(s, { model, onProgress: o.onProgress, grouped });
  const spend = o.hasMonetary
    ? fitGammaGamma({ frequency: s.frequency, monetary: s.monetary })
    : null;
  const figures: ModelFigures = {
    expectedPurchases: nans(s.n),
    pAlive: nans(s.n),
    pNoPurchase: nans(s.n),
    expectedSpend: nans(s.n),
    clv: nans(s.n),
  };
  if (!purchase.converged) return { purchase, spend, horizon, figures, clvDefined: false, grouped };
  figures.expectedPurchases = conditionalExpectedPurchases(
    horizon,
    s,
    purchase.params,
    model,
    grouped
  );
  figures.pAlive = probabilityAlive(s, purchase.params, model);
  const noPurchaseSpan = o.noPurchaseDays / DAYS_IN_UNIT[s.unit];
  figures.pNoPurchase = probabilityNoPurchase(
    noPurchaseSpan,
    s,
    purchase.params,
    model,
    figures.pAlive
  );
  const spendUsable = spend !== null && spend.converged && spend.spendDefined;
  if (spendUsable) {
    figures.expectedSpend = conditionalExpectedSpend(s.frequency, s.monetary, spend.params);
    const clv = probabilisticClv(s, purchase.params, spend.params, {
      model,
      horizonMonths: o.horizonMonths,
      monthlyDiscount: o.monthlyDiscount,
      grouped,
      spendPerPurchase: figures.expectedSpend,
    });
    figures.clv = applyMargin(clv, o.margin);
  }
  return { purchase, spend, horizon, figures, clvDefined: spendUsable, grouped };
}
