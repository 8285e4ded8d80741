// The workbook and application proxies: entry points of a request context.
import type {
  XApplication,
  XProtection,
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
import { ProtectionProxy } from "./protection";
import { ProxyBase } from "./proxy";
import { WorkbookModel } from "./workbookModel";
import { RangeProxy } from "./rangeProxies";
import { SettingCollectionProxy } from "./settingProxies";
import { TableCollectionProxy } from "./tableProxies";
import { WorksheetCollectionProxy } from "./worksheetProxies";

/**
 * Application (ExcelApi 1.1; calculationMode 1.8). In manual calculation formula results stay as
 * they were until a recalculation (the double's formula cells keep their cached results until
 * Application.calculate).
 */
class ApplicationProxy extends ProxyBase<WorkbookModel> implements XApplication {
  protected readonly scalars = {
    calculationMode: (model: WorkbookModel) => model.calculationMode,
  };

  constructor(context: DoubleContext) {
    super(context, () => context.model, "Application");
  }

  get calculationMode(): XApplication["calculationMode"] {
    return this.read("calculationMode");
  }

  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void {
    this.context.enqueue({
      label: "Application.calculate",
      args: [calculationType],
      run: () => {
        if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
          throw officeError("InvalidArgument", "Application.calculate", String(calculationType));
        this.context.model.calculation.invalidate();
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
  readonly protection: XProtection;
  readonly onSelectionChanged: XEvents<XSelectionChangedArgs>;

  constructor(private readonly context: DoubleContext) {
    this.protection = new ProtectionProxy<WorkbookModel>(
      context,
      () => context.model,
      "WorkbookProtection",
      (model) => model.structureProtected
    );
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
