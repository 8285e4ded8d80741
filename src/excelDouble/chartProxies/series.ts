// A chart's series collection and each series: name, type, axis group, labels, format, data.
import type { XChartSeries, XChartSeriesCollection, XChartSeriesFormat, XRange } from "../../excel";
import { CHART_TYPES, isRoundChart, seriesName } from "../charts";
import { DoubleContext } from "../context";
import { ChartEntity, SeriesEntity, defaultDataLabels, defaultMarker } from "../entities";
import { officeError } from "../errors";
import { Collectable, CollectionProxy, ProxyBase, Resolver, createdBy } from "../proxy";
import { rangeArgument } from "../tableProxies";
import { checkNumber } from "./checks";
import { normalizeColor } from "../colors";
import { ChartDataLabelsProxy } from "./dataLabels";
import { ChartFillProxy, ChartLineProxy } from "./format";
import { ChartPointsCollectionProxy } from "./points";
import type { SeriesTarget } from "./seriesTarget";

export class ChartSeriesCollectionProxy
  extends CollectionProxy<ChartEntity, SeriesEntity, ChartSeriesProxy>
  implements XChartSeriesCollection
{
  protected readonly scalars = { count: (c: ChartEntity) => c.series.length };

  constructor(context: DoubleContext, resolver: Resolver<ChartEntity>) {
    super(context, resolver, "ChartSeriesCollection");
  }

  protected override isGone(chart: ChartEntity): boolean {
    return chart.deleted;
  }

  protected entities(chart: ChartEntity): SeriesEntity[] {
    return chart.series;
  }

  protected itemProxy(series: SeriesEntity): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, () => ({
      chart: this.resolve("ChartSeriesCollection"),
      series,
    }));
  }

  get count(): number {
    return this.read("count");
  }

  add(name?: string, index?: number): XChartSeries {
    const location = "ChartSeriesCollection.add";
    const created = createdBy<SeriesEntity>(location);
    this.command("add", [name ?? null, index ?? null], (chart) => {
      const at = index ?? chart.series.length;
      if (!Number.isInteger(at) || at < 0 || at > chart.series.length)
        throw officeError("InvalidArgument", location, `index ${at}`);
      const series: SeriesEntity = {
        name: name ?? `Series${chart.series.length + 1}`,
        chartType: chart.chartType,
        axisGroup: "Primary",
        hasDataLabels: false,
        marker: defaultMarker(),
        dataLabels: defaultDataLabels(),
        pointFills: [],
      };
      chart.series.splice(at, 0, series);
      created.set(series);
    });
    return new ChartSeriesProxy(this.context, () => ({
      chart: this.resolve(location),
      series: created.resolver() as SeriesEntity,
    }));
  }

  getItemAt(index: number): XChartSeries {
    this.pathArgs([index]);
    const location = "ChartSeriesCollection.getItemAt";
    return new ChartSeriesProxy(this.context, () => {
      const chart = this.resolve(location);
      const series = chart.series[index];
      if (!Number.isInteger(index) || series === undefined)
        throw officeError("ItemNotFound", location, `no series at ${index}`);
      return { chart, series };
    });
  }
}

/** Excel.ChartMarkerStyle, less "Invalid", which Excel reports but does not take. */
const MARKER_STYLES = [
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
  "Picture",
];

/** "The supported size range is 2 to 72" (ChartSeries.markerSize, ExcelApi 1.7). */
const MARKER_SIZE = { min: 2, max: 72 };

export class ChartSeriesProxy extends ProxyBase<SeriesTarget> implements XChartSeries {
  private formatPart: XChartSeriesFormat | undefined;
  private pointsProxy: ChartPointsCollectionProxy | undefined;
  private labelsProxy: ChartDataLabelsProxy | undefined;

  protected readonly scalars = {
    name: (t: SeriesTarget) => seriesName(this.context.model, t.series),
    chartType: (t: SeriesTarget) => t.series.chartType,
    axisGroup: (t: SeriesTarget) => t.series.axisGroup,
    hasDataLabels: (t: SeriesTarget) => t.series.hasDataLabels,
    markerStyle: (t: SeriesTarget) => t.series.marker.style,
    markerSize: (t: SeriesTarget) => t.series.marker.size,
    // Excel reports a colour it chose itself as an empty string here.
    markerBackgroundColor: (t: SeriesTarget) => t.series.marker.background ?? "",
    markerForegroundColor: (t: SeriesTarget) => t.series.marker.foreground ?? "",
  };

  constructor(context: DoubleContext, resolver: Resolver<SeriesTarget>) {
    super(context, resolver, "ChartSeries");
  }

