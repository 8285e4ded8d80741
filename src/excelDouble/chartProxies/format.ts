// The format parts of a series or a point: its fill, and a series' line colour.
import type { XChartFill } from "../../excel";
import { normalizeColor } from "../colors";
import { DoubleContext } from "../context";
import { officeError } from "../errors";
import type { SeriesTarget } from "./seriesTarget";

/** The series or point proxy a format part belongs to. */
interface FormatOwner {
  resolve(location: string): SeriesTarget;
}

/** Excel.ChartLineStyle (ChartLineFormat.lineStyle, ExcelApi 1.7). */
const LINE_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Grey25",
  "Grey50",
  "Grey75",
  "Automatic",
  "RoundDot",
];

/** A series' line colour and style: set-only here (the adapter never reads them back). */
export class ChartLineProxy {
  constructor(
    private readonly context: DoubleContext,
    private readonly owner: FormatOwner
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

  get lineStyle(): Excel.ChartLineFormat["lineStyle"] {
    throw this.context.fail(
      "PropertyNotLoaded",
      "ChartLineFormat.lineStyle",
      "the property was not loaded"
    );
  }

  set lineStyle(style: Excel.ChartLineFormat["lineStyle"]) {
    const label = "ChartLineFormat.lineStyle";
    this.context.enqueue({
      label,
      args: [style],
      run: () => {
        const target = this.owner.resolve(label);
        if (!LINE_STYLES.includes(String(style)))
          throw officeError("InvalidArgument", label, `line style ${String(style)}`);
        target.series.lineStyle = String(style);
      },
    });
  }
}

/** ChartFill has no properties to load; setSolidColor is a queued command on its owner. */
export class ChartFillProxy implements XChartFill {
  constructor(
    private readonly context: DoubleContext,
    private readonly owner: FormatOwner,
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
