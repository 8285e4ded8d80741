// `tiering sql`: the query printed for the flags runs in DuckDB and gives the same customers as
// `tiering segment --json` on the same rows; bad flags are named.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { duckdbConnection, loadTable } from "../core/sql/duckdbTables";
import { customerRow, differences, testTables, type CustomerRow } from "../core/sql/sqlTables";
import { runCli, tempDir } from "./captureIo";

jest.setTimeout(60_000);

test("tiering sql --dialect duckdb agrees with tiering segment --json", async () => {
  const table = testTables()[0];
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, "orders.csv");
    writeFileSync(file, Papa.unparse(table.rows) + "\n");
    const flags = ["--scheme", "named", "--lang", "zh-CN", "--margin", "40%"];
    const cols = ["--customer", "客户", "--date", "日期", "--amount", "金额", "--order-id", "单号"];
    const printed = await runCli([
      "sql",
      "--dialect",
      "duckdb",
      "--table",
      "orders",
      ...cols,
      ...flags,
    ]);
    expect(printed.code).toBe(0);
    const segmented = await runCli(["segment", file, "--json", ...cols, ...flags]);
    expect(segmented.code).toBe(0);
    const json = JSON.parse(segmented.stdout) as { customers: CustomerRow[] };
    const db = await duckdbConnection();
    await loadTable(db, "orders", table);
    const rows = (await db.runAndReadAll(printed.stdout)).getRowObjectsJS().map(customerRow);
    db.closeSync();
    const core = new Map(json.customers.map((c) => [c.customer, { ...customerRow(c as never) }]));
    expect(rows.length).toBe(core.size);
    expect(differences(rows, core)).toEqual([]);
  } finally {
    cleanup();
  }
});

test.each([
  [["sql", "--dialect", "oracle", "--table", "t"], "--dialect must be one of duckdb, postgres"],
  [["sql", "--table", "t"], "--dialect"],
  [
    ["sql", "--dialect", "spark", "--table", "t", "--scoring", "median"],
    "--scoring must be one of",
  ],
])("%j is refused with exit 2", async (argv, message) => {
  const out = await runCli(argv);
  expect(out.code).toBe(2);
  expect(out.stdout).toBe("");
  expect(out.stderr).toContain(message);
});
