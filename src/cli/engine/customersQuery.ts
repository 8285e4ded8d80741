// The SQL that aggregates DuckDB's typed rows (the `rows` table of rowsQuery.ts) to one row per
// customer, by method.md section 3 as aggregateTransactions counts: a purchase is a row with a
// positive amount; F counts distinct order ids among purchases (plus one per day of purchases
// with a blank order id), or distinct purchase days without an order-id column; M adds returns
// in. The core forms the customer table from these sums (src/core/aggregate/customerTableOf.ts).
import { TYPED_BLANK, TYPED_OK, type ColumnMapping } from "../../core";
import { real } from "./rowsQuery";

/** Which rows are used: the data rows whose cells all read, up to the as-of date, in the window. */
export interface UsedRows {
  /** DuckDB's r of the first data row (rows above it are the header and what is over it). */
  firstR: number;
  lastDay: number;
  window: { low: number; high: number };
}

const finite = (x: number): boolean => Number.isFinite(x);

/** The rows whose cells all read, within the as-of date and the window. */
export function usable(u: UsedRows): string {
  const terms = [`r >= ${u.firstR}`, `status = ${TYPED_OK}`];
  if (finite(u.lastDay)) terms.push(`day <= ${u.lastDay}`);
  if (finite(u.window.low)) terms.push(`day >= ${u.window.low}`);
  if (finite(u.window.high)) terms.push(`day <= ${u.window.high}`);
  return terms.join(" AND ");
}

/** The rows whose cells all read and are dated up to the as-of date but outside the window. */
export function outsideQuery(u: UsedRows): string | null {
  const out: string[] = [];
  if (finite(u.window.low)) out.push(`day < ${u.window.low}`);
  if (finite(u.window.high)) out.push(`day > ${u.window.high}`);
  if (out.length === 0) return null;
  const asOf = finite(u.lastDay) ? ` AND day <= ${u.lastDay}` : "";
  return `SELECT CAST(r AS DOUBLE), CAST(day AS DOUBLE) FROM rows
    WHERE r >= ${u.firstR} AND status = ${TYPED_OK}${asOf} AND (${out.join(" OR ")}) ORDER BY r`;
}

export const dayCountsQuery = (firstR: number): string =>
  `SELECT CAST(day AS DOUBLE), CAST(count(*) AS DOUBLE) FROM rows
   WHERE r >= ${firstR} AND day IS NOT NULL GROUP BY day`;

export const blankQuery = (firstR: number): string =>
  `SELECT count(*) FROM rows WHERE r >= ${firstR} AND status = ${TYPED_BLANK}`;

/** Every used row equal cell for cell to an earlier used row, with the first of them. */
export function duplicatesQuery(u: UsedRows): string {
  return [
    "CREATE TEMP TABLE dup_rows AS",
    "WITH firsts AS (",
    `  SELECT h1, h2, min(r) AS first FROM rows WHERE ${usable(u)}`,
    "  GROUP BY h1, h2 HAVING count(*) > 1",
    ")",
    "SELECT r, first FROM rows JOIN firsts USING (h1, h2)",
    `WHERE ${usable(u)} AND r > first`,
  ].join("\n");
}

/**
 * An exact sum of a DOUBLE column, as src/core/aggregate/exactSum.ts sums: whole parts and
 * millionths (rounded half away from zero, as round() does) added as integers. DuckDB's own
 * SUM(DOUBLE) adds in whatever order its threads meet the rows: measured on 1,048,575 rows, 1
 * customer in 5 got another last bit than a sequential sum; SUM(x ORDER BY r) reproduced the
 * sequential sum but cost 13 times a plain SUM's CPU. Integer sums are exact in any order.
 */
function exactSum(x: string, name: string): string {
  const whole = `CAST(trunc(${x}) AS BIGINT)`;
  const millionths = `CAST(round((${x} - trunc(${x})) * CAST(1e6 AS DOUBLE)) AS BIGINT)`;
  return `CAST(sum(${whole}) AS DOUBLE) AS ${name}_whole, CAST(sum(${millionths}) AS DOUBLE) AS ${name}_millionths`;
}

/** The columns the customers query returns, in order (customer and name first, as text). */
export const CUSTOMER_COLUMNS = [
  "first_r",
  "first_any",
  "last_any",
  "all_rows",
  "purchase_rows",
  "days",
  "first_day",
  "last_day",
  "median_gap",
  "orders",
  "amount_whole",
  "amount_millionths",
  "profit_whole",
  "profit_millionths",
  "strategic",
] as const;

/** One row per customer in order of first appearance among the used rows. */
export function customersQuery(u: UsedRows, m: ColumnMapping, removeDuplicates: boolean): string {
  const notDuplicate = removeDuplicates ? " AND r NOT IN (SELECT r FROM dup_rows)" : "";
  const purchases = "amount > 0";
  const orders =
    m.orderId === undefined
      ? "NULL"
      : `count(DISTINCT order_text) FILTER (WHERE ${purchases} AND order_text <> '')
         + count(DISTINCT day) FILTER (WHERE ${purchases} AND order_text = '')`;
  const profit =
    m.profit === undefined
      ? "NULL AS profit_whole, NULL AS profit_millionths"
      : exactSum("profit", "profit") + ", bool_or(profit IS NULL) AS profit_unknown";
  const strategic =
    m.strategic === undefined
      ? "NULL"
      : "arg_min(strategic, r) FILTER (WHERE strategic IS NOT NULL)";
  const unknown = (x: string) =>
    m.profit === undefined
      ? real(x)
      : `CASE WHEN profit_unknown THEN 'NaN'::DOUBLE ELSE ${real(x)} END`;
  return [
    "WITH used AS (",
    `  SELECT r, customer, day, amount, profit, strategic, order_text, name_text FROM rows`,
    `  WHERE ${usable(u)}${notDuplicate}`,
    "), purchase_days AS (",
    "  SELECT customer, day, day - lag(day) OVER (PARTITION BY customer ORDER BY day) AS gap",
    `  FROM (SELECT DISTINCT customer, day FROM used WHERE ${purchases})`,
    "), by_days AS (",
    "  SELECT customer, count(*) AS days, min(day) AS first_day, max(day) AS last_day,",
    "    median(gap) AS median_gap",
    "  FROM purchase_days GROUP BY customer",
    "), sums AS (",
    "  SELECT customer, min(r) AS first_r, min(day) AS first_any, max(day) AS last_any,",
    "    arg_min(name_text, r) FILTER (WHERE name_text <> '') AS name,",
    `    count(*) AS all_rows, count(*) FILTER (WHERE ${purchases}) AS purchase_rows,`,
    `    ${orders} AS orders, ${strategic} AS strategic,`,
    `    ${exactSum("amount", "amount")}, ${profit}`,
    "  FROM used GROUP BY customer",
    ")",
    "SELECT customer, name,",
    `  ${real("first_r")}, ${real("first_any")}, ${real("last_any")},`,
    `  ${real("all_rows")}, ${real("purchase_rows")}, ${real("coalesce(days, 0)")},`,
    `  ${real("first_day")}, ${real("last_day")}, ${real("median_gap")},`,
    `  ${real(m.orderId === undefined ? "coalesce(days, 0)" : "orders")},`,
    `  ${real("amount_whole")}, ${real("amount_millionths")},`,
    `  ${unknown("profit_whole")}, ${unknown("profit_millionths")}, ${real("strategic")}`,
    "FROM sums LEFT JOIN by_days USING (customer)",
    "ORDER BY first_r",
  ].join("\n");
}
