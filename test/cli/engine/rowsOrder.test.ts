// The rows table numbers each row by its rowid (rowsQuery.ts ROWS_VIEW): that is the row's place
// in the file only while every operator between the file and the table keeps the rows' order.
// DuckDB documents which do (projections, filters, CTEs of them); a join does not, and DuckDB
// plans a long IN (...) list as one. These tests fail when a rule change brings such an
// operator in, before any user's rejected row is reported under another row's number. (A 1M-row
// file read on two threads came back reordered while the error texts were an IN list.)
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ColumnMapping, DateOrder } from "../../../src/core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvSource, openDuck } from "../../../src/cli/engine/duckRows";
import { parquetSource } from "../../../src/cli/engine/parquetSource";
import { rowsQuery } from "../../../src/cli/engine/rowsQuery";

/** Operators that pass rows on in the order they came (or make the table from them). */
const KEEPS_ORDER = new Set([
  "CREATE_TABLE_AS",
  "BATCH_CREATE_TABLE_AS",
  "PROJECTION",
  "FILTER",
  "SEQ_SCAN",
  "TABLE_SCAN",
  "READ_CSV",
  "READ_PARQUET",
]);

async function operators(c: DuckDBConnection, sql: string): Promise<string[]> {
  const reader = await c.runAndReadAll(`EXPLAIN ${sql}`);
  const plan = reader
    .getRows()
    .map((row) => String(row[1]))
    .join("\n");
  // Operator names are the upper-case words alone on a line of the drawn plan.
  return [...plan.matchAll(/│\s*([A-Z][A-Z_]{3,})\s*│/g)].map((m) => m[1]);
}

const mappings: { name: string; mapping: ColumnMapping; order: DateOrder; comma: boolean }[] = [
  {
    name: "every role",
    mapping: {
      customer: 0,
      customerName: 1,
      date: 2,
      orderId: 3,
      amount: 4,
      profit: 5,
      strategic: 6,
    },
    order: "ymd",
    comma: false,
  },
  { name: "the least", mapping: { customer: 1, date: 0, amount: 2 }, order: "dmy", comma: true },
  { name: "month first", mapping: { customer: 0, date: 1, amount: 2 }, order: "mdy", comma: false },
];

describe("the rows table keeps the file's order", () => {
  let duck: Awaited<ReturnType<typeof openDuck>>;
  beforeAll(async () => {
    duck = await openDuck();
    await duck.c.run(
      "CREATE TABLE source AS SELECT 'x' AS c0, 'x' AS c1, 'x' AS c2, 'x' AS c3, 'x' AS c4, 'x' AS c5, 'x' AS c6"
    );
  });
  afterAll(() => duck.close());

  it.each(mappings)(
    "plans only order-keeping operators ($name)",
    async ({ mapping, order, comma }) => {
      const sql = rowsQuery({
        source: "source",
        width: 7,
        mapping,
        decimalComma: comma,
        order,
        lastDay: 20_000,
      });
      const found = await operators(duck.c, sql);
      expect(found.length).toBeGreaterThan(1);
      expect(found.filter((op) => !KEEPS_ORDER.has(op))).toEqual([]);
    }
  );

  it("plans only order-keeping operators over the CLI's own CSV and Parquet sources", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tiering-rows-order-"));
    try {
      const csv = join(dir, "orders.csv");
      writeFileSync(csv, "customer,date,amount\nA,2024-01-05,12.50\nB,2024年1月6日,(¥3.00)\n");
      const parquet = join(dir, "orders.parquet");
      await duck.c.run(
        `COPY (SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`
      );
      const sources = [
        csvSource(csv, ",", 0, 3, true),
        csvSource(csv, ",", 0, 3, false),
        parquetSource(
          parquet,
          ["customer", "date", "amount"].map((name) => ({ name, type: "VARCHAR" }))
        ).sql,
      ];
      for (const source of sources) {
        const sql = rowsQuery({
          source,
          width: 3,
          mapping: { customer: 0, date: 1, amount: 2 },
          decimalComma: false,
          order: "ymd",
          lastDay: Infinity,
        });
        const found = await operators(duck.c, sql);
        expect(found.some((op) => op.startsWith("READ_"))).toBe(true);
        expect(found.filter((op) => !KEEPS_ORDER.has(op))).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
