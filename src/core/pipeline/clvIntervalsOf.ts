// The CLV intervals and tier confidence of a run (method.md section 4): from the fits'
// covariances when both have one, else a warning that says why they are left out.
import {
  KEEP_BYTES,
  startClvIntervals,
  type ClvIntervals,
  type IntervalRun,
  type NoIntervalReason,
} from "../probabilistic/intervals/clvIntervals";
import type { GroupedHistories } from "../probabilistic/purchase/groupHistories";
import type { GammaGammaFitReport, PurchaseFitReport, RfmtSummary } from "../probabilistic/types";
import { PURCHASE_MODEL_NAMES } from "../i18n/fitText";
import type { ProbabilisticOptions } from "../options";
import type { Warning } from "../types";

/** The draws' seed: fixed, so every face and every run shows the same intervals. */
export const INTERVAL_SEED = 18;

export interface IntervalRequest {
  summary: RfmtSummary;
  grouped: GroupedHistories;
  purchase: PurchaseFitReport;
  spend: GammaGammaFitReport;
  /** The point CLV per summary row, margin applied. */
  clv: Float64Array;
  margin: Float64Array | number | null;
  /** Rows that take part in the CLV tiers; null: all. */
  tiered: Uint8Array | null;
  onProgress?: (fraction: number) => void;
  /** The draws' seed; INTERVAL_SEED unless a group's own fit (clvGroups/groupIntervals.ts). */
  seed?: number;
  onDrawValues?: (draw: number, values: Float32Array) => void;
}

const MODEL_OF_REASON: Record<NoIntervalReason, (r: IntervalRequest) => string> = {
  purchaseCovariance: (r) => PURCHASE_MODEL_NAMES[r.purchase.model],
  spendCovariance: () => "Gamma-Gamma",
  spendDraws: () => "Gamma-Gamma",
};

export interface IntervalOutcome {
  intervals: ClvIntervals | null;
  warnings: Warning[];
}

/** Null intervals without a warning when the user turned them off (0 draws). */
export function clvIntervalsOf(r: IntervalRequest, o: ProbabilisticOptions): IntervalOutcome {
  if (o.intervalDraws === 0) return { intervals: null, warnings: [] };
  const started = startIntervalsOf(r, o);
  if (started.run === null) return { intervals: null, warnings: started.warnings };
  for (let d = 0; d < o.intervalDraws; d++) started.run.draw(d);
  return { intervals: started.run.finish(), warnings: [] };
}

/**
 * The run's intervals a draw at a time (startClvIntervals), or the warning that says why there
 * are none. `keepBytes`: the memory that may keep its customers' draws (KEEP_BYTES unless shared).
 */
export function startIntervalsOf(
  r: IntervalRequest,
  o: ProbabilisticOptions,
  keepBytes = KEEP_BYTES
): { run: IntervalRun; warnings: [] } | { run: null; warnings: Warning[] } {
  const run = startClvIntervals(
    {
      summary: r.summary,
      grouped: r.grouped,
      // The model fitted ("auto" has picked one by now).
      model: r.purchase.model,
      purchase: r.purchase,
      spend: r.spend,
      horizonMonths: o.horizonMonths,
      monthlyDiscount: o.monthlyDiscount,
      margin: r.margin,
      tiered: r.tiered,
      draws: o.intervalDraws,
      seed: r.seed ?? INTERVAL_SEED,
      onProgress: r.onProgress,
      onDrawValues: r.onDrawValues,
    },
    r.clv,
    { keepBytes }
  );
  if (typeof run !== "string") return { run, warnings: [] };
  const code = run === "spendDraws" ? "clvIntervalsSpendDraws" : "clvIntervalsNoCovariance";
  return {
    run: null,
    warnings: [{ code, params: { model: MODEL_OF_REASON[run](r) } }],
  };
}
