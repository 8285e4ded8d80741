// The CLV-by-group comparison sheet as data: title lines, one table (the core's groupTable, so the
// CLI and the pane show the same figures) and its chart of the new-customer value per group.
import {
  formatMessage,
  type GroupColumnKind,
  groupName,
  groupTable,
  label,
  type Language,
  PURCHASE_MODEL_NAMES,
  type ProbabilisticResult,
  unitName,
  projectionTotals,
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

/** Excel refuses a table whose headers repeat (case-insensitively): a group named "Total" gets a number. */
function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h) => {
    let name = h;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${h} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function clvGroupsMonthsTitle(p: ProbabilisticResult, language: Language): string {
  return formatMessage("clvGroups.monthsTitle", { months: p.horizonMonths }, language);
}

/**
 * The groups' discounted value month by month (each from its group's fit, margin applied), one
 * column per group and the total, with a total row: the group projection of method.md section 4.
 * Null without a projection (no CLV).
 */
export function clvGroupsMonthsGrid(
  p: ProbabilisticResult,
  language: Language,
  money: string
): Grid | null {
  const groups = p.groups?.groups ?? [];
  if (p.projection === null || groups.some((g) => g.projection === null)) return null;
  const total = label("projection.total", language);
  const value = (months: ProbabilisticResult["projection"], k: number) =>
    months?.[k]?.value.total ?? NaN;
  const row = (name: string | number, k: (months: ProbabilisticResult["projection"]) => number) => [
    name,
    ...groups.map((g) => k(g.projection)),
    k(p.projection),
  ];
  const sum = (months: ProbabilisticResult["projection"]) =>
    projectionTotals(months ?? []).value.total;
  return {
    header: uniqueHeaders([
      label("col.month", language),
      ...groups.map((g) => safeText(groupName(g, language))),
      total,
    ]),
    formats: ["integer", ...groups.map((): FormatName => "money"), "money"],
    rows: [
      ...p.projection.map((m) => row(m.month, (months) => value(months, m.month - 1))),
      row(total, sum),
    ],
    moneyFormat: money,
  };
}
