// CLV by group in the run: which customers form the groups, then the fits of fitGroups.
import type { TransactionColumns } from "../../ingest/ingestTransactions";
import type { SegmentOptions } from "../../options";
import type { CustomerSummary } from "../../probabilistic/summary/summaryFromTransactions";
import type { RfmtSummary } from "../../probabilistic";
import type { CellValue, Warning } from "../../types";
import type { ProbabilisticFit } from "../probabilisticFigures";
import { fitGroups, type GroupFitSource, type GroupOptions } from "./fitGroups";
import { cohortLabels, columnLabels } from "./groupLabels";
import type { ClvGroupReport } from "./types";
import type { ModelFigures } from "../probabilisticFigures";

/** The input and the mapped group column (undefined when none is mapped). */
export interface GroupSource {
  values: CellValue[][];
  column: number | undefined;
  /** The column's header text, for the faces; null without a header row. */
  header: string | null;
}

export interface GroupInput {
  by: "cohort" | "column";
  column: string | null;
  /** The group of each summary row. */
  labels: string[];
}

/** The run's group column, as segment() and clvAnalysis() found it. */
export function groupSourceOf(
  values: CellValue[][],
  detected: { mapping: { group?: number }; headers: string[] }
): GroupSource {
  const column = detected.mapping.group;
  const header = column === undefined ? "" : (detected.headers[column] ?? "");
  return { values, column, header: header === "" ? null : header };
}

/** The groups of the run's summary rows, or null (with a warning when grouping cannot be done). */
export function groupInputOf(
  o: SegmentOptions,
  built: CustomerSummary,
  /** The rows a group column is read along; null when another engine aggregated them. */
  t: TransactionColumns | null,
  customerCount: number,
  source: GroupSource | null,
  warnings: Warning[]
): GroupInput | null {
  const by = o.clv.probabilistic.groupBy;
  if (by === "none") return null;
  if (by === "cohort") return { by, column: null, labels: cohortLabels(built.firstDay) };
  if (source === null || source.column === undefined) {
    warnings.push({ code: "clvGroupNoColumn", params: {} });
    return null;
  }
  // The CLI's DuckDB path leaves a run grouped by a column to the core's reader (readTyped.ts).
  if (t === null) throw new Error("CLV groups by a column need the rows");
  const perCustomer = columnLabels(t, customerCount, {
    values: source.values,
    column: source.column,
  });
  return { by, column: source.header, labels: Array.from(built.customer, (k) => perCustomer[k]) };
}

/** Per-group fits and the figures they give; null without grouping or a pooled purchase fit. */
export function groupsOf(
  s: RfmtSummary,
  input: GroupInput | null,
  pooled: ProbabilisticFit,
  o: GroupOptions
): { report: ClvGroupReport; figures: ModelFigures; sources: GroupFitSource[] } | null {
  if (input === null || !pooled.purchase.converged) return null;
  const out = fitGroups(s, input.labels, pooled, o);
  return {
    figures: out.figures,
    sources: out.sources,
    report: {
      by: input.by,
      column: input.column,
      minCustomers: o.minGroupCustomers,
      minRepeatBuyers: o.minGroupRepeatBuyers,
      groups: out.groups,
    },
  };
}
