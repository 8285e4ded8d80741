// Test tables loaded into an in-process DuckDB as text columns, for the SQL faces' tests.
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { TestTable } from "./sqlTables";

export async function duckdbConnection(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:");
  return instance.connect();
}

const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Creates TABLE with the table's header as VARCHAR columns and appends every row. */
export async function loadTable(
  c: DuckDBConnection,
  name: string,
  table: TestTable
): Promise<void> {
  const [headers, ...rows] = table.rows;
  await c.run(
    `CREATE OR REPLACE TABLE ${name} (${headers.map((h) => `${quoted(h)} VARCHAR`).join(", ")})`
  );
  const appender = await c.createAppender(name);
  for (const row of rows) {
    for (let i = 0; i < headers.length; i++) {
      const v = row[i];
      if (v === undefined) appender.appendNull();
      else appender.appendVarchar(v);
    }
    appender.endRow();
  }
  appender.closeSync();
}
