// The request context: queues commands and runs them in order at sync(), as office.js batches
// them into one request. Loaded data reaches the proxies only when the whole sync succeeded.
import type { XRequestContext, XWorkbook } from "../excel";
import { OfficeDoubleError, OfficeErrorCode, isOfficeDoubleError, officeError } from "./errors";
import { PAYLOAD_LIMIT_BYTES, jsonBytes } from "./payload";
import { WorkbookModel } from "./workbookModel";

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  commands: number;
  cellsWritten: number;
  cellsRead: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  /** Error code when the sync was rejected (not in office.js; for test diagnostics). */
  error?: string;
}

export interface DoubleStats {
  unloadedReads: number;
  errors: Record<string, number>;
}

/**
 * Refusals real Excel makes that a test can switch on (InMemoryWorkbook.faults). Each counts only
 * syncs that send commands; "at: 1" is the next one.
 */
export interface DoubleFaults {
  /**
   * The user is typing in a cell: a batch fails with InvalidOperationInCellEditMode, unless it was
   * run with delayForCellEdit, which waits until the edit ends (Excel.RunOptions.delayForCellEdit,
   * learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  cellEditMode: boolean;
  /** The Nth sync is refused with this code; nothing of it applies. */
  refuseSync: { at: number; code: OfficeErrorCode } | null;
  /**
   * Requests above this size fail with GeneralException although under the documented 5 MB:
   * Excel on the web answers big writes with an internal error (office-js#1012).
   */
  generalExceptionAboveBytes: number | null;
  /** The Nth sync never answers (office-js#6678, #1046: a big write can hang context.sync). */
  hangSync: { at: number } | null;
}

export interface RunOptions {
  delayForCellEdit?: boolean;
}

/** What a context needs from the workbook that owns it. */
export interface ContextHost {
  readonly model: WorkbookModel;
  readonly syncLog: SyncRecord[];
  readonly stats: DoubleStats;
  readonly faults: DoubleFaults;
  countEmptySync(): void;
  /** Resolves when the user leaves cell-edit mode (at once when not editing). */
  cellEditEnded(): Promise<void>;
}

export interface Command {
  /** "Range.values", "Worksheet.delete"... used in error locations. */
  label: string;
  /** What office.js would serialise into the request for this command. */
  args: unknown;
  run(): void;
}

interface Delivery {
  data: unknown;
  apply(): void;
}

export class DoubleContext implements XRequestContext {
  readonly workbook: XWorkbook;
  private queue: Command[] = [];
  private pathBytes = 0;
  private deliveries: Delivery[] = [];
  private record: SyncRecord | undefined;
  private closed = false;

