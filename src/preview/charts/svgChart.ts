// A chart's definition (ChartData from the in-memory workbook) to SVG elements, laid out roughly as
// Excel does: title on top, legend at the right or bottom, the plot in what is left. Pure.
import type { ChartData } from "../../excelDouble";
import type { Box } from "./box";
import { AxisOptions, cartesianChart } from "./cartesian";
import {
  bottomLegendHeight,
  legendEntries,
  legendNodes,
  legendRows,
  RIGHT_LEGEND_WIDTH,
} from "./legend";
import { roundChart } from "./round";
import { ChartSvg, SvgNode, text } from "./svgNode";

/** Chart geometry is in points, the screen in CSS px (96 per inch against 72). */
export const PX_PER_POINT = 4 / 3;

const PADDING = 8;
const TITLE_HEIGHT = 26;

export interface ChartSvgOptions {
  /** The category (x) axis of a scatter chart, which is a value axis there. */
  xAxis?: AxisOptions;
}

export function isRoundChartType(type: string): boolean {
  return type === "Pie" || type === "Doughnut";
}

export function chartSvg(data: ChartData, options: ChartSvgOptions = {}): ChartSvg {
  const width = Math.max(60, data.width * PX_PER_POINT);
  const height = Math.max(60, data.height * PX_PER_POINT);
  const nodes: SvgNode[] = [
    {
      tag: "rect",
      attrs: {
        x: 0.5,
        y: 0.5,
        width: width - 1,
        height: height - 1,
        fill: "#FFFFFF",
        stroke: "#D9D9D9",
      },
    },
  ];
  let top = PADDING;
  if (data.title.visible && data.title.text) {
    nodes.push(text(width / 2, top + 10, data.title.text, { size: 14, bold: true, role: "title" }));
    top += TITLE_HEIGHT;
  }
  const round = isRoundChartType(data.type);
  const entries = data.legend.visible ? legendEntries(data, round) : [];
  const vertical = data.legend.position === "Right" || data.legend.position === "Left";
  const legendWidth = entries.length > 0 && vertical ? RIGHT_LEGEND_WIDTH : 0;
  // A bottom legend takes as many rows as its entries need at the chart's width.
  const legendHeight = vertical
    ? 0
    : bottomLegendHeight(legendRows(entries, width - 2 * PADDING).length);
  const plotArea: Box = {
    x: PADDING,
    y: top,
    width: width - 2 * PADDING - legendWidth,
    height: height - top - PADDING - legendHeight,
  };
  const xAxis = options.xAxis ?? { numberFormat: "General", minimum: null, maximum: null };
  nodes.push(...(round ? roundChart(data, plotArea) : cartesianChart(data, plotArea, xAxis)));
  if (entries.length > 0) {
    const area: Box = vertical
      ? {
          x: width - PADDING - legendWidth + 6,
          y: top,
          width: legendWidth - 6,
          height: plotArea.height,
        }
      : {
          x: PADDING,
          y: height - PADDING - legendHeight,
          width: width - 2 * PADDING,
          height: legendHeight,
        };
    nodes.push(...legendNodes(entries, area, vertical));
  }
  return { width, height, nodes };
}
