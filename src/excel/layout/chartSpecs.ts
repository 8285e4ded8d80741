// The native charts of the summary sheet, as data: which block and columns feed each one, its type,
// titles, colours, labels and markers. Names are stable so that a later run finds and updates the
// same chart. The last two exist only when their block does (a probabilistic run; the calibration
// check). Every series and point gets its colour set here, so the legend (which shows series, or a
// round chart's points) is the colour of what it names; a chart coloured point by point has no
// legend, its category axis names the points.
import {
  formatMessage,
  label,
  type Language,
  type MessageKey,
  type ParetoPoint,
  PARETO_MARKS,
  SHARE_FORMAT,
  shareText,
} from "../../core";
import type { ChartTypeName } from "../api";
import {
  PARETO_CROSSING,
  PARETO_CROSSING_COLUMN,
  paretoCrossing,
  paretoMarkColumn,
  type BlockId,
} from "./summaryBlocks";
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
  /** False for a chart coloured by point: Excel's legend would show the series, not the points. */
  legend: boolean;
  /**
   * Draw only the block's leading rows whose value in this column is above 0 (the block puts its
   * empty groups last), so that no empty category is drawn; null for every row.
   */
  leadingRowsWith: string | null;
  /** A bar chart's first row at the top, as in the table (Excel draws it at the bottom). */
  reverseCategories: boolean;
  /** Labels on every point: its value, or its share of the whole (a round chart). */
  labels: ChartLabels | null;
  /** Per series of a line or scatter chart: a plain line, or one marked point without a line. */
  seriesStyles: SeriesStyle[] | null;
  /** Height in sheet rows of a chart drawn for the first time. */
  heightRows: number;
  /**
   * A logarithmic value axis (base 10, its title saying so) when every drawn value is above 0 and
   * the largest is at least `ratio` times the smallest: the small columns stay visible.
   */
  logScale: { ratio: number; title: string } | null;
}

/** A point's value, or a round chart's share of the whole, in a number format. */
export type ChartLabels = { show: "value" | "percentage"; format: string };

/** "line": no markers on a curve of many points; "point": a marker and no line. */
export type SeriesStyle = "line" | "point";

/** Most charts: no labels, one colour per series, a legend, sixteen rows high. */
export const CHART_DEFAULTS = {
  categoryTitle: null,
  valueTitle: null,
  valueFormat: null,
  valueMin: null,
  valueMax: null,
  categoryFormat: null,
  categoryMax: null,
  colorByPoint: false,
  legend: true,
  leadingRowsWith: null,
  reverseCategories: false,
  labels: null,
  seriesStyles: null,
  heightRows: 16,
  logScale: null,
} as const;

/** Shares on labels as in the tables (one decimal, "<0.1%"): a 0.4% segment does not read "0%". */
const SHARE_LABELS: ChartLabels = { show: "value", format: SHARE_FORMAT };

/** The Pareto chart's title says where the curve crosses 80%: "21.3% of customers bring 80%...". */
function paretoTitle(pareto: readonly ParetoPoint[], language: Language): string {
  const at = pareto[paretoCrossing(pareto)];
  if (!at) return label("chart.pareto", language);
  const params = {
    customers: shareText(at.customerShare),
    share: `${PARETO_CROSSING * 100}%`,
  };
  return formatMessage("chart.paretoCrossing", params, language);
}

export function chartSpecs(language: Language, pareto: readonly ParetoPoint[]): ChartSpec[] {
  const t = (key: MessageKey): string => label(key, language);
  const base = CHART_DEFAULTS;
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
      labels: SHARE_LABELS,
    },
    {
      ...base,
      id: "pareto",
      type: "XYScatterLines", // x is the customer share, not evenly spaced: a line chart would bend it
      block: "pareto",
      categoryColumn: "cumCustomerShare",
      // The curve and the mark lines without markers (201 points would draw 201 dots), then the
      // first point at 80% of the value as a marker of its own; the title says where it is.
      seriesColumns: [
        "cumValueShare",
        ...PARETO_MARKS.map(paretoMarkColumn),
        PARETO_CROSSING_COLUMN,
      ],
      seriesStyles: ["line", ...PARETO_MARKS.map((): SeriesStyle => "line"), "point"],
      title: paretoTitle(pareto, language),
      categoryTitle: t("axis.cumCustomerShare"),
      valueTitle: t("axis.cumValueShare"),
      valueFormat: "0%",
      valueMin: 0,
      valueMax: 1,
      categoryFormat: "0%",
      categoryMax: 1,
      colors: ["#1F4E79", "#C00000", "#ED7D31", "#C00000"],
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
      // A round chart's legend shows its points, in their colours.
      labels: { show: "percentage", format: SHARE_FORMAT },
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
      leadingRowsWith: "customers",
      reverseCategories: true,
      // A segment with 0.3% of the value next to one with 60% is a hairline: its label says it.
      labels: SHARE_LABELS,
      heightRows: 24,
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
      legend: false,
      labels: { show: "value", format: "#,##0" },
      // One tier's mean CLV a hundred times another's: a log axis keeps the low tier's column.
      logScale: {
        ratio: 100,
        title: formatMessage("axis.logScale", { title: t("axis.meanClv") }, language),
      },
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
