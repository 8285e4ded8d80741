// What the preview needs to draw a chart as SVG: resolved names, categories and values, read from
// the cells at call time (so edits after the chart was made show up, as in Excel).
import { ChartEntity, DataLabelsEntity, MarkerEntity } from "./entities";
import { seriesCategories, seriesName, seriesValues } from "./charts";
import { WorkbookModel } from "./workbookModel";

export interface ChartSeriesData {
  name: string;
  chartType: string;
  axisGroup: "Primary" | "Secondary";
  hasDataLabels: boolean;
  categories: (string | number)[];
  /** null where the cell is not a number (Excel leaves a gap). */
  values: (number | null)[];
  color: string | null;
  pointColors: (string | null)[];
  /** The line's own colour and style (line and scatter series); null where Excel picks. */
  lineColor: string | null;
  lineStyle: string | null;
  marker: MarkerEntity;
  /** What the labels show; null when the series has none. */
  dataLabels: DataLabelsEntity | null;
  /** Each point's label font colour, where one was set. */
  labelColors: (string | null)[];
}

export interface ChartData {
  name: string;
  type: string;
  title: { text: string; visible: boolean };
  legend: { position: string; visible: boolean };
  valueAxis: {
    title: string | null;
    numberFormat: string;
    minimum: number | null;
    maximum: number | null;
    /** The log base of a logarithmic axis; null for a linear one. */
    logBase: number | null;
  };
  categoryAxis: { title: string | null; reversePlotOrder: boolean; position: string };
  top: number;
  left: number;
  width: number;
  height: number;
  series: ChartSeriesData[];
}

export function chartData(model: WorkbookModel, chart: ChartEntity): ChartData {
  const axisTitle = (t: { text: string; visible: boolean }): string | null =>
    t.visible ? t.text : null;
  return {
    name: chart.name,
    type: chart.chartType,
    title: { ...chart.title },
    legend: { ...chart.legend },
    valueAxis: {
      title: axisTitle(chart.valueAxis.title),
      numberFormat: chart.valueAxis.numberFormat,
      minimum: chart.valueAxis.minimum,
      maximum: chart.valueAxis.maximum,
      logBase: chart.valueAxis.scaleType === "Logarithmic" ? chart.valueAxis.logBase : null,
    },
    categoryAxis: {
      title: axisTitle(chart.categoryAxis.title),
      reversePlotOrder: chart.categoryAxis.reversePlotOrder,
      position: chart.categoryAxis.position,
    },
    top: chart.top,
    left: chart.left,
    width: chart.width,
    height: chart.height,
    series: chart.series.map((s) => {
      const values = seriesValues(model, s);
      return {
        name: seriesName(model, s),
        chartType: s.chartType,
        axisGroup: s.axisGroup,
        hasDataLabels: s.hasDataLabels,
        categories: seriesCategories(model, s),
        values,
        color: s.fill ?? null,
        pointColors: values.map((_, i) => s.pointFills[i] ?? null),
        lineColor: s.line ?? null,
        lineStyle: s.lineStyle ?? null,
        marker: { ...s.marker },
        dataLabels: s.hasDataLabels ? { ...s.dataLabels } : null,
        labelColors: values.map((_, i) => s.pointLabelColors?.[i] ?? null),
      };
    }),
  };
}
