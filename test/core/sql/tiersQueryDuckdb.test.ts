// The tiers query run by DuckDB in process agrees with segment() on every customer.
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DeepPartial, SegmentOptions } from "../../../src/core/options";
import { tiersQuery } from "../../../src/core/sql";
import { duckdbConnection, loadTable } from "./duckdbTables";
import { coreRecords, customerRow, differences, testTables, type TestTable } from "./sqlTables";

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
    .filter(
      (t) =>
        ![
          "messy cells",
          "keyword columns",
          "hostile cells",
          "CDNOW sample (compact dates)",
        ].includes(t.name)
    )
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

/** The statement the query's header tells the user to run for instants, as written there. */
const utcStatement = (sql: string): string => {
  const said = /first run: (.+);$/m.exec(sql);
  if (!said) throw new Error("the header names no statement for instants");
  return said[1];
};

// An instant (TIMESTAMPTZ) prints in the session's time zone: 23:30 UTC is the next day in
// Shanghai, and every recency moves by a day. The header's statement reads instants in UTC, as
// the CLI does (method.md section 1).
describe("tiers query in DuckDB over instants", () => {
  const table = testTables().find((t) => t.name === "R rfm package orders") as TestTable;
  const options = { asOf: "2024-05-31" };
  const instants = async (): Promise<string> => {
    await loadTable(db, "orders", table);
    const { customer, date, amount } = table.columns;
    await db.run(
      `CREATE OR REPLACE TABLE instants AS SELECT "${customer}",
         CAST(CAST(CAST("${date}" AS DATE) AS VARCHAR) || ' 23:30:00+00' AS TIMESTAMPTZ) AS "${date}",
         "${amount}" FROM orders`
    );
    await db.run("SET TimeZone = 'Asia/Shanghai'");
    return tiersQuery({ dialect: "duckdb", table: "instants", columns: table.columns, options });
  };
  afterEach(() => db.run("SET TimeZone = 'UTC'"));

  test("in the session's time zone, a day late", async () => {
    const sql = await instants();
    const rows = (await db.runAndReadAll(sql)).getRowObjectsJS().map(customerRow);
    expect(differences(rows, coreRecords(table, options)).length).toBeGreaterThan(0);
  });

  test("after the header's statement, the core's days", async () => {
    const sql = await instants();
    await db.run(utcStatement(sql));
    const rows = (await db.runAndReadAll(sql)).getRowObjectsJS().map(customerRow);
    expect(rows.length).toBeGreaterThan(3);
    expect(differences(rows, coreRecords(table, options))).toEqual([]);
  });
});
