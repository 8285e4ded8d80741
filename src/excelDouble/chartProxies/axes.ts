// A chart's axes and each axis: number format, bounds, plot order, crossing and title. Round
// charts have none.
import type { XChartAxes, XChartAxis } from "../../excel";
import { isRoundChart } from "../charts";
import { DoubleContext } from "../context";
import { AxisEntity, ChartEntity } from "../entities";
import { officeError } from "../errors";
import { Collectable, ProxyBase, Resolver } from "../proxy";
import { checkNumber } from "./checks";
import { ChartTitleProxy } from "./title";

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

/** Excel.ChartAxisPosition: where the other axis crosses this one. */
const AXIS_POSITIONS = ["Automatic", "Maximum", "Minimum", "Custom"];

export class ChartAxisProxy extends ProxyBase<AxisEntity> implements XChartAxis {
  private titleProxy: ChartTitleProxy | undefined;
  protected readonly scalars = {
    numberFormat: (a: AxisEntity) => a.numberFormat,
    minimum: (a: AxisEntity) => a.minimum,
    maximum: (a: AxisEntity) => a.maximum,
    reversePlotOrder: (a: AxisEntity) => a.reversePlotOrder,
    position: (a: AxisEntity) => a.position,
    scaleType: (a: AxisEntity) => a.scaleType,
    logBase: (a: AxisEntity) => a.logBase,
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

  get reversePlotOrder(): boolean {
    return this.read("reversePlotOrder");
  }
  set reversePlotOrder(reverse: boolean) {
    this.command("reversePlotOrder", reverse, (axis) => (axis.reversePlotOrder = Boolean(reverse)));
  }

  get position(): Excel.ChartAxis["position"] {
    return this.read("position");
  }
  set position(position: Excel.ChartAxis["position"]) {
    this.command("position", position, (axis, location) => {
      if (!AXIS_POSITIONS.includes(String(position)))
        throw officeError("InvalidArgument", location, `axis position ${String(position)}`);
      axis.position = String(position);
    });
  }

  get scaleType(): Excel.ChartAxis["scaleType"] {
    return this.read("scaleType");
  }
  set scaleType(type: Excel.ChartAxis["scaleType"]) {
    this.command("scaleType", type, (axis, location) => {
      if (type !== "Linear" && type !== "Logarithmic")
        throw officeError("InvalidArgument", location, `scale type ${String(type)}`);
      axis.scaleType = type;
    });
  }

  get logBase(): number {
    return this.read("logBase");
  }
  /** "Attempting to set this property to a value less than two (2) causes an error" (VBA). */
  set logBase(base: number) {
    this.command("logBase", base, (axis, location) => {
      const n = checkNumber(base, location);
      if (n < 2) throw officeError("InvalidArgument", location, `log base ${n} is below 2`);
      axis.logBase = n;
    });
  }

  get title(): ChartTitleProxy {
    this.titleProxy ??= new ChartTitleProxy(
      this.context,
      () => this.resolveOrNull()?.title ?? null
    );
    return this.titleProxy;
  }
}
