// The rows query started while the scan still reads the file (issue 19). A large UTF-8 CSV was
// read twice, one pass after the other: by the scan on the main thread (records, empty lines,
// the widest record, quotes: csvScan.ts), then by DuckDB's rows query on its own threads, which
// takes part of what the scan finds (the width, whether it may split the file). Nearly always
// that is what the head already says: records as wide as its widest row, no line break inside
// quotes. So the query starts on that guess at once, beside the scan. It is kept only when it is
// the very query the scan's answer gives (the same text, the same memory limit); otherwise it
// is stopped and the run reads the file as it did before. Either way the rows are the same.
import { memoryLimitFor, openDuckLimited, rowsSql, type Duck, type ReadRequest } from "./duckRows";

/** A request without what only the whole file tells (its record count). */
export type GuessedRequest = Omit<ReadRequest, "rowCount" | "started">;

export class EarlyRows {
  private readonly sql: string;
  private readonly opening: Promise<Duck>;
  private readonly created: Promise<void>;
  private taken = false;

  /** Starts the rows query of `req` in a DuckDB held to `memoryLimit`. */
  constructor(
    req: GuessedRequest,
    private readonly memoryLimit: string
  ) {
    this.sql = rowsSql(req);
    this.opening = openDuckLimited(memoryLimit);
    this.created = this.opening.then(async (duck) => {
      await duck.c.run(this.sql);
    });
    // Its failure is the run's only if the query is taken (createRows reports it then).
    this.created.catch(() => undefined);
    this.opening.catch(() => undefined);
  }

  /**
   * The DuckDB with the rows query of `req` running, when it is the query started (once); else
   * null, and the started one is stopped.
   */
  async take(req: ReadRequest): Promise<{ duck: Duck; started: Promise<void> } | null> {
    if (this.taken) return null; // taken by a read before, or stopped
    if (rowsSql(req) !== this.sql || memoryLimitFor(req.rowCount) !== this.memoryLimit) {
      await this.stop();
      return null;
    }
    let duck: Duck;
    try {
      duck = await this.opening;
    } catch {
      return null; // not opened: the run opens its own, and meets the same failure
    }
    this.taken = true;
    return { duck, started: this.created };
  }

  /** Stops the query and closes its DuckDB, unless a run took them. */
  async stop(): Promise<void> {
    if (this.taken) return;
    this.taken = true;
    let duck: Duck;
    try {
      duck = await this.opening;
    } catch {
      return;
    }
    duck.c.interrupt();
    await this.created.catch(() => undefined);
    duck.close();
  }
}
