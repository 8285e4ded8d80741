// A series' data labels: which parts they show and their number format (ChartDataLabels). They
// show only once the series' hasDataLabels is true, as in Excel.
// https://learn.microsoft.com/javascript/api/excel/excel.chartdatalabels
import type { XChartDataLabels } from "../../excel";
import { DoubleContext } from "../context";
import { officeError } from "../errors";
import { ProxyBase, Resolver } from "../proxy";
import type { SeriesTarget } from "./seriesTarget";

type Flag =
  "showValue" | "showPercentage" | "showCategoryName" | "showSeriesName" | "showLegendKey";

export class ChartDataLabelsProxy extends ProxyBase<SeriesTarget> implements XChartDataLabels {
  protected readonly scalars = {
    showValue: (t: SeriesTarget) => t.series.dataLabels.showValue,
    showPercentage: (t: SeriesTarget) => t.series.dataLabels.showPercentage,
    showCategoryName: (t: SeriesTarget) => t.series.dataLabels.showCategoryName,
    showSeriesName: (t: SeriesTarget) => t.series.dataLabels.showSeriesName,
    showLegendKey: (t: SeriesTarget) => t.series.dataLabels.showLegendKey,
    numberFormat: (t: SeriesTarget) => t.series.dataLabels.numberFormat,
  };

  constructor(context: DoubleContext, resolver: Resolver<SeriesTarget>) {
    super(context, resolver, "ChartDataLabels");
  }

  private flag(name: Flag, value: boolean): void {
    this.command(name, value, ({ series }) => (series.dataLabels[name] = Boolean(value)));
  }

  get showValue(): boolean {
    return this.read("showValue");
  }
  set showValue(value: boolean) {
    this.flag("showValue", value);
  }
  get showPercentage(): boolean {
    return this.read("showPercentage");
  }
  set showPercentage(value: boolean) {
    this.flag("showPercentage", value);
  }
  get showCategoryName(): boolean {
    return this.read("showCategoryName");
  }
  set showCategoryName(value: boolean) {
    this.flag("showCategoryName", value);
  }
  get showSeriesName(): boolean {
    return this.read("showSeriesName");
  }
  set showSeriesName(value: boolean) {
    this.flag("showSeriesName", value);
  }
  get showLegendKey(): boolean {
    return this.read("showLegendKey");
  }
  set showLegendKey(value: boolean) {
    this.flag("showLegendKey", value);
  }

  get numberFormat(): string {
    return this.read("numberFormat");
  }
  set numberFormat(format: string) {
    this.command("numberFormat", format, ({ series }, location) => {
      if (typeof format !== "string")
        throw officeError("InvalidArgument", location, "number format must be text");
      series.dataLabels.numberFormat = format;
    });
  }
}
