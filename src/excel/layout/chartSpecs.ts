// The native charts of the summary sheet, as data: which block and columns feed each one, its type,
// titles and colours. Names are stable so that a later run finds and updates the same chart. The
// last two exist only when their block does (a probabilistic run; the calibration check).
import { label, type Language, type MessageKey, PARETO_MARKS } from "../../core";
import type { ChartTypeName } from "../api";
import { paretoMarkColumn, type BlockId } from "./summaryBlocks";
import { SHARE_SERIES_COLORS, TIER_CHART_COLORS } from "./tierColors";

/** Actual in the value series' dark blue, the model's prediction in orange, as the Pareto marks. */
const ACTUAL_PREDICTED_COLORS = ["#1F4E79", "#ED7D31"] as const;

export type ChartId =
  | "abc"
  | "pareto"
  | "revenueShare"
  | "segments"
  | "clvTiers"
  | "calibration"
  | "pAlive"
  | "projection";

export interface ChartSpec {
  id: ChartId;
  type: ChartTypeName;
  block: BlockId;
  /** The block's column of the categories (by its name in Grid.names), or null for 1, 2, 3... */
  categoryColumn: string | null;
  /** The block's columns drawn as series, in order, by name. */
  seriesColumns: string[];
  title: string;
  categoryTitle: string | null;
  valueTitle: string | null;
  valueFormat: string | null;
  /** 0 for shares: a negative value (a customer with only returns) must not drag the axis below. */
  valueMin: number | null;
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
    valueMin: null,
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
      categoryColumn: "group",
      seriesColumns: ["customerShare", "valueShare"],
      title: t("chart.abc"),
      valueTitle: t("axis.share"),
      valueFormat: "0%",
      valueMin: 0,
      colors: SHARE_SERIES_COLORS,
    },
    {
      ...base,
      id: "pareto",
      type: "XYScatterLines", // x is the customer share, not evenly spaced: a line chart would bend it
      block: "pareto",
      categoryColumn: "cumCustomerShare",
      seriesColumns: ["cumValueShare", ...PARETO_MARKS.map(paretoMarkColumn)],
      title: t("chart.pareto"),
      categoryTitle: t("axis.cumCustomerShare"),
      valueTitle: t("axis.cumValueShare"),
      valueFormat: "0%",
      valueMin: 0,
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
      categoryColumn: "group",
      seriesColumns: ["value"],
      title: t("chart.revenueShare"),
      colors: TIER_CHART_COLORS,
      colorByPoint: true,
    },
    {
      ...base,
      id: "segments",
      type: "BarClustered",
      block: "segments",
      categoryColumn: "group",
      seriesColumns: ["customerShare", "valueShare"],
      title: t("chart.segments"),
      valueTitle: t("axis.share"),
      valueFormat: "0%",
      valueMin: 0,
      colors: SHARE_SERIES_COLORS,
    },
    {
      ...base,
      id: "clvTiers",
      type: "ColumnClustered",
      block: "clvTiers",
      categoryColumn: "group",
      seriesColumns: ["meanClv"],
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
      categoryColumn: "frequency",
      seriesColumns: ["actual", "predicted"],
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
      categoryColumn: "bin",
      seriesColumns: ["customers"],
      title: t("chart.pAlive"),
      categoryTitle: t("axis.pAlive"),
      valueTitle: t("axis.customers"),
      valueFormat: "#,##0",
      colors: ACTUAL_PREDICTED_COLORS,
    },
    {
      ...base,
      id: "projection",
      type: "ColumnStacked",
      block: "projection",
      categoryColumn: "month",
      seriesColumns: ["value_high", "value_mid", "value_low"],
      title: t("chart.projection"),
      categoryTitle: t("axis.month"),
      valueTitle: t("axis.discountedValue"),
      valueFormat: "#,##0",
      valueMin: 0,
      colors: TIER_CHART_COLORS,
    },
  ];
}
