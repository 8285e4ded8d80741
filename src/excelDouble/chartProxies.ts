// Charts: the collection, the chart and its parts (title, axes, legend, series, points).
import type {
  ChartTypeName,
  SeriesBy,
  XChart,
  XChartAxes,
  XChartAxis,
  XChartCollection,
  XChartFill,
  XChartLegend,
  XChartPoint,
  XChartPointsCollection,
  XChartSeries,
  XChartSeriesCollection,
  XChartSeriesFormat,
  XChartTitle,
  XRange,
} from "../excel";
import {
  CHART_TYPES,
  addChart,
  deriveSeries,
  isRoundChart,
  pointCount,
  seriesName,
  setChartPosition,
} from "./charts";
import { normalizeColor } from "./colors";
import { DoubleContext } from "./context";
import { AxisEntity, ChartEntity, ChartTitleEntity, SeriesEntity, SheetEntity } from "./entities";
import { officeError } from "./errors";
import { Collectable, CollectionProxy, ProxyBase, Resolver, createdBy } from "./proxy";
import { rangeArgument } from "./tableProxies";

const LEGEND_POSITIONS = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"];

function checkNumber(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw officeError("InvalidArgument", location, "expected a number");
  return value;
}

export class ChartCollectionProxy
  extends CollectionProxy<SheetEntity, ChartEntity, ChartProxy>
  implements XChartCollection
{
  protected readonly scalars = { count: (sheet: SheetEntity) => this.entities(sheet).length };

  constructor(context: DoubleContext, resolver: Resolver<SheetEntity>) {
    super(context, resolver, "ChartCollection");
  }

  protected override isGone(sheet: SheetEntity): boolean {
    return sheet.deleted;
  }

  protected entities(sheet: SheetEntity): ChartEntity[] {
    return this.context.model.charts.filter((c) => c.sheet === sheet);
  }

  protected itemProxy(chart: ChartEntity): ChartProxy {
    return new ChartProxy(this.context, () => chart);
  }

  get count(): number {
    return this.read("count");
  }

  add(type: ChartTypeName, sourceData: XRange, seriesBy: SeriesBy = "Auto"): XChart {
    const location = "ChartCollection.add";
    const created = createdBy<ChartEntity>(location);
    const source = rangeArgument(this.context, sourceData, () => this.resolve(location), location);
    this.command("add", [type, seriesBy], (sheet) =>
      created.set(addChart(this.context.model, sheet, type, source(), seriesBy, location))
    );
    return new ChartProxy(this.context, created.resolver);
  }

  getItemOrNullObject(name: string): XChart {
    this.pathArgs([name]);
    const chart = new ChartProxy(this.context, () => {
      const sheet = this.resolveOrNull();
      const lower = String(name).toLowerCase();
      return (sheet && this.entities(sheet).find((c) => c.name.toLowerCase() === lower)) ?? null;
    });
    chart.instantiateNullable("ChartCollection.getItemOrNullObject", [name]);
    return chart;
  }
}

export class ChartProxy extends ProxyBase<ChartEntity> implements XChart {
  private parts: {
    title?: ChartTitleProxy;
    axes?: ChartAxesProxy;
    legend?: ChartLegendProxy;
    series?: ChartSeriesCollectionProxy;
  } = {};

  protected readonly scalars = {
    id: (c: ChartEntity) => c.id,
    name: (c: ChartEntity) => c.name,
    chartType: (c: ChartEntity) => c.chartType,
    top: (c: ChartEntity) => c.top,
    left: (c: ChartEntity) => c.left,
    width: (c: ChartEntity) => c.width,
    height: (c: ChartEntity) => c.height,
  };

  constructor(context: DoubleContext, resolver: Resolver<ChartEntity>) {
    super(context, resolver, "Chart");
  }

  protected override isGone(chart: ChartEntity): boolean {
    return chart.deleted;
  }

  protected override navigation(name: string): Collectable | undefined {
    if (name === "title") return this.title;
    if (name === "axes") return this.axes;
    if (name === "legend") return this.legend;
    if (name === "series") return this.series;
    return undefined;
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("name", name, (chart, location) => {
      if (typeof name !== "string" || name.trim() === "")
        throw officeError("InvalidArgument", location, "empty chart name");
      chart.name = name;
    });
  }

  get chartType(): Excel.Chart["chartType"] {
    return this.read("chartType");
  }
  set chartType(type: Excel.Chart["chartType"]) {
    this.command("chartType", type, (chart, location) => {
      if (!CHART_TYPES.includes(String(type)))
        throw officeError("InvalidArgument", location, `chart type ${String(type)}`);
      chart.chartType = String(type);
      for (const s of chart.series) s.chartType = String(type);
    });
  }

  private geometry(member: "top" | "left" | "width" | "height", value: number): void {
    this.command(member, value, (chart, location) => {
      const n = checkNumber(value, location);
      if ((member === "width" || member === "height") && n <= 0)
        throw officeError("InvalidArgument", location, `${member} ${n}`);
      chart[member] = n;
    });
  }

