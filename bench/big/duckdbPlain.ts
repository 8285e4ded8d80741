// The DuckDB-only side of bench:big: plain SQL over the generated file (plain casts, no cell
// rules), the same columns as the CLI's customer file: R, F, M, quintile scores, ABC.
import { DuckDBInstance } from "@duckdb/node-api";
import { capMemory, sqlText as q, tableOf } from "./tables";

const [file, out] = process.argv.slice(2);

const SQL = `COPY (
WITH t AS (
  SELECT "客户编号" AS customer, CAST("订单日期" AS DATE) AS d, CAST("金额" AS DOUBLE) AS amount, "订单号" AS order_id
  FROM ${tableOf(file)}
),
as_of AS (SELECT max(d) + 1 AS a FROM t),
c AS (
  SELECT customer, sum(amount) AS monetary,
    count(DISTINCT CASE WHEN amount > 0 THEN order_id END) AS frequency,
    max(CASE WHEN amount > 0 THEN d END) AS last_day
  FROM t GROUP BY customer
),
m AS (SELECT c.*, a - last_day AS recency FROM c CROSS JOIN as_of WHERE frequency > 0),
s AS (
  SELECT *, count(*) OVER () AS n,
    rank() OVER (ORDER BY recency DESC) - 1 AS lr,
    rank() OVER (ORDER BY frequency) - 1 AS lf,
    rank() OVER (ORDER BY monetary) - 1 AS lm,
    sum(monetary) OVER (ORDER BY monetary DESC ROWS UNBOUNDED PRECEDING) - monetary AS before,
    sum(CASE WHEN monetary > 0 THEN monetary END) OVER () AS total
  FROM m
)
SELECT customer, recency, frequency, monetary,
  1 + (5 * lr) // n AS r, 1 + (5 * lf) // n AS f, 1 + (5 * lm) // n AS m,
  CASE WHEN monetary <= 0 THEN 'C' WHEN before / total < 0.8 THEN 'A' WHEN before / total < 0.95 THEN 'B' ELSE 'C' END AS abc
FROM s
) TO ${q(out)} (HEADER)`;

async function main(): Promise<void> {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  await capMemory(c);
  await c.run(SQL);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
