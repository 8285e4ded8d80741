// CLV intervals with CLV by group (method.md section 4): each customer's draws are around the fit
// their CLV comes from, their group's own or the pooled one, and the groups' draws, put side by
// side draw by draw, re-tier every customer together, as the tiers themselves are assigned.
import { NO_CLV_TIER } from "../../clv/clvTiers";
import { CLV_TIERS } from "../../clv/clvTiers";
import type { ProbabilisticOptions } from "../../options";
import type { RfmtSummary } from "../../probabilistic";
import {
  KEEP_BYTES,
  tierIntervals,
  type ClvIntervals,
  type IntervalRun,
} from "../../probabilistic/intervals/clvIntervals";
import { TierScratch, tiersInto } from "../../probabilistic/intervals/drawTiers";
import { groupHistories } from "../../probabilistic/purchase/groupHistories";
import { PURCHASE_MODEL_NAMES } from "../../i18n/fitText";
import { INTERVAL_SEED, startIntervalsOf, type IntervalOutcome } from "../clvIntervalsOf";
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

/**
 * Starts one part's draws; each draw's values go into the run-wide `values` (per summary row) as
 * it is drawn. The warning of its fit when it has no intervals.
 */
function startPart(
  part: Part,
  r: GroupIntervalRequest,
  o: ProbabilisticOptions,
  values: Float32Array,
  progress: (fraction: number) => void
): { run: IntervalRun; warnings: [] } | { run: null; warnings: IntervalOutcome["warnings"] } {
  const { rows, fit } = part;
  const s = subset(r.summary, rows);
  const margin =
    r.margin === null || typeof r.margin === "number" ? r.margin : pick(r.margin, rows);
  const spend = fit.spend;
  const model = PURCHASE_MODEL_NAMES[fit.purchase.model];
  const group = part.label ?? "";
  if (spend === null || !fit.clvDefined)
    return {
      run: null,
      warnings: [{ code: "clvGroupIntervalsLeftOut", params: { group, model } }],
    };
  const started = startIntervalsOf(
    {
      summary: s,
      // A group's own fit was made on its rows: its histories are those rows already.
      grouped: part.label === null ? groupHistories(s) : fit.grouped,
      purchase: fit.purchase,
      spend,
      clv: pick(r.clv, rows),
      margin,
      // No row of a part is tiered: its tiers would be thrown away, as every customer is
      // re-tiered together (TiersTogether); the part gives the draws and the quantiles only.
      tiered: new Uint8Array(rows.length),
      seed: part.label === null ? INTERVAL_SEED : groupSeed(part.label),
      onProgress: progress,
      onDrawValues: (_, drawn) => {
        for (let j = 0; j < rows.length; j++) values[rows[j]] = drawn[j];
      },
    },
    o,
    // The parts share the memory that keeps draws, by their customers.
    (KEEP_BYTES * rows.length) / r.summary.n
  );
  if (started.run !== null) return started;
  return {
    run: null,
    warnings: started.warnings.map((w) => ({
      code: "clvGroupIntervalsLeftOut",
      params: { group, model: String(w.params.model ?? model) },
    })),
  };
}

/** Every draw re-tiers all customers at once: the tier confidence and the tiers' totals. */
class TiersTogether {
  private readonly tier: Uint8Array;
  private readonly scratch: TierScratch;
  private readonly values: Float64Array;
  private readonly tierOfDraw: Uint8Array;
  private readonly agree: Uint16Array;
  private readonly totals: Float64Array;

  constructor(
    private readonly pointClv: Float64Array,
    private readonly tiered: Uint8Array | null,
    private readonly D: number
  ) {
    const n = pointClv.length;
    this.scratch = new TierScratch(n);
    const tieredPoint = tiered === null ? pointClv : pointClv.map((v, i) => (tiered[i] ? v : NaN));
    this.tier = tiersInto(new Uint8Array(n), tieredPoint, this.scratch);
    this.values = new Float64Array(n);
    this.tierOfDraw = new Uint8Array(n);
    this.agree = new Uint16Array(n);
    this.totals = new Float64Array(D * CLV_TIERS.length);
  }

  /** Draw d's values of every customer (per summary row). */
  add(d: number, drawn: Float32Array): void {
    const { tiered, values, tierOfDraw, tier, agree, totals } = this;
    const n = values.length;
    for (let i = 0; i < n; i++) values[i] = tiered === null || tiered[i] ? drawn[i] : NaN;
    tiersInto(tierOfDraw, values, this.scratch);
    for (let i = 0; i < n; i++) {
      const t = tier[i];
      if (t === NO_CLV_TIER) continue;
      if (tierOfDraw[i] === t) agree[i]++;
      totals[d * CLV_TIERS.length + t] += values[i];
    }
  }

  finish() {
    const { tier, agree, D } = this;
    return {
      tier,
      tierConfidence: Float64Array.from(tier, (t, i) => (t === NO_CLV_TIER ? NaN : agree[i] / D)),
      tiers: tierIntervals(tier, this.pointClv, this.totals, D),
    };
  }
}

/**
 * The CLV intervals of a grouped run, or none with a warning naming the group whose fit cannot
 * be drawn from: tier confidence needs every customer's draws, so one group without them leaves
 * the intervals out for the run (never made up from a fit the group's CLV does not come from).
 * The parts are drawn side by side, draw by draw, so only one draw of every customer is held
 * at a time (not every customer's every draw: 6 GB for 7.6 million customers and 200 draws).
 */
export function groupedIntervalsOf(
  r: GroupIntervalRequest,
  o: ProbabilisticOptions
): IntervalOutcome {
  const D = o.intervalDraws;
  if (D === 0 || !r.pooled.clvDefined) return { intervals: null, warnings: [] };
  const n = r.summary.n;
  const values = new Float32Array(n).fill(NaN);
  const parts = partsOf(r);
  const done = new Float64Array(parts.length);
  const runs: IntervalRun[] = [];
  for (let k = 0; k < parts.length; k++) {
    const progress = (fraction: number) => {
      done[k] = fraction;
      r.onProgress?.(done.reduce((sum, f) => sum + f, 0) / parts.length);
    };
    const started = startPart(parts[k], r, o, values, progress);
    if (started.run === null) return { intervals: null, warnings: started.warnings };
    runs.push(started.run);
  }
  const together = new TiersTogether(r.clv, r.tiered, D);
  for (let d = 0; d < D; d++) {
    for (const run of runs) run.draw(d);
    together.add(d, values);
  }
  const p10 = new Float64Array(n).fill(NaN);
  const p50 = new Float64Array(n).fill(NaN);
  const p90 = new Float64Array(n).fill(NaN);
  parts.forEach(({ rows }, k) => {
    const got = runs[k].finish();
    rows.forEach((i, j) => {
      p10[i] = got.p10[j];
      p50[i] = got.p50[j];
      p90[i] = got.p90[j];
    });
  });
  const intervals: ClvIntervals = {
    draws: D,
    seed: INTERVAL_SEED,
    p10,
    p50,
    p90,
    ...together.finish(),
  };
  return { intervals, warnings: [] };
}
