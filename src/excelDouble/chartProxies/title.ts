// The title of a chart or of an axis.
import type { XChartTitle } from "../../excel";
import { DoubleContext } from "../context";
import { ChartTitleEntity } from "../entities";
import { ProxyBase, Resolver } from "../proxy";

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
