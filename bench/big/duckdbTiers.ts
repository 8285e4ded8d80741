// `tiering sql --dialect duckdb` run over the file itself (read_csv or read_parquet as the table):
// the method's cell rules and every column of the query, in DuckDB, written to a CSV.
import { DuckDBInstance } from "@duckdb/node-api";
import { tiersQuery } from "../../src/core/sql";
import { capMemory, sqlText as q, tableOf } from "./tables";

const [file, out] = process.argv.slice(2);

async function main(): Promise<void> {
  const table = tableOf(file);
  const sql = tiersQuery({
    dialect: "duckdb",
    table,
    columns: { customer: "客户编号", date: "订单日期", amount: "金额", orderId: "订单号" },
  });
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  await capMemory(c);
  await c.run(`COPY (${sql.replace(/^--.*\n/gm, "")}) TO ${q(out)} (HEADER)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
