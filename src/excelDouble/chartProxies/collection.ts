// A worksheet's charts: count, add from a source range, and look up by name.
import type { ChartTypeName, SeriesBy, XChart, XChartCollection, XRange } from "../../excel";
import { addChart } from "../charts";
import { DoubleContext } from "../context";
import { ChartEntity, SheetEntity } from "../entities";
import { assertSheetEditable } from "../protection";
import { CollectionProxy, Resolver, createdBy } from "../proxy";
import { rangeArgument } from "../tableProxies";
import { ChartProxy } from "./chart";

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
    this.command("add", [type, seriesBy], (sheet) => {
      assertSheetEditable(sheet, location);
      created.set(addChart(this.context.model, sheet, type, source(), seriesBy, location));
    });
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
