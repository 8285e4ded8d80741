// One chart: its name, type and place, its data, and the way to its parts.
import type { SeriesBy, XChart, XRange } from "../../excel";
import { CHART_TYPES, deriveSeries, setChartPosition } from "../charts";
import { DoubleContext } from "../context";
import { ChartEntity, SheetEntity } from "../entities";
import { officeError } from "../errors";
import { Collectable, ProxyBase, Resolver } from "../proxy";
import { rangeArgument } from "../tableProxies";
import { ChartAxesProxy } from "./axes";
import { checkNumber } from "./checks";
import { ChartLegendProxy } from "./legend";
import { ChartSeriesCollectionProxy } from "./series";
import { ChartTitleProxy } from "./title";

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
