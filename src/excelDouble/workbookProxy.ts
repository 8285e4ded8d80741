// The workbook and application proxies: entry points of a request context.
import type {
  XApplication,
  XEvents,
  XSelectionChangedArgs,
  XNamedItemCollection,
  XRange,
  XSettingCollection,
  XTableCollection,
  XWorkbook,
  XWorksheetCollection,
} from "../excel";
import { DoubleContext } from "./context";
import { officeError } from "./errors";
import { eventSource } from "./events";
import { NamedItemCollectionProxy } from "./namedItemProxies";
import { RangeProxy } from "./rangeProxies";
import { SettingCollectionProxy } from "./settingProxies";
import { TableCollectionProxy } from "./tableProxies";
import { WorksheetCollectionProxy } from "./worksheetProxies";

class ApplicationProxy implements XApplication {
  constructor(private readonly context: DoubleContext) {}

  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void {
    // The double does not evaluate formulas; it only checks and counts the request.
    this.context.enqueue({
      label: "Application.calculate",
      args: [calculationType],
      run: () => {
        if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
          throw officeError("InvalidArgument", "Application.calculate", String(calculationType));
      },
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({
      label: "Application.suspendApiCalculationUntilNextSync",
      args: [],
      run: () => this.context.suspendCalculation(),
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({
      label: "Application.suspendScreenUpdatingUntilNextSync",
      args: [],
      run: () => this.context.suspendScreenUpdating(),
    });
  }
}

export class WorkbookProxy implements XWorkbook {
  readonly application: XApplication;
  readonly worksheets: XWorksheetCollection;
  readonly tables: XTableCollection;
  readonly names: XNamedItemCollection;
  readonly settings: XSettingCollection;
  readonly onSelectionChanged: XEvents<XSelectionChangedArgs>;

  constructor(private readonly context: DoubleContext) {
    this.application = new ApplicationProxy(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, () => context.model);
    this.names = new NamedItemCollectionProxy(context);
    this.settings = new SettingCollectionProxy(context);
    this.onSelectionChanged = eventSource(
      context,
      "selectionChanged",
      "Workbook.onSelectionChanged"
    );
  }

  getSelectedRange(): XRange {
    this.context.assertOpen("Workbook.getSelectedRange");
    return new RangeProxy(this.context, () => {
      const selection = this.context.model.selection;
      if (!selection)
        throw officeError("ItemNotFound", "Workbook.getSelectedRange", "nothing is selected");
      return { sheet: selection.sheet, rect: { ...selection.rect } };
    });
  }
}
