// The tiers query run by DuckDB in process agrees with segment() on every customer.
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DeepPartial, SegmentOptions } from "../../../src/core/options";
import { tiersQuery } from "../../../src/core/sql";
import { duckdbConnection, loadTable } from "./duckdbTables";
import { coreRecords, customerRow, differences, testTables } from "./sqlTables";

const SETTINGS: [string, DeepPartial<SegmentOptions>][] = [
  ["defaults", {}],
  [
    "fixed thresholds, eight segments, zh-CN",
    { rfm: { scoring: "fixed" }, scheme: "eight", language: "zh-CN" },
  ],
  ["R rfm breaks, named segments", { rfm: { scoring: "rfm-r" }, scheme: "named" }],
  [
    "value tiers, ABC by customer share, margin",
    { scheme: "value-tiers", abc: { mode: "count" }, clv: { margin: 0.3, lifespanYears: 2 } },
  ],
  [
    "ABC by CLV, absolute, as-of date",
    { abc: { basis: "clv", mode: "absolute", absoluteCuts: [2000, 500] }, asOf: "2024-05-31" },
  ],
];

let db: DuckDBConnection;
beforeAll(async () => {
  db = await duckdbConnection();
});
afterAll(() => db.closeSync());

describe.each(testTables().map((t) => [t.name, t] as const))(
  "tiers query in DuckDB: %s",
  (_, table) => {
    test.each(SETTINGS)("%s", async (__, options) => {
      await loadTable(db, "orders", table);
      const sql = tiersQuery({
        dialect: "duckdb",
        table: "orders",
        columns: table.columns,
        options,
      });
      const rows = (await db.runAndReadAll(sql)).getRowObjectsJS().map(customerRow);
      const core = coreRecords(table, options);
      expect(rows.length).toBeGreaterThan(3);
      expect(differences(rows, core)).toEqual([]);
    });
  }
);

// Typed columns (as a warehouse holds them) print in the ISO and plain forms the fast path reads.
const TYPED: [string, string, string][] = [
  ["DATE and DECIMAL", "CAST(@d AS DATE)", "CAST(@a AS DECIMAL(18, 2))"],
  ["TIMESTAMP and DOUBLE", "CAST(@d AS TIMESTAMP) + INTERVAL 10 HOUR", "CAST(@a AS DOUBLE)"],
];

describe.each(
  testTables()
    // Texts that cast: not the messy cells (nor the keyword columns' copy of them), nor the
    // hostile ones (1e300 is no DECIMAL(18, 2)).
    .filter((t) => !["messy cells", "keyword columns", "hostile cells"].includes(t.name))
    .map((t) => [t.name, t] as const)
)("tiers query in DuckDB over typed columns: %s", (_, table) => {
  test.each(TYPED)("%s", async (__, date, amount) => {
    await loadTable(db, "orders", table);
    const { customer, date: d, amount: a, orderId } = table.columns;
    const q = (name: string) => `"${name}"`;
    await db.run(
      `CREATE OR REPLACE TABLE typed AS SELECT ${q(customer)}, ${date.replace("@d", q(d))} AS ${q(d)},
           ${amount.replace("@a", q(a))} AS ${q(a)}${orderId ? `, ${q(orderId)}` : ""} FROM orders`
    );
    const sql = tiersQuery({ dialect: "duckdb", table: "typed", columns: table.columns });
    const rows = (await db.runAndReadAll(sql)).getRowObjectsJS().map(customerRow);
    expect(rows.length).toBeGreaterThan(3);
    expect(differences(rows, coreRecords(table, {}))).toEqual([]);
  });
});