  protected override isGone(target: SeriesTarget): boolean {
    return (
      target.chart.deleted ||
      target.series.deleted === true ||
      !target.chart.series.includes(target.series)
    );
  }

  protected override navigation(name: string): Collectable | undefined {
    if (name === "points") return this.points;
    if (name === "dataLabels") return this.dataLabels;
    return undefined;
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("name", name, ({ series }) => {
      series.name = String(name);
      series.nameRef = undefined;
    });
  }

  get chartType(): Excel.ChartSeries["chartType"] {
    return this.read("chartType");
  }
  set chartType(type: Excel.ChartSeries["chartType"]) {
    this.command("chartType", type, ({ series }, location) => {
      if (!CHART_TYPES.includes(String(type)))
        throw officeError("InvalidArgument", location, `chart type ${String(type)}`);
      series.chartType = String(type);
    });
  }

  get axisGroup(): Excel.ChartSeries["axisGroup"] {
    return this.read("axisGroup");
  }
  set axisGroup(group: Excel.ChartSeries["axisGroup"]) {
    this.command("axisGroup", group, ({ chart, series }, location) => {
      if (group !== "Primary" && group !== "Secondary")
        throw officeError("InvalidArgument", location, `axis group ${String(group)}`);
      if (isRoundChart(chart))
        throw officeError("InvalidOperation", location, "no secondary axis on this chart type");
      series.axisGroup = group;
    });
  }

  get hasDataLabels(): boolean {
    return this.read("hasDataLabels");
  }
  set hasDataLabels(has: boolean) {
    this.command("hasDataLabels", has, ({ series }) => (series.hasDataLabels = Boolean(has)));
  }

  get markerStyle(): Excel.ChartSeries["markerStyle"] {
    return this.read("markerStyle");
  }
  set markerStyle(style: Excel.ChartSeries["markerStyle"]) {
    this.command("markerStyle", style, ({ series }, location) => {
      if (!MARKER_STYLES.includes(String(style)))
        throw officeError("InvalidArgument", location, `marker style ${String(style)}`);
      series.marker.style = String(style);
    });
  }

  get markerSize(): number {
    return this.read("markerSize");
  }
  set markerSize(size: number) {
    this.command("markerSize", size, ({ series }, location) => {
      const n = checkNumber(size, location);
      if (n < MARKER_SIZE.min || n > MARKER_SIZE.max)
        throw officeError("InvalidArgument", location, `marker size ${n} is not 2 to 72`);
      series.marker.size = n;
    });
  }

  get markerBackgroundColor(): string {
    return this.read("markerBackgroundColor");
  }
  set markerBackgroundColor(color: string) {
    this.command("markerBackgroundColor", color, ({ series }, location) => {
      series.marker.background = normalizeColor(color, location);
    });
  }

  get markerForegroundColor(): string {
    return this.read("markerForegroundColor");
  }
  set markerForegroundColor(color: string) {
    this.command("markerForegroundColor", color, ({ series }, location) => {
      series.marker.foreground = normalizeColor(color, location);
    });
  }

  get dataLabels(): ChartDataLabelsProxy {
    this.labelsProxy ??= new ChartDataLabelsProxy(this.context, () => this.resolveOrNull());
    return this.labelsProxy;
  }

  get format(): XChartSeriesFormat {
    this.formatPart ??= {
      fill: new ChartFillProxy(this.context, this, (t, color) => (t.series.fill = color)),
      line: new ChartLineProxy(this.context, this),
    };
    return this.formatPart;
  }

  get points(): ChartPointsCollectionProxy {
    this.pointsProxy ??= new ChartPointsCollectionProxy(this.context, () => this.resolveOrNull());
    return this.pointsProxy;
  }

  delete(): void {
    this.command("delete", [], ({ chart, series }) => {
      series.deleted = true;
      chart.series = chart.series.filter((s) => s !== series);
    });
  }

  setValues(sourceData: XRange): void {
    const location = "ChartSeries.setValues";
    const source = rangeArgument(
      this.context,
      sourceData,
      () => this.resolve(location).chart.sheet,
      location
    );
    this.command("setValues", [], ({ series }) => (series.values = source()));
  }

  setXAxisValues(sourceData: XRange): void {
    const location = "ChartSeries.setXAxisValues";
    const source = rangeArgument(
      this.context,
      sourceData,
      () => this.resolve(location).chart.sheet,
      location
    );
    this.command("setXAxisValues", [], ({ series }) => (series.xValues = source()));
  }
}