  get top(): number {
    return this.read("top");
  }
  set top(value: number) {
    this.geometry("top", value);
  }
  get left(): number {
    return this.read("left");
  }
  set left(value: number) {
    this.geometry("left", value);
  }
  get width(): number {
    return this.read("width");
  }
  set width(value: number) {
    this.geometry("width", value);
  }
  get height(): number {
    return this.read("height");
  }
  set height(value: number) {
    this.geometry("height", value);
  }

  get title(): ChartTitleProxy {
    this.parts.title ??= new ChartTitleProxy(
      this.context,
      () => this.resolveOrNull()?.title ?? null
    );
    return this.parts.title;
  }

  get axes(): ChartAxesProxy {
    this.parts.axes ??= new ChartAxesProxy(this.context, () => this.resolveOrNull());
    return this.parts.axes;
  }

  get legend(): ChartLegendProxy {
    this.parts.legend ??= new ChartLegendProxy(this.context, () => this.resolveOrNull());
    return this.parts.legend;
  }

  get series(): ChartSeriesCollectionProxy {
    this.parts.series ??= new ChartSeriesCollectionProxy(this.context, () => this.resolveOrNull());
    return this.parts.series;
  }

  delete(): void {
    this.command("delete", [], (chart) => {
      chart.deleted = true;
      this.context.model.charts = this.context.model.charts.filter((c) => c !== chart);
    });
  }

  setData(sourceData: XRange, seriesBy: SeriesBy = "Auto"): void {
    const location = "Chart.setData";
    const source = rangeArgument(
      this.context,
      sourceData,
      () => this.resolve(location).sheet,
      location
    );
    this.command("setData", [seriesBy], (chart) => {
      chart.series = deriveSeries(this.context.model, source(), seriesBy, chart.chartType);
    });
  }

  setPosition(startCell: XRange | string, endCell?: XRange | string): void {
    const location = "Chart.setPosition";
    const sheet = (): SheetEntity => this.resolve(location).sheet;
    const start = rangeArgument(this.context, startCell, sheet, location);
    const end =
      endCell === undefined ? undefined : rangeArgument(this.context, endCell, sheet, location);
    const args = [
      typeof startCell === "string" ? startCell : null,
      typeof endCell === "string" ? endCell : null,
    ];
    this.command("setPosition", args, (chart) =>
      setChartPosition(chart, start(), end?.(), location)
    );
  }
}

export class ChartTitleProxy extends ProxyBase<ChartTitleEntity> implements XChartTitle {
  protected readonly scalars = {
    text: (t: ChartTitleEntity) => t.text,
    visible: (t: ChartTitleEntity) => t.visible,
  };

  constructor(context: DoubleContext, resolver: Resolver<ChartTitleEntity>) {
    super(context, resolver, "ChartTitle");
  }

  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.command("text", text, (title) => {
      title.text = String(text);
      title.visible = true; // setting a title shows it, as in Excel
    });
  }

  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.command("visible", visible, (title) => (title.visible = Boolean(visible)));
  }
}

export class ChartAxesProxy extends ProxyBase<ChartEntity> implements XChartAxes {
  private category: ChartAxisProxy | undefined;
  private value: ChartAxisProxy | undefined;
  protected readonly scalars = {};

  constructor(context: DoubleContext, resolver: Resolver<ChartEntity>) {
    super(context, resolver, "ChartAxes");
  }

  protected override navigation(name: string): Collectable | undefined {
    if (name === "categoryAxis") return this.categoryAxis;
    if (name === "valueAxis") return this.valueAxis;
    return undefined;
  }

  private axis(pick: (chart: ChartEntity) => AxisEntity): ChartAxisProxy {
    return new ChartAxisProxy(this.context, () => {
      const chart = this.resolveOrNull();
      if (chart === null) return null;
      // Pie and doughnut charts have no axes.
      if (isRoundChart(chart))
        throw officeError(
          "InvalidOperation",
          "ChartAxis",
          `a ${chart.chartType} chart has no axes`
        );
      return pick(chart);
    });
  }

  get categoryAxis(): ChartAxisProxy {
    this.category ??= this.axis((c) => c.categoryAxis);
    return this.category;
  }

  get valueAxis(): ChartAxisProxy {
    this.value ??= this.axis((c) => c.valueAxis);
    return this.value;
  }
}

export class ChartAxisProxy extends ProxyBase<AxisEntity> implements XChartAxis {
  private titleProxy: ChartTitleProxy | undefined;
  protected readonly scalars = {
    numberFormat: (a: AxisEntity) => a.numberFormat,
    minimum: (a: AxisEntity) => a.minimum,
    maximum: (a: AxisEntity) => a.maximum,
  };

  constructor(context: DoubleContext, resolver: Resolver<AxisEntity>) {
    super(context, resolver, "ChartAxis");
  }

  protected override navigation(name: string): Collectable | undefined {
    return name === "title" ? this.title : undefined;
  }

