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

/** What a context needs from the workbook that owns it. */
export interface ContextHost {
  readonly model: WorkbookModel;
  readonly syncLog: SyncRecord[];
  readonly stats: DoubleStats;
  countEmptySync(): void;
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
    makeWorkbook: (context: DoubleContext) => XWorkbook
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

  private runAll(commands: Command[], record: SyncRecord): void {
    this.record = record;
    this.deliveries = [];
    try {
      // No rollback: commands before a failure stay applied, later ones are dropped.
      for (const command of commands) {
        // Formula results follow every change, as Excel recalculates; loads change nothing.
        if (!command.label.endsWith(".load")) this.model.calculation.invalidate();
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
