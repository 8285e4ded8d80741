// Lifecycle stage and churn warning, method.md section 6.
import type { CustomerTable, RfmScores, Stage } from "../types";
import { STAGES } from "../types";

export interface LifecycleOptions {
  /** At risk when days since the last purchase exceed this multiple of the median gap. */
  gapMultiple: number;
  /** The gap rule never fires at fewer days than this (a weekly buyer is not at risk after a week). */
  gapFloorDays: number;
  atRiskDays: number;
  lostDays: number;
  /** When set (and P(no purchase) is given), its rule replaces the P(alive) rule; see below. */
  noPurchaseAtRisk?: number | null;
}

/** The probabilistic model's view of each customer, when its fit converged. */
export interface ModelChurn {
  pAlive: Float64Array;
  /** P(no purchase in the next N days). */
  pNoPurchase: Float64Array;
}

const POTENTIAL = stageIndex("potential");
const NEW = stageIndex("new");
const REPEAT = stageIndex("repeat");
const LOYAL = stageIndex("loyal");
const AT_RISK = stageIndex("atRisk");
const LOST = stageIndex("lost");

/** Probability below which a BG/NBD customer counts as at risk. */
export const ALIVE_THRESHOLD = 0.5;
export const LOYAL_MIN_SCORE = 4;

/**
 * Index into STAGES per customer. First that holds wins: no purchase -> potential; recency above
 * lostDays -> lost; recency above atRiskDays, or above max(gapMultiple x the median gap,
 * gapFloorDays), or P(alive)
 * below 0.5 (or, with noPurchaseAtRisk, P(no purchase in N days) above it) -> atRisk; F and R scores >= 4 -> loyal; two or more purchases -> repeat; else new.
 * An unknown recency (NaN) never makes a customer lost or at risk.
 */
export function lifecycleStages(
  c: CustomerTable,
  scores: RfmScores,
  opts: LifecycleOptions,
  model?: ModelChurn
): Uint8Array {
  const stages = new Uint8Array(c.n);
  const modelSaysAtRisk = modelRule(opts, model);
  for (let i = 0; i < c.n; i++) {
    if (!c.hasPurchase[i]) {
      stages[i] = POTENTIAL;
      continue;
    }
    const recency = c.recencyDays[i];
    if (recency > opts.lostDays) stages[i] = LOST;
    else if (isAtRisk(recency, c.medianGapDays[i], opts) || modelSaysAtRisk(i)) stages[i] = AT_RISK;
    else if (scores.f[i] >= LOYAL_MIN_SCORE && scores.r[i] >= LOYAL_MIN_SCORE) stages[i] = LOYAL;
    else stages[i] = c.frequency[i] >= 2 ? REPEAT : NEW;
  }
  return stages;
}

function isAtRisk(recency: number, medianGap: number, opts: LifecycleOptions): boolean {
  // NaN compares false, so an unknown gap simply does not count.
  const gapLimit = Math.max(opts.gapMultiple * medianGap, opts.gapFloorDays);
  return recency > opts.atRiskDays || (!Number.isNaN(medianGap) && recency > gapLimit);
}

/** The model's at-risk rule per customer; a NaN probability (no figure) never counts. */
function modelRule(opts: LifecycleOptions, model: ModelChurn | undefined): (i: number) => boolean {
  if (model === undefined) return () => false;
  const threshold = opts.noPurchaseAtRisk ?? null;
  if (threshold !== null) return (i) => model.pNoPurchase[i] > threshold;
  return (i) => model.pAlive[i] < ALIVE_THRESHOLD;
}

/** 1 for customers at risk or lost (the churn warning), else 0. */
export function churnWarnings(stages: Uint8Array): Uint8Array {
  const warn = new Uint8Array(stages.length);
  for (let i = 0; i < stages.length; i++)
    warn[i] = stages[i] === AT_RISK || stages[i] === LOST ? 1 : 0;
  return warn;
}

function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
