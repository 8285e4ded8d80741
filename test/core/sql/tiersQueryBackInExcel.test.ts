// The warehouse round trip README promises: the tiers query's customer table, brought into a
// sheet as its result prints (header row of field names, then text cells), is found to be a
// customer summary and segmented by the core to the same R, F, M, scores, RFM code, segment and
// ABC class for every customer who bought. A customer with no purchase (returns only) has no
// R, F or M in the query, as in the CLI's JSON; read back, its row is rejected for its blank
// frequency, with the row and column named (method.md: a blank is a missing value). So ABC by
// customer share, which counts those customers, agrees only where the query lists none of them.
import type { DuckDBConnection } from "@duckdb/node-api";
import { customerRecords, segment } from "../../../src/core";
import type { DeepPartial, SegmentOptions } from "../../../src/core/options";
import { SQL_FIELDS, tiersQuery } from "../../../src/core/sql";
import { duckdbConnection, loadTable } from "./duckdbTables";
import { testTables } from "./sqlTables";

// ABC by value and scores as the query gives them; the summary has no dates, so no CLV basis.
const SETTINGS: [string, DeepPartial<SegmentOptions>][] = [
  ["defaults", {}],
  [
    "fixed thresholds, eight segments, zh-CN",
    { rfm: { scoring: "fixed" }, scheme: "eight", language: "zh-CN" },
  ],
  ["R rfm breaks, named segments", { rfm: { scoring: "rfm-r" }, scheme: "named" }],
  ["value tiers, ABC by customer share", { scheme: "value-tiers", abc: { mode: "count" } }],
];

// The query's fields but the customer (the key) and CLV (a summary has no dates for it).
const FIELDS = SQL_FIELDS.filter((f) => f !== "customer" && f !== "clv");

let db: DuckDBConnection;
beforeAll(async () => {
  db = await duckdbConnection();
});
afterAll(() => db.closeSync());

/** The query's rows as a sheet: the header row, then each value as the text a CSV holds. */
async function resultSheet(sql: string): Promise<string[][]> {
  const reader = await db.runAndReadAll(sql);
  const text = (v: unknown) => (v === null ? "" : String(v));
  return [reader.columnNames(), ...reader.getRowsJS().map((row) => row.map(text))];
}

describe.each(testTables().map((t) => [t.name, t] as const))("%s", (_, table) => {
  test.each(SETTINGS)("%s", async (__, options) => {
    await loadTable(db, "orders", table);
    const sql = tiersQuery({ dialect: "duckdb", table: "orders", columns: table.columns, options });
    const sheet = await resultSheet(sql);
    const language = options.language ?? "en-US";
    const back = segment({ values: sheet }, { ...options, shape: "auto" });
    expect(back.shape).toBe("summary");
    const header = sheet[0];
    const frequency = header.indexOf("frequency");
    const noPurchase = sheet.flatMap((row, i) => (i > 0 && row[frequency] === "" ? [i + 1] : []));
    expect(back.rejected.map((r) => [r.row, r.header, r.reason])).toEqual(
      noPurchase.map((row) => [row, "frequency", "missingValue"])
    );
    const byShare = options.abc?.mode === "count";
    if (byShare && noPurchase.length > 0) return;
    const records = customerRecords(back, language);
    expect(records.length).toBe(sheet.length - 1 - noPurchase.length);
    const differences: string[] = [];
    const byCustomer = new Map(sheet.slice(1).map((row) => [row[header.indexOf("customer")], row]));
    for (const record of records) {
      const row = byCustomer.get(record.customer);
      for (const field of FIELDS) {
        const queried = row?.[header.indexOf(field)];
        const value = record[field];
        const same =
          typeof value === "number" ? Number(queried) === value : queried === String(value);
        if (!same) differences.push(`${record.customer} ${field}: query ${queried}, core ${value}`);
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
  });
});
