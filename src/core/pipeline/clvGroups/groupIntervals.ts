// CLV intervals with CLV by group (method.md section 4): each customer's draws are around the fit
// their CLV comes from, their group's own or the pooled one, and the groups' draws, put side by
// side draw by draw, re-tier every customer together, as the tiers themselves are assigned.
import { NO_CLV_TIER } from "../../clv/clvTiers";
import { CLV_TIERS } from "../../clv/clvTiers";
import type { ProbabilisticOptions } from "../../options";
import type { RfmtSummary } from "../../probabilistic";
import { tierIntervals, type ClvIntervals } from "../../probabilistic/intervals/clvIntervals";
import { TierScratch, tiersInto } from "../../probabilistic/intervals/drawTiers";
import { groupHistories } from "../../probabilistic/purchase/groupHistories";
import { PURCHASE_MODEL_NAMES } from "../../i18n/fitText";
import { clvIntervalsOf, INTERVAL_SEED, type IntervalOutcome } from "../clvIntervalsOf";
import type { ProbabilisticFit } from "../probabilisticFigures";
import { pick, subset, type GroupFitSource } from "./fitGroups";

export interface GroupIntervalRequest {
  summary: RfmtSummary;
  pooled: ProbabilisticFit;
  sources: GroupFitSource[];
  /** The run's CLV per summary row: each group's from its own fit. */
  clv: Float64Array;
  margin: Float64Array | number | null;
  /** Rows that take part in the CLV tiers; null: all. */
  tiered: Uint8Array | null;
  onProgress?: (fraction: number) => void;
}

/**
 * The seed of a group's own draws: 18 mixed with the FNV-1a hash of its label, so a group's
 * intervals depend on its label and rows only (not on which other groups the run has), and two
 * groups never share their normals (that would tie their draws together). The pooled fit keeps
 * 18, so a customer of a pooled group has the interval an ungrouped run gives them.
 */
export function groupSeed(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash ^ INTERVAL_SEED) >>> 0;
}

/** One set of draws: a group's own fit on its rows, or the pooled fit on the pooled groups' rows. */
interface Part {
  label: string | null;
  rows: number[];
  fit: ProbabilisticFit;
}

function partsOf(r: GroupIntervalRequest): Part[] {
  const parts: Part[] = r.sources.flatMap((g) =>
    g.own === null ? [] : [{ label: g.label, rows: g.rows, fit: g.own }]
  );
  const pooledRows = r.sources.flatMap((g) => (g.own === null ? g.rows : []));
  if (pooledRows.length > 0) parts.push({ label: null, rows: pooledRows, fit: r.pooled });
  return parts;
}

interface Drawn {
  byDraw: Float32Array;
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

/** Draws one part into the run-wide arrays; the warning of its fit when it has no intervals. */
function drawPart(
  part: Part,
  r: GroupIntervalRequest,
  o: ProbabilisticOptions,
  out: Drawn,
  progress: (fraction: number) => void
): IntervalOutcome["warnings"] | null {
  const { rows, fit } = part;
  const n = r.summary.n;
  const s = subset(r.summary, rows);
  const margin =
    r.margin === null || typeof r.margin === "number" ? r.margin : pick(r.margin, rows);
  const spend = fit.spend;
  const model = PURCHASE_MODEL_NAMES[fit.purchase.model];
  const group = part.label ?? "";
  if (spend === null || !fit.clvDefined)
    return [{ code: "clvGroupIntervalsLeftOut", params: { group, model } }];
  const outcome = clvIntervalsOf(
    {
      summary: s,
      // A group's own fit was made on its rows: its histories are those rows already.
      grouped: part.label === null ? groupHistories(s) : fit.grouped,
      purchase: fit.purchase,
      spend,
      clv: pick(r.clv, rows),
      margin,
      // No row of a part is tiered: its tiers would be thrown away, as every customer is
      // re-tiered together (tiersTogether); the part gives the draws and the quantiles only.
      tiered: new Uint8Array(rows.length),
      seed: part.label === null ? INTERVAL_SEED : groupSeed(part.label),
      onProgress: progress,
      onDrawValues: (d, values) => {
        const at = d * n;
        for (let j = 0; j < rows.length; j++) out.byDraw[at + rows[j]] = values[j];
      },
    },
    o
  );
  const got = outcome.intervals;
  if (got === null)
    return outcome.warnings.map((w) => ({
      code: "clvGroupIntervalsLeftOut",
      params: { group, model: String(w.params.model ?? model) },
    }));
  rows.forEach((i, j) => {
    out.p10[i] = got.p10[j];
    out.p50[i] = got.p50[j];
    out.p90[i] = got.p90[j];
  });
  return null;
}

/** Every draw re-tiers all customers at once: the tier confidence and the tiers' totals. */
function tiersTogether(
  byDraw: Float32Array,
  pointClv: Float64Array,
  tiered: Uint8Array | null,
  D: number
) {
  const n = pointClv.length;
  const scratch = new TierScratch(n);
  const tieredPoint = tiered === null ? pointClv : pointClv.map((v, i) => (tiered[i] ? v : NaN));
  const tier = tiersInto(new Uint8Array(n), tieredPoint, scratch);
  const values = new Float64Array(n);
  const tierOfDraw = new Uint8Array(n);
  const agree = new Uint16Array(n);
  const totals = new Float64Array(D * CLV_TIERS.length);
  for (let d = 0; d < D; d++) {
    for (let i = 0; i < n; i++) values[i] = tiered === null || tiered[i] ? byDraw[d * n + i] : NaN;
    tiersInto(tierOfDraw, values, scratch);
    for (let i = 0; i < n; i++) {
      const t = tier[i];
      if (t === NO_CLV_TIER) continue;
      if (tierOfDraw[i] === t) agree[i]++;
      totals[d * CLV_TIERS.length + t] += values[i];
    }
  }
  return {
    tier,
    tierConfidence: Float64Array.from(tier, (t, i) => (t === NO_CLV_TIER ? NaN : agree[i] / D)),
    tiers: tierIntervals(tier, pointClv, totals, D),
  };
}

/**
 * The CLV intervals of a grouped run, or none with a warning naming the group whose fit cannot
 * be drawn from: tier confidence needs every customer's draws, so one group without them leaves
 * the intervals out for the run (never made up from a fit the group's CLV does not come from).
 */
export function groupedIntervalsOf(
  r: GroupIntervalRequest,
  o: ProbabilisticOptions
): IntervalOutcome {
  const D = o.intervalDraws;
  if (D === 0 || !r.pooled.clvDefined) return { intervals: null, warnings: [] };
  const n = r.summary.n;
  const out: Drawn = {
    byDraw: new Float32Array(n * D).fill(NaN),
    p10: new Float64Array(n).fill(NaN),
    p50: new Float64Array(n).fill(NaN),
    p90: new Float64Array(n).fill(NaN),
  };
  const parts = partsOf(r);
  for (let k = 0; k < parts.length; k++) {
    const progress = (fraction: number) => r.onProgress?.((k + fraction) / parts.length);
    const missing = drawPart(parts[k], r, o, out, progress);
    if (missing !== null) return { intervals: null, warnings: missing };
  }
  const intervals: ClvIntervals = {
    draws: D,
    seed: INTERVAL_SEED,
    p10: out.p10,
    p50: out.p50,
    p90: out.p90,
    ...tiersTogether(out.byDraw, r.clv, r.tiered, D),
  };
  return { intervals, warnings: [] };
}