  constructor(
    readonly host: ContextHost,
    makeWorkbook: (context: DoubleContext) => XWorkbook,
    private readonly options: RunOptions = {}
  ) {
    this.workbook = makeWorkbook(this);
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get hasPendingCommands(): boolean {
    return this.queue.length > 0;
  }

  close(): void {
    this.closed = true;
    this.queue = [];
  }

  /** Counts an error in the stats and returns it for throwing. */
  report(error: OfficeDoubleError): OfficeDoubleError {
    const { errors } = this.host.stats;
    errors[error.code] = (errors[error.code] ?? 0) + 1;
    if (error.code === "PropertyNotLoaded") this.host.stats.unloadedReads += 1;
    return error;
  }

  fail(code: OfficeErrorCode, location: string, detail?: string): OfficeDoubleError {
    return this.report(officeError(code, location, detail));
  }

  assertOpen(location: string): void {
    if (this.closed) {
      throw this.report(
        new OfficeDoubleError("InvalidObjectPath", {
          location,
          arg: location,
          detail: "its Excel.run batch has ended",
        })
      );
    }
  }

  enqueue(command: Command): void {
    this.assertOpen(command.label);
    this.queue.push(command);
  }

  /** Object paths (getRange("A1")...) travel with the next request. */
  addPathBytes(args: unknown): void {
    this.pathBytes += jsonBytes(args);
  }

  deliver(data: unknown, apply: () => void): void {
    this.deliveries.push({ data, apply });
  }

  countCells(written: number, read: number): void {
    if (!this.record) return;
    this.record.cellsWritten += written;
    this.record.cellsRead += read;
  }

  suspendCalculation(): void {
    if (this.record) this.record.calculationSuspended = true;
  }

  suspendScreenUpdating(): void {
    if (this.record) this.record.screenUpdatingSuspended = true;
  }

  async sync(): Promise<void> {
    this.assertOpen("RequestContext.sync");
    const commands = this.queue;
    const pathBytes = this.pathBytes;
    this.queue = [];
    this.pathBytes = 0;
    // The request leaves asynchronously: nothing queued is visible before the promise settles.
    await Promise.resolve();
    if (commands.length === 0) {
      this.host.countEmptySync();
      return;
    }
    await this.faultBefore(commands);
    const record: SyncRecord = {
      requestBytes: pathBytes + commands.reduce((sum, c) => sum + jsonBytes(c.args), 0),
      responseBytes: 0,
      commands: commands.length,
      cellsWritten: 0,
      cellsRead: 0,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
    };
    this.host.syncLog.push(record);
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw this.fail(
        "RequestPayloadSizeLimitExceeded",
        "RequestContext.sync",
        `${record.requestBytes} bytes`
      );
    }
    this.runAll(commands, record);
    record.responseBytes = jsonBytes(this.deliveries.map((d) => d.data));
    const deliveries = this.deliveries;
    this.deliveries = [];
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      // The commands already ran on the host; only the answer is refused.
      record.error = "ResponsePayloadSizeLimitExceeded";
      throw this.fail(
        "ResponsePayloadSizeLimitExceeded",
        "RequestContext.sync",
        `${record.responseBytes} bytes`
      );
    }
    for (const delivery of deliveries) delivery.apply();
  }

  /** The faults a test switched on, in the order Excel would meet them. */
  private async faultBefore(commands: Command[]): Promise<void> {
    const faults = this.host.faults;
    if (faults.cellEditMode) {
      if (!this.options.delayForCellEdit)
        throw this.fail("InvalidOperationInCellEditMode", "RequestContext.sync");
      await this.host.cellEditEnded();
    }
    const due = (fault: { at: number } | null): boolean => fault !== null && --fault.at <= 0;
    if (due(faults.hangSync)) {
      faults.hangSync = null;
      await new Promise<never>(() => undefined);
    }
    if (due(faults.refuseSync)) {
      const code = faults.refuseSync?.code ?? "GeneralException";
      faults.refuseSync = null;
      throw this.fail(code, "RequestContext.sync", "refused by the test's fault");
    }
    const limit = faults.generalExceptionAboveBytes;
    if (limit !== null) {
      const bytes = commands.reduce((sum, c) => sum + jsonBytes(c.args), 0);
      if (bytes > limit)
        throw this.fail("GeneralException", "RequestContext.sync", `${bytes} bytes`);
    }
  }

  private runAll(commands: Command[], record: SyncRecord): void {
    this.record = record;
    this.deliveries = [];
    try {
      // No rollback: commands before a failure stay applied, later ones are dropped.
      for (const command of commands) {
        // Formula results follow every change, as Excel recalculates; loads change nothing; in
        // manual calculation they wait for Application.calculate.
        const recalculates = this.model.calculationMode !== "Manual";
        if (recalculates && !command.label.endsWith(".load")) this.model.calculation.invalidate();
        command.run();
      }
    } catch (error) {
      this.deliveries = [];
      if (!isOfficeDoubleError(error)) throw error; // a bug in the double, not an Excel error
      record.error = error.code;
      throw this.report(error);
    } finally {
      this.record = undefined;
    }
  }
}
