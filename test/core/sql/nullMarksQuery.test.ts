// The tiers query reads a database's NULL marks (\N, NULL) as the core does (no customer, no
// order id, an unknown profit), executed in DuckDB, and writes the \N mark so that each
// dialect's literal holds a backslash and an N.
import type { DuckDBConnection } from "@duckdb/node-api";
import { customerRecords, segment } from "../../../src/core";
import type { DeepPartial, SegmentOptions } from "../../../src/core/options";
import { CellRules, DIALECT, tiersQuery } from "../../../src/core/sql";
import { duckdbConnection, loadTable } from "./duckdbTables";
import { customerRow, differences, type CustomerRow } from "./sqlTables";

const ROWS = [
  ["customer", "date", "amount", "order", "profit"],
  ["A", "2024-01-05", "10", "\\N", "1"],
  ["A", "2024-02-05", "20", "NULL", "\\N"],
  ["A", "2024-03-05", "30", " \\N ", "3"],
  ["\\N", "2024-01-07", "500", "o9", "1"],
  ["NULL", "2024-01-08", "500", "o10", "1"],
  ["B", "2024-01-09", "30", "o11", "NULL"],
  ["B", "2024-02-09", "\\N", "o12", "1"],
  ["C", "\\N", "5", "o13", "1"],
  ["C", "2024-03-01", "15", "o14", "4"],
  ["D", "2024-03-02", "8", "NULL", "2"],
];
const COLUMNS = {
  customer: "customer",
  date: "date",
  amount: "amount",
  orderId: "order",
  profit: "profit",
};

const SETTINGS: [string, DeepPartial<SegmentOptions>][] = [
  ["defaults", {}],
  ["ABC by profit, CLV from profit", { abc: { basis: "profit" } }],
];

let db: DuckDBConnection;
beforeAll(async () => {
  db = await duckdbConnection();
});
afterAll(() => db.closeSync());

test.each(SETTINGS)("in DuckDB, as the core reads them: %s", async (_, options) => {
  await loadTable(db, "orders", { name: "marks", rows: ROWS, columns: COLUMNS });
  const sql = tiersQuery({ dialect: "duckdb", table: "orders", columns: COLUMNS, options });
  const rows = (await db.runAndReadAll(sql)).getRowObjectsJS().map(customerRow);
  const result = segment(
    { values: ROWS },
    {
      ...options,
      shape: "transactions",
      mapping: { customer: 0, date: 1, amount: 2, orderId: 3, profit: 4 },
    }
  );
  const core = new Map<string, CustomerRow>();
  for (const r of customerRecords(result, "en-US")) core.set(r.customer, customerRow({ ...r }));
  expect(rows.map((r) => r.customer).sort()).toEqual(["A", "B", "C", "D"]);
  expect(rows.find((r) => r.customer === "A")?.frequency).toBe(3);
  expect(differences(rows, core)).toEqual([]);
});

test.each([
  ["duckdb", "'\\N'"],
  ["postgres", "'\\N'"],
  ["snowflake", "'\\\\N'"],
  ["bigquery", "'\\\\N'"],
  ["spark", "'\\\\N'"],
] as const)("%s writes the \\N mark as %s", (dialect, literal) => {
  const rules = new CellRules(DIALECT[dialect], { decimalComma: false, order: "ymd" });
  expect(rules.nullMark("x")).toBe(`(x = ${literal} OR x = 'NULL')`);
});
