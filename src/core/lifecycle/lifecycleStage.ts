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
}

const POTENTIAL = stageIndex("potential");
const NEW = stageIndex("new");
const REPEAT = stageIndex("repeat");
const LOYAL = stageIndex("loyal");
const AT_RISK = stageIndex("atRisk");
const LOST = stageIndex("lost");

/** Probability below which a BG/NBD customer counts as at risk. */
const ALIVE_THRESHOLD = 0.5;
const LOYAL_MIN_SCORE = 4;

/**
 * Index into STAGES per customer. First that holds wins: no purchase -> potential; recency above
 * lostDays -> lost; recency above atRiskDays, or above max(gapMultiple x the median gap,
 * gapFloorDays), or P(alive)
 * below 0.5 -> atRisk; F and R scores >= 4 -> loyal; two or more purchases -> repeat; else new.
 * An unknown recency (NaN) never makes a customer lost or at risk.
 */
export function lifecycleStages(
  c: CustomerTable,
  scores: RfmScores,
  opts: LifecycleOptions,
  pAlive?: Float64Array
): Uint8Array {
  const stages = new Uint8Array(c.n);
  for (let i = 0; i < c.n; i++) {
    if (!c.hasPurchase[i]) {
      stages[i] = POTENTIAL;
      continue;
    }
    const recency = c.recencyDays[i];
    if (recency > opts.lostDays) stages[i] = LOST;
    else if (isAtRisk(recency, c.medianGapDays[i], opts, pAlive === undefined ? NaN : pAlive[i]))
      stages[i] = AT_RISK;
    else if (scores.f[i] >= LOYAL_MIN_SCORE && scores.r[i] >= LOYAL_MIN_SCORE) stages[i] = LOYAL;
    else stages[i] = c.frequency[i] >= 2 ? REPEAT : NEW;
  }
  return stages;
}

function isAtRisk(
  recency: number,
  medianGap: number,
  opts: LifecycleOptions,
  pAlive: number
): boolean {
  // NaN compares false, so an unknown gap or P(alive) simply does not count.
  const gapLimit = Math.max(opts.gapMultiple * medianGap, opts.gapFloorDays);
  return (
    recency > opts.atRiskDays ||
    (!Number.isNaN(medianGap) && recency > gapLimit) ||
    pAlive < ALIVE_THRESHOLD
  );
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
