// What a DuckDB failure means for a run (readTyped's duckFailure): only a CSV that DuckDB's
// reader refused goes back to the core's reader under --engine auto; a failure after the rows
// were read, or any failure on a Parquet file, is reported with DuckDB's reason. (A 100M-row
// Parquet file that ran DuckDB out of memory while aggregating was once reported as "neither a
// CSV nor an XLSX file", the core reader's answer.)
import { ReadRefused, RowsLost, readFailure } from "../../../src/cli/engine/duckRows";
import { duckFailure } from "../../../src/cli/engine/readTyped";
import { formatMessage } from "../../../src/core";

const outOfMemory = new Error(
  "Out of Memory Error: failed to allocate data of size 16.0 MiB (976.5 MiB/976.5 MiB used)\nPossible solutions: ..."
);
const refused = new ReadRefused(new Error("Invalid Input Error: CSV Error on Line: 7"));
const file = "orders.parquet";

describe("duckFailure", () => {
  it("lets the core's reader try a CSV DuckDB's reader refused, under --engine auto only", () => {
    expect(duckFailure(refused, { file, engine: "auto" }, "csv")).toBeNull();
    const forced = duckFailure(refused, { file, engine: "duckdb" }, "csv");
    expect(forced?.problem).toBe("file.duckdbFailed");
  });

  it("reports a Parquet file DuckDB could not read: the core reads no Parquet", () => {
    const failure = duckFailure(refused, { file, engine: "auto" }, "parquet");
    expect(failure?.problem).toBe("file.duckdbFailed");
    expect(failure?.params.reason).toBe("Invalid Input Error: CSV Error on Line: 7");
  });

  it.each(["csv", "parquet"] as const)(
    "reports running out of memory while aggregating (%s), with what to do, in both languages",
    (kind) => {
      const failure = duckFailure(outOfMemory, { file, engine: "auto" }, kind);
      expect(failure?.problem).toBe("engine.duckdbStopped");
      const en = formatMessage(failure!.messageKey, failure!.params, "en-US");
      expect(en).toContain("failed to allocate data of size 16.0 MiB");
      expect(en).not.toContain("Possible solutions");
      expect(en).toContain("DUCKDB_MEMORY_LIMIT");
      const zh = formatMessage(failure!.messageKey, failure!.params, "zh-CN");
      expect(zh).toContain("DUCKDB_MEMORY_LIMIT");
      expect(zh).toContain("内存不足");
    }
  );

  it("names the records and rows when DuckDB saw another number of rows", () => {
    const failure = duckFailure(new RowsLost(10, 9), { file, engine: "auto" }, "csv");
    expect(failure?.problem).toBe("file.rowsLost");
    expect(failure?.params).toMatchObject({ records: 10, rows: 9 });
  });

  it("keeps memory, disk and interrupts apart from a refused file while reading the rows", () => {
    // Out of memory while the rows table was made: reported, never handed to the core's reader
    // (which would refuse a file past Excel's rows, or read no Parquet, with the wrong advice).
    const stopped = readFailure(outOfMemory);
    expect(stopped).toBe(outOfMemory);
    expect(duckFailure(stopped, { file, engine: "auto" }, "csv")?.problem).toBe(
      "engine.duckdbStopped"
    );
    const full = new Error('IO Error: Could not write file "/tmp/x.tmp": No space left on device');
    expect(readFailure(full)).toBe(full);
    const csvError = new Error("Invalid Input Error: CSV Error on Line: 7");
    expect(readFailure(csvError)).toBeInstanceOf(ReadRefused);
  });
});
