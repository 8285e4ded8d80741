// TIER.CLV_INTERVAL: the probabilistic CLV of each row of a customer summary with its interval and
// tier confidence (method.md section 4), spilled as six columns per row: CLV, P10, P50, P90, CLV
// tier and tier confidence. It runs the same analysis as `tiering clv` on a summary table (the
// purchase and spend fits, then the parameter draws with the same seed), so the figures are the
// CLI's and the workbook's for the same rows and options.
import {
  type ClvAnalysis,
  CLV_TIERS,
  formatMessage,
  label,
  type Language,
  PURCHASE_MODELS,
  type PurchaseModel,
  rejectedMessage,
  TIME_UNITS,
  type TimeUnit,
} from "../core";
import { guardAsync } from "./guard";
import { languageArgument } from "./language";
import { choice, numberOption } from "./options";
import { FormulaProblem } from "./problems";
import { columnOf, laidOut, requireSameLength } from "./ranges";
import { invalidValue } from "./runtime";
import { analyseOffThread } from "./offThread/offThread";

export interface ClvIntervalArguments {
  frequency: unknown;
  recency: unknown;
  T: unknown;
  monetary: unknown;
  unit?: unknown;
  horizonMonths?: unknown;
  model?: unknown;
  language?: unknown;
}

const HEADER = ["customer", "frequency", "recency", "T", "monetary"];

export function clvIntervalCells(args: ClvIntervalArguments): Promise<unknown[][]> {
  let language: Language | undefined;
  return guardAsync(
    () => language ?? languageArgument(args.language, "language"),
    async () => {
      language = languageArgument(args.language, "language");
      const unit: TimeUnit = choice(args.unit, "unit", TIME_UNITS, "weeks");
      const model: PurchaseModel = choice(args.model, "model", PURCHASE_MODELS, "bgnbd");
      const horizonMonths = numberOption(
        args.horizonMonths,
        "horizon_months",
        { min: 1, max: 1200 },
        12
      );
      if (!Number.isInteger(horizonMonths))
        throw new FormulaProblem("fn.outOfRange", {
          argument: "horizon_months",
          min: 1,
          max: 1200,
          value: horizonMonths,
        });
      const columns = [
        columnOf(args.frequency, "frequency"),
        columnOf(args.recency, "recency"),
        columnOf(args.T, "T"),
        columnOf(args.monetary, "monetary"),
      ];
      const n = requireSameLength(columns);
      // Row numbers as customer ids: row i of the ranges is "row i" of every message.
      const values = [
        HEADER,
        ...Array.from({ length: n }, (_, i) => [String(i + 1), ...columns.map((c) => c.cells[i])]),
      ];
      // Off Excel's thread: the page's Web Worker (offThread/offThread.ts).
      const a = await analyseOffThread({
        kind: "clv",
        input: { values, firstRowNumber: 0 },
        options: {
          language,
          clv: { probabilistic: { unit, purchaseModel: model, horizonMonths } },
        },
      });
      return laidOut(rowsOf(a, n, language), columns[0].across);
    }
  );
}

function rowsOf(a: ClvAnalysis, n: number, language: Language): unknown[][] {
  const p = a.probabilistic;
  const intervals = p.intervals;
  // No intervals: say why (a fit that failed, q <= 1, a singular fit) rather than show blanks.
  if (intervals === null) {
    const why = a.warnings.map((w) => formatMessage(`warning.${w.code}`, w.params, language));
    throw new FormulaProblem("fn.noClvIntervals", { why: why.join(" ") });
  }
  const byRow = new Map(a.ids.map((id, k) => [Number(id), k]));
  const rejected = new Map(a.rejected.map((r) => [r.row, rejectedMessage(r, language)]));
  const out: unknown[][] = [];
  for (let row = 1; row <= n; row++) {
    const k = byRow.get(row);
    const problem = rejected.get(row);
    if (k === undefined) {
      const cell = problem === undefined ? "" : invalidValue(problem);
      out.push([cell, cell, cell, cell, cell, cell]);
      continue;
    }
    const tier = intervals.tier[k];
    const number = (x: number): unknown => (Number.isFinite(x) ? x : "");
    out.push([
      number(p.clv[k]),
      number(intervals.p10[k]),
      number(intervals.p50[k]),
      number(intervals.p90[k]),
      tier < CLV_TIERS.length ? label(`clvTier.${CLV_TIERS[tier]}`, language) : "",
      number(intervals.tierConfidence[k]),
    ]);
  }
  return out;
}
