// A series' points, each with its own fill (a pie's slices, one bar in a colour of its own).
import type { XChartFill, XChartPoint, XChartPointsCollection } from "../../excel";
import { pointCount } from "../charts";
import { DoubleContext } from "../context";
import { officeError } from "../errors";
import { ProxyBase, Resolver } from "../proxy";
import { normalizeColor } from "../colors";
import { ChartFillProxy } from "./format";
import type { SeriesTarget } from "./seriesTarget";

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
  readonly dataLabel: { readonly format: { readonly font: { color: string } } };
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
    const font = new PointLabelFont(context, this, index);
    this.dataLabel = { format: { font } };
  }
}

/** A point label's font colour: set-only here (the adapter never reads it back). */
class PointLabelFont {
  constructor(
    private readonly context: DoubleContext,
    private readonly owner: { resolve(location: string): SeriesTarget },
    private readonly index: number
  ) {}

  get color(): string {
    throw this.context.fail("PropertyNotLoaded", "ChartFont.color", "the property was not loaded");
  }

  set color(color: string) {
    const label = "ChartFont.color";
    this.context.enqueue({
      label,
      args: [color],
      run: () => {
        const { series } = this.owner.resolve(label);
        (series.pointLabelColors ??= [])[this.index] = normalizeColor(color, label);
      },
    });
  }
}