  get numberFormat(): string {
    return this.read("numberFormat");
  }
  set numberFormat(format: string) {
    this.command("numberFormat", format, (axis) => (axis.numberFormat = String(format)));
  }

  get minimum(): Excel.ChartAxis["minimum"] {
    return this.read("minimum");
  }
  set minimum(value: Excel.ChartAxis["minimum"]) {
    this.command(
      "minimum",
      value,
      (axis, location) => (axis.minimum = checkNumber(value, location))
    );
  }

  get maximum(): Excel.ChartAxis["maximum"] {
    return this.read("maximum");
  }
  set maximum(value: Excel.ChartAxis["maximum"]) {
    this.command(
      "maximum",
      value,
      (axis, location) => (axis.maximum = checkNumber(value, location))
    );
  }

  get title(): ChartTitleProxy {
    this.titleProxy ??= new ChartTitleProxy(
      this.context,
      () => this.resolveOrNull()?.title ?? null
    );
    return this.titleProxy;
  }
}

export class ChartLegendProxy extends ProxyBase<ChartEntity> implements XChartLegend {
  protected readonly scalars = {
    position: (c: ChartEntity) => c.legend.position,
    visible: (c: ChartEntity) => c.legend.visible,
  };

  constructor(context: DoubleContext, resolver: Resolver<ChartEntity>) {
    super(context, resolver, "ChartLegend");
  }

  get position(): Excel.ChartLegend["position"] {
    return this.read("position");
  }
  set position(position: Excel.ChartLegend["position"]) {
    this.command("position", position, (chart, location) => {
      if (!LEGEND_POSITIONS.includes(String(position)))
        throw officeError("InvalidArgument", location, `legend position ${String(position)}`);
      chart.legend.position = String(position);
    });
  }

  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.command("visible", visible, (chart) => (chart.legend.visible = Boolean(visible)));
  }
}

interface SeriesTarget {
  chart: ChartEntity;
  series: SeriesEntity;
}

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

export class ChartSeriesProxy extends ProxyBase<SeriesTarget> implements XChartSeries {
  private formatPart: XChartSeriesFormat | undefined;
  private pointsProxy: ChartPointsCollectionProxy | undefined;

  protected readonly scalars = {
    name: (t: SeriesTarget) => seriesName(this.context.model, t.series),
    chartType: (t: SeriesTarget) => t.series.chartType,
    axisGroup: (t: SeriesTarget) => t.series.axisGroup,
    hasDataLabels: (t: SeriesTarget) => t.series.hasDataLabels,
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
    return name === "points" ? this.points : undefined;
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

/** A series' line colour: set-only here (the adapter never reads it back). */
class ChartLineProxy {
  constructor(
    private readonly context: DoubleContext,
    private readonly owner: ChartSeriesProxy
  ) {}

  get color(): string {
    throw this.context.fail(
      "PropertyNotLoaded",
      "ChartLineFormat.color",
      "the property was not loaded"
    );
  }

  set color(color: string) {
    const label = "ChartLineFormat.color";
    this.context.enqueue({
      label,
      args: [color],
      run: () => (this.owner.resolve(label).series.line = normalizeColor(color, label)),
    });
  }
}

/** ChartFill has no properties to load; setSolidColor is a queued command on its owner. */
class ChartFillProxy implements XChartFill {
  constructor(
    private readonly context: DoubleContext,
    private readonly owner: ChartSeriesProxy | ChartPointProxy,
    private readonly apply: (target: SeriesTarget, color: string) => void
  ) {}

  setSolidColor(color: string): void {
    const label = "ChartFill.setSolidColor";
    this.context.enqueue({
      label,
      args: [color],
      run: () => this.apply(this.owner.resolve(label), normalizeColor(color, label)),
    });
  }
}

export class ChartPointsCollectionProxy
  extends ProxyBase<SeriesTarget>
  implements XChartPointsCollection
{
  protected readonly scalars = { count: (t: SeriesTarget) => pointCount(t.series) };

  constructor(context: DoubleContext, resolver: Resolver<SeriesTarget>) {
    super(context, resolver, "ChartPointsCollection");
  }

  get count(): number {
    return this.read("count");
  }

  getItemAt(index: number): XChartPoint {
    this.pathArgs([index]);
    return new ChartPointProxy(this.context, () => this.resolveOrNull(), index);
  }
}

export class ChartPointProxy extends ProxyBase<SeriesTarget> implements XChartPoint {
  readonly format: { readonly fill: XChartFill };
  protected readonly scalars = {};

  constructor(context: DoubleContext, seriesResolver: Resolver<SeriesTarget>, index: number) {
    super(
      context,
      () => {
        const target = seriesResolver();
        if (target === null) return null;
        if (!Number.isInteger(index) || index < 0 || index >= pointCount(target.series)) {
          throw officeError(
            "ItemNotFound",
            "ChartPointsCollection.getItemAt",
            `no point at ${index}`
          );
        }
        return target;
      },
      "ChartPoint"
    );
    this.format = {
      fill: new ChartFillProxy(context, this, (t, color) => (t.series.pointFills[index] = color)),
    };
  }
}
