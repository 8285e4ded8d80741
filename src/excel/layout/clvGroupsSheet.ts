// The CLV-by-group comparison sheet as data: title lines, one table (the core's groupTable, so the
// CLI and the pane show the same figures) and its chart of the new-customer value per group.
import {
  formatMessage,
  type GroupColumnKind,
  groupTable,
  type Language,
  PURCHASE_MODEL_NAMES,
  type ProbabilisticResult,
  unitName,
} from "../../core";
import { CHART_DEFAULTS, type ChartSpec } from "./chartSpecs";
import type { FormatName, Grid } from "./cellTypes";
import { safeText } from "./safeText";

type SheetChartSpec = Omit<ChartSpec, "id" | "block"> & { id: string; block: string };

export const CLV_GROUPS_BLOCK = "clvGroups";

const FORMAT_OF: Record<GroupColumnKind, FormatName> = {
  text: "general",
  count: "integer",
  param: "param",
  purchases: "number",
  money: "money",
  prob: "share",
};

export function clvGroupsTitleLines(p: ProbabilisticResult, language: Language): string[] {
  const groups = p.groups;
  if (groups === null) return [];
  return [
    formatMessage("clvGroups.title", { model: PURCHASE_MODEL_NAMES[p.model] }, language),
    formatMessage(
      "clvGroups.note",
      {
        customers: groups.minCustomers,
        repeatBuyers: groups.minRepeatBuyers,
        unit: unitName(p.unit, language),
      },
      language
    ),
  ];
}

/** The comparison table; user text (group values, their column's header) is kept as text. */
export function clvGroupsGrid(p: ProbabilisticResult, language: Language, money: string): Grid {
  if (p.groups === null) throw new Error("no groups to lay out");
  const table = groupTable(p.groups, p, language);
  return {
    // The first header may be the user's column header; the rest are ours, and the chart names
    // its series after them (an apostrophe there would show in the legend).
    header: table.headers.map((h, i) => (i === 0 ? safeText(h) : h)),
    formats: table.kinds.map((k) => FORMAT_OF[k]),
    names: table.names,
    rows: table.rows.map((row) =>
      row.map((v) => (typeof v === "string" ? safeText(v) : Number.isFinite(v) ? v : ""))
    ),
    moneyFormat: money,
  };
}

export function clvGroupsChartSpec(months: number, language: Language): SheetChartSpec {
  return {
    ...CHART_DEFAULTS,
    id: "clvGroupsChart",
    type: "ColumnClustered",
    block: CLV_GROUPS_BLOCK,
    categoryColumn: "group",
    seriesColumns: ["newValue"],
    title: formatMessage("clvGroups.chartTitle", { months }, language),
    valueFormat: "#,##0",
    valueMin: 0,
    colors: ["#1F4E79"],
    // One series, named by the title: a legend would only repeat it.
    legend: false,
    labels: { show: "value", format: "#,##0" },
  };
}
