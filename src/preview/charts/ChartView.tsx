// One chart of a sheet drawn as SVG from its definition, read afresh when the workbook changes.
import * as React from "react";
import type { InMemoryWorkbook } from "../../excelDouble";
import type { ChartEntity } from "../../excelDouble/entities";
import { chartSvg } from "./svgChart";
import type { SvgNode } from "./svgNode";

/** SVG attribute names as React wants them: "text-anchor" -> "textAnchor". */
function reactProps(attrs: SvgNode["attrs"]): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs))
    props[name.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase())] = value;
  return props;
}

function element(node: SvgNode, key: number): React.ReactElement {
  const props = { ...reactProps(node.attrs), key, "data-role": node.role };
  if (node.tag === "text") return React.createElement("text", props, node.text);
  const tip = node.text === undefined ? null : React.createElement("title", null, node.text);
  return React.createElement(node.tag, props, tip);
}

export function ChartView(props: {
  workbook: InMemoryWorkbook;
  chart: ChartEntity;
  version: number;
  label: string;
}): React.JSX.Element {
  const { workbook, chart, version } = props;
  const svg = React.useMemo(
    () => chartSvg(workbook.chartData(chart.sheet.name, chart.name), { xAxis: chart.categoryAxis }),
    // version: the chart's cells may have changed without the chart object changing.
    [workbook, chart, version]
  );
  return (
    <svg
      role="img"
      aria-label={props.label}
      data-chart={chart.name}
      width={svg.width}
      height={svg.height}
      viewBox={`0 0 ${svg.width} ${svg.height}`}
      fontFamily="'Segoe UI', 'Microsoft YaHei', 'PingFang SC', sans-serif"
    >
      {svg.nodes.map(element)}
    </svg>
  );
}
