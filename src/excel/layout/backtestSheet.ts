// The backtest sheet (method.md section 11): the title lines, then per grouping at the cut what
// its customers did afterwards, the CLV deciles, and a chart of later revenue per customer by
// segment, in the display language.
import {
  type BacktestGroup,
  type BacktestResult,
  clean,
  formatMessage,
  label,
  type Language,
  shareText,
  type MessageKey,
} from "../../core";
import { CHART_DEFAULTS, type ChartSpec } from "./chartSpecs";
import type { FormatName, Grid, OutValue } from "./cellTypes";
import { safeText } from "./safeText";

export interface BacktestBlock {
  id: string;
  title: string;
  grid: Grid;
}

const num = (x: number): OutValue => clean(x) ?? "";
const pct = shareText;

export function backtestTitleLines(r: BacktestResult, language: Language): string[] {
  const c = r.churn;
  return [
    formatMessage("backtest.sheetTitle", { cut: r.cut, months: r.months, end: r.end }, language),
    formatMessage(
      "backtest.churnSummary",
      {
        precision: pct(c.precision),
        recall: pct(c.recall),
        flagged: c.flagged,
        flaggedNotReturned: c.flaggedNotReturned,
        notReturned: c.notReturned,
      },
      language
    ),
    formatMessage(
      "backtest.newSummary",
      {
        customers: r.newCustomers,
        share: pct(r.laterRevenue > 0 ? r.newCustomersRevenue / r.laterRevenue : NaN),
      },
      language
    ),
  ];
}

function groupGrid(groups: BacktestGroup[], first: string, language: Language): Grid {
  const t = (k: MessageKey) => label(k, language);
  const formats: FormatName[] = ["general", "integer", "share", "money", "money", "share"];
  return {
    header: [
      first,
      t("col.customers"),
      t("backtest.boughtAgain"),
      t("backtest.ordersAfter"),
      t("backtest.revenueAfter"),
      t("backtest.revenueShare"),
    ],
    formats,
    names: [
      "group",
      "customers",
      "boughtAgain",
      "ordersPerCustomer",
      "revenuePerCustomer",
      "revenueShare",
    ],
    rows: groups
      .filter((g) => g.customers > 0)
      .map((g) => [
        safeText(g.label),
        g.customers,
        num(g.boughtAgainShare),
        num(g.ordersPerCustomer),
        num(g.revenuePerCustomer),
        num(g.revenueShare),
      ]),
  };
}

export function backtestBlocks(r: BacktestResult, language: Language): BacktestBlock[] {
  const t = (k: MessageKey) => label(k, language);
  const blocks: BacktestBlock[] = [
    {
      id: "btAbc",
      title: t("backtest.byAbc"),
      grid: groupGrid(r.groups.abc, t("col.abc"), language),
    },
    {
      id: "btSegments",
      title: t("backtest.bySegment"),
      grid: groupGrid(r.groups.segments, t("col.segment"), language),
    },
    {
      id: "btStages",
      title: t("backtest.byStage"),
      grid: groupGrid(r.groups.stages, t("col.stage"), language),
    },
    {
      id: "btChurn",
      title: t("backtest.byChurn"),
      grid: groupGrid(r.groups.churn, t("backtest.churnFlag"), language),
    },
    {
      id: "btClvTiers",
      title: t("backtest.byClvTier"),
      grid: groupGrid(r.groups.clvTiers, t("col.clvTier"), language),
    },
  ];
  for (const check of r.clv) {
    blocks.push({
      id: check.model === "simple" ? "btClvSimple" : "btClvProbabilistic",
      title: formatMessage(
        "backtest.deciles",
        {
          model: t(`backtest.${check.model}`),
          rho: Number.isFinite(check.spearman) ? check.spearman.toFixed(3) : "–",
        },
        language
      ),
      grid: {
        header: [
          t("backtest.decile"),
          t("col.customers"),
          t("backtest.predicted"),
          t("backtest.actual"),
        ],
        formats: ["integer", "integer", "money", "money"],
        rows: check.deciles.map((d) => [d.decile, d.customers, num(d.predicted), num(d.actual)]),
      },
    });
  }
  return blocks;
}

/** Later revenue per customer by segment at the cut: does a better segment bring more? */
export function backtestChartSpecs(language: Language): (Omit<ChartSpec, "id" | "block"> & {
  id: string;
  block: string;
})[] {
  return [
    {
      ...CHART_DEFAULTS,
      id: "backtestSegments",
      type: "ColumnClustered",
      block: "btSegments",
      categoryColumn: "group",
      seriesColumns: ["revenuePerCustomer"],
      title: label("backtest.chart", language),
      categoryTitle: null,
      valueTitle: label("backtest.revenueAfter", language),
      valueFormat: "#,##0",
      colors: ["#1F4E79"],
    },
  ];
}
