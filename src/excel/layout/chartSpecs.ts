// The native charts of the summary sheet, as data: which block and columns feed each one, its type,
// titles and colours. Names are stable so that a later run finds and updates the same chart. The
// last two exist only when their block does (a probabilistic run; the calibration check).
import { label, type Language, type MessageKey } from "../../core";
import type { ChartTypeName } from "../api";
import type { BlockId } from "./summaryBlocks";
import { SHARE_SERIES_COLORS, TIER_CHART_COLORS } from "./tierColors";

/** Actual in the value series' dark blue, the model's prediction in orange, as the Pareto marks. */
const ACTUAL_PREDICTED_COLORS = ["#1F4E79", "#ED7D31"] as const;

export type ChartId =
  "abc" | "pareto" | "revenueShare" | "segments" | "clvTiers" | "calibration" | "pAlive";

export interface ChartSpec {
  id: ChartId;
  type: ChartTypeName;
  block: BlockId;
  /** Block column of the categories, or null for a plain 1, 2, 3... axis. */
  categoryColumn: number | null;
  /** Block columns drawn as series, in order. */
  seriesColumns: number[];
  title: string;
  categoryTitle: string | null;
  valueTitle: string | null;
  valueFormat: string | null;
  valueMax: number | null;
  /** For a scatter chart, whose x axis holds numbers. */
  categoryFormat: string | null;
  categoryMax: number | null;
  /** One colour per series, or per point when colourByPoint. */
  colors: readonly string[];
  colorByPoint: boolean;
}

export function chartSpecs(language: Language): ChartSpec[] {
  const t = (key: MessageKey): string => label(key, language);
  const base = {
    categoryTitle: null,
    valueTitle: null,
    valueFormat: null,
    valueMax: null,
    categoryFormat: null,
    categoryMax: null,
    colorByPoint: false,
  };
  return [
    {
      ...base,
      id: "abc",
      type: "ColumnClustered",
      block: "abc",
      categoryColumn: 0,
      seriesColumns: [2, 4],
      title: t("chart.abc"),
      valueTitle: t("axis.share"),
      valueFormat: "0%",
      colors: SHARE_SERIES_COLORS,
    },
    {
      ...base,
      id: "pareto",
      type: "XYScatterLines", // x is the customer share, not evenly spaced: a line chart would bend it
      block: "pareto",
      categoryColumn: 0,
      seriesColumns: [1, 2, 3],
      title: t("chart.pareto"),
      categoryTitle: t("axis.cumCustomerShare"),
      valueTitle: t("axis.cumValueShare"),
      valueFormat: "0%",
      valueMax: 1,
      categoryFormat: "0%",
      categoryMax: 1,
      colors: ["#1F4E79", "#C00000", "#ED7D31"],
    },
    {
      ...base,
      id: "revenueShare",
      type: "Doughnut",
      block: "abc",
      categoryColumn: 0,
      seriesColumns: [3],
      title: t("chart.revenueShare"),
      colors: TIER_CHART_COLORS,
      colorByPoint: true,
    },
    {
      ...base,
      id: "segments",
      type: "BarClustered",
      block: "segments",
      categoryColumn: 0,
      seriesColumns: [2, 4],
      title: t("chart.segments"),
      valueTitle: t("axis.share"),
      valueFormat: "0%",
      colors: SHARE_SERIES_COLORS,
    },
    {
      ...base,
      id: "clvTiers",
      type: "ColumnClustered",
      block: "clvTiers",
      categoryColumn: 0,
      seriesColumns: [8],
      title: t("chart.clvTiers"),
      valueTitle: t("axis.meanClv"),
      valueFormat: "#,##0",
      colors: TIER_CHART_COLORS,
      colorByPoint: true,
    },
    {
      ...base,
      id: "calibration",
      type: "ColumnClustered",
      block: "calibration",
      categoryColumn: 0,
      seriesColumns: [2, 3], // actual, predicted
      title: t("chart.calibration"),
      categoryTitle: t("axis.calibrationFrequency"),
      valueTitle: t("axis.meanPurchases"),
      valueFormat: "0.0",
      colors: ACTUAL_PREDICTED_COLORS,
    },
    {
      ...base,
      id: "pAlive",
      type: "ColumnClustered",
      block: "pAlive",
      categoryColumn: 0,
      seriesColumns: [1],
      title: t("chart.pAlive"),
      categoryTitle: t("axis.pAlive"),
      valueTitle: t("axis.customers"),
      valueFormat: "#,##0",
      colors: ACTUAL_PREDICTED_COLORS,
    },
  ];
}
