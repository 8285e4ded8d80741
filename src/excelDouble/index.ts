// Public entry of the in-memory Excel double: an InMemoryWorkbook that runs batches like Excel.run,
// plus seeding and read-back helpers for tests and the browser preview.
import type { XRequestContext } from "../excel";
import { formatAddress, parseAddress } from "./address";
import { ReadValue } from "./cellValues";
import { ChartData, chartData } from "./chartData";
import {
  ContextHost,
  DoubleContext,
  DoubleFaults,
  DoubleStats,
  RunOptions,
  SyncRecord,
} from "./context";
import { RangeRef, SheetEntity } from "./entities";
import { OfficeDoubleError } from "./errors";
import { readFormulas, readNumberFormats, readValues } from "./rangeData";
import { WorkbookSnapshot, fromSnapshot, toSnapshot } from "./snapshot";
import { refreshHeaders } from "./tables";
import { FormulaEvaluator, WorkbookModel } from "./workbookModel";
import { WorkbookProxy } from "./workbookProxy";

export { OfficeDoubleError } from "./errors";
export type { OfficeErrorCode } from "./errors";
export type { SyncRecord, DoubleStats, DoubleFaults, RunOptions } from "./context";
export type {
  WorkbookSnapshot,
  SheetSnapshot,
  TableSnapshot,
  ChartSnapshot,
  SeriesSnapshot,
} from "./snapshot";
export type { ChartData, ChartSeriesData } from "./chartData";
export type { FormulaEvaluator, FormulaResult } from "./calculation";
export { PAYLOAD_LIMIT_BYTES } from "./payload";

export type SeedValue = string | number | boolean | null;

export interface InMemoryWorkbookOptions {
  /** Sheets to start with; none by default, so tests seed exactly what they need. */
  sheets?: string[];
  /**
   * Runs each sync's work (the commands, the answer, the views' redraw) in a task of its own,
   * marked "tiers:host" in the page's performance timeline. In Excel that work happens in
   * Excel's own process while the add-in's thread is free; in the preview it shares the page's
   * thread, and this lets a measurement tell the add-in's tasks from the workbook's. Off in
   * tests, where the extra macrotasks would only slow them.
   */
  hostTasks?: boolean;
}

