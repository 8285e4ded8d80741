// A chart's legend: where it is and whether it shows.
import type { XChartLegend } from "../../excel";
import { DoubleContext } from "../context";
import { ChartEntity } from "../entities";
import { officeError } from "../errors";
import { ProxyBase, Resolver } from "../proxy";

const LEGEND_POSITIONS = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"];

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