/** Resolves in a new macrotask: MessageChannel, because nested setTimeouts are clamped to 4 ms. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // addEventListener + start(): the form both the DOM's and Node's MessagePort accept.
    channel.port1.addEventListener("message", () => {
      channel.port1.close();
      resolve();
    });
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}

async function hostTaskStart(): Promise<number> {
  await nextTask();
  return performance.now();
}

async function hostTaskEnd(started: number): Promise<void> {
  performance.measure("tiers:host", { start: started, end: performance.now() });
  await nextTask();
}

export class InMemoryWorkbook implements ContextHost {
  readonly syncLog: SyncRecord[] = [];
  readonly stats: DoubleStats = { unloadedReads: 0, errors: {} };
  /** context.sync() calls that had nothing queued. */
  emptySyncs = 0;
  /** Refusals of real Excel to simulate; all off by default. */
  readonly faults: DoubleFaults = {
    cellEditMode: false,
    refuseSync: null,
    generalExceptionAboveBytes: null,
    hangSync: null,
  };
  private cellEditWaiters: (() => void)[] = [];
  private readonly changeListeners = new Set<() => void>();
  private readonly hostTasks: boolean;

  constructor(
    options: InMemoryWorkbookOptions = {},
    readonly model: WorkbookModel = new WorkbookModel()
  ) {
    for (const name of options.sheets ?? []) this.addSheet(name);
    this.hostTasks = options.hostTasks ?? false;
  }

  countEmptySync(): void {
    this.emptySyncs += 1;
  }

  cellEditEnded(): Promise<void> {
    if (!this.faults.cellEditMode) return Promise.resolve();
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }

  /** The user starts typing in a cell (F2): batches fail or, with delayForCellEdit, wait. */
  startCellEdit(): void {
    this.faults.cellEditMode = true;
  }

  /** The user presses Enter: waiting batches go on. */
  endCellEdit(): void {
    this.faults.cellEditMode = false;
    const waiters = this.cellEditWaiters;
    this.cellEditWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  /** Review > Protect Sheet, by the user. */
  protectSheet(name: string, on = true): void {
    this.model.getSheet(name, "InMemoryWorkbook.protectSheet").isProtected = on;
  }

  /** Formulas > Calculation Options, by the user; F9 is recalculate(). */
  setCalculationMode(mode: "Automatic" | "AutomaticExceptTables" | "Manual"): void {
    this.model.calculationMode = mode;
  }

  /** F9: formula results catch up with the cells they read. */
  recalculate(): void {
    this.model.calculation.invalidate();
    this.notifyChange();
  }

  /** Review > Protect Workbook (structure), by the user. */
  protectWorkbookStructure(on = true): void {
    this.model.structureProtected = on;
  }

  /** Home > Merge Cells, by the user, e.g. "订单!F1:G1". */
  merge(address: string): void {
    const ref = this.ref(address, "InMemoryWorkbook.merge");
    ref.sheet.merged.push({ ...ref.rect });
  }

  /**
   * Calls the listener after each sync that sent commands (even a rejected one: commands before a
   * failure stay applied) and after setValues/select, so a view of the workbook can redraw.
   * Returns the unsubscribe function. Not an office.js API: Excel's own events are per object.
   */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private notifyChange(): void {
    // Manual calculation: results stay as they were until a recalculation (recalculate(), or
    // Application.calculate through the API).
    if (this.model.calculationMode !== "Manual") this.model.calculation.invalidate();
    for (const listener of [...this.changeListeners]) listener();
    this.model.events.observe(this.model.activeSheet, this.model.selection);
  }

  /** Like Excel.run: a fresh context, the batch, then a final sync of whatever is still queued. */
  async run<T>(
    batch: (context: XRequestContext) => Promise<T>,
    options: RunOptions = {}
  ): Promise<T> {
    const context = new DoubleContext(this, (c) => new WorkbookProxy(c), options);
    this.notifyAfterSyncs(context);
    try {
      const result = await batch(context);
      // Excel.run's closing sync sends nothing when nothing is queued.
      if (context.hasPendingCommands) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  private notifyAfterSyncs(context: DoubleContext): void {
    const sync = context.sync.bind(context);
    context.sync = async () => {
      const sendsCommands = context.hasPendingCommands;
      const started = this.hostTasks && sendsCommands ? await hostTaskStart() : null;
      try {
        await sync();
      } finally {
        if (sendsCommands) this.notifyChange();
        if (started !== null) await hostTaskEnd(started);
      }
    };
  }

  /**
   * Reopens the workbook as a new session or another program might hand it back: sheet ids
   * shuffled among the sheets, or all new ("fresh", as if the file had lost them). The add-in
   * must never take an id for proof that a sheet is its own.
   */
  reloadWithSheetIds(mode: "shuffle" | "fresh"): void {
    this.model.reassignSheetIds(mode);
    this.notifyChange();
  }

  /** Who computes formula results (the double cannot): a value, or rows of values that spill. */
  setFormulaEvaluator(evaluator: FormulaEvaluator | undefined): void {
    this.model.evaluator = evaluator;
    // Formula cells may now show other values: recalculate and let views redraw.
    this.model.calculation.invalidate();
    this.notifyChange();
  }

  // ---- seeding and read-back: these bypass the API (no sync, no payload accounting) ----

  addSheet(name: string): void {
    this.model.addSheet(name, "InMemoryWorkbook.addSheet");
  }

  /** Stores values as given (no formula or number parsing); null leaves a cell empty. */
  setValues(
    sheetName: string,
    topLeftAddress: string,
    values: SeedValue[][],
    numberFormats?: string[][]
  ): void {
    const sheet = this.model.getSheet(sheetName, "InMemoryWorkbook.setValues");
    const { rect } = parseAddress(topLeftAddress, "InMemoryWorkbook.setValues");
    values.forEach((line, r) =>
      line.forEach((v, c) =>
        sheet.cells.putRaw(rect.row + r, rect.col + c, v === null || v === "" ? undefined : v)
      )
    );
    numberFormats?.forEach((line, r) =>
      line.forEach((f, c) => sheet.cells.setFormat(rect.row + r, rect.col + c, f))
    );
    const width = values.reduce((max, line) => Math.max(max, line.length), 1);
    refreshHeaders(this.model, {
      sheet,
      rect: { ...rect, rows: Math.max(1, values.length), cols: width },
    });
    this.notifyChange();
  }

  select(address: string): void {
    const ref = this.ref(address, "InMemoryWorkbook.select");
    this.model.activateSheet(ref.sheet, "InMemoryWorkbook.select");
    this.model.selection = ref;
    this.notifyChange();
  }

  getValues(address: string): ReadValue[][] {
    return readValues(this.model, this.ref(address, "InMemoryWorkbook.getValues"));
  }

  getNumberFormats(address: string): string[][] {
    return readNumberFormats(this.ref(address, "InMemoryWorkbook.getNumberFormats"));
  }

  getFormulas(address: string): ReadValue[][] {
    return readFormulas(this.model, this.ref(address, "InMemoryWorkbook.getFormulas"));
  }

  /**
   * Address of the current selection with its sheet, e.g. "Sheet1!B2". Read from the model, not
   * from a snapshot: the preview asks at every render, and a snapshot of a 200,000-row sheet took
   * the page's thread for seconds (the ribbon e2e's long task).
   */
  selectionAddress(): string | null {
    const selection = this.model.selection;
    if (!selection || selection.sheet.deleted) return null;
    return formatAddress(selection.sheet.name, selection.rect);
  }

  /**
   * The user moves (or cuts and pastes) a chart in Excel on the web: it keeps its id and data but
   * its name is reset to a default "Chart N" (office-js#3034; desktop keeps the name). Returns the
   * new name.
   */
  moveChartOnWeb(sheetName: string, chartName: string): string {
    const sheet = this.model.getSheet(sheetName, "InMemoryWorkbook.moveChartOnWeb");
    const chart = this.model.charts.find((c) => c.sheet === sheet && c.name === chartName);
    if (!chart)
      throw new OfficeDoubleError("ItemNotFound", {
        location: "InMemoryWorkbook.moveChartOnWeb",
        detail: chartName,
      });
    sheet.chartCounter += 1;
    chart.name = `Chart ${sheet.chartCounter}`;
    this.notifyChange();
    return chart.name;
  }

  chartData(sheetName: string, chartName: string): ChartData {
    const sheet = this.model.getSheet(sheetName, "InMemoryWorkbook.chartData");
    const chart = this.model.charts.find((c) => c.sheet === sheet && c.name === chartName);
    if (!chart)
      throw new OfficeDoubleError("ItemNotFound", {
        location: "InMemoryWorkbook.chartData",
        detail: chartName,
      });
    return chartData(this.model, chart);
  }

  toSnapshot(): WorkbookSnapshot {
    return toSnapshot(this.model);
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): InMemoryWorkbook {
    return new InMemoryWorkbook({}, fromSnapshot(snapshot));
  }

  private ref(address: string, location: string): RangeRef {
    const parsed = parseAddress(address, location);
    const sheet: SheetEntity | undefined =
      parsed.sheetName === undefined
        ? this.model.activeSheet
        : this.model.findSheet(parsed.sheetName);
    if (!sheet)
      throw new OfficeDoubleError("ItemNotFound", { location, detail: `no sheet for ${address}` });
    return { sheet, rect: parsed.rect };
  }
}
