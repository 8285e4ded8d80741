// The SQL of a backtest's window after the cut (method.md section 11), as the core's afterCut
// counts it over the used rows dated cut < day <= end: per customer the purchases (rows with a
// positive amount, once per order id, else once per day, as F counts them) and the revenue
// (returns included); whether the run at the cut scored the customer; and the revenue of all,
// summed exactly by parts so that no total depends on the order DuckDB adds the rows in.
import { millionthsOf, wholeOf } from "./exactSumSql";

export interface AfterCutAsked {
  /** The condition of the whole file's used rows, over the all_rows view. */
  used: string;
  /** A query of the customers the run at the cut scored (one column, customer). */
  known: string;
  cutDay: number;
  endDay: number;
}

/** CREATE TABLE after_sums: one row per customer with a used row in the window. */
export function afterCutQuery(a: AfterCutAsked): string {
  return [
    "CREATE TEMP TABLE after_sums AS",
    "WITH after AS NOT MATERIALIZED (",
    "  SELECT customer, day, amount, order_text FROM all_rows",
    `  WHERE ${a.used} AND day > ${a.cutDay} AND day <= ${a.endDay}`,
    "), by_orders AS (",
    // A blank order id is keyed by its day: one set of keys, as BY_ORDERS in customersQuery.ts.
    "  SELECT customer, count(*) AS orders FROM (",
    "    SELECT DISTINCT customer, order_text, CASE WHEN order_text = '' THEN day END",
    "    FROM after WHERE amount > 0)",
    "  GROUP BY customer",
    "), sums AS (",
    `  SELECT customer, sum(${wholeOf("amount")}) AS w, sum(${millionthsOf("amount")}) AS m`,
    "  FROM after GROUP BY customer",
    ")",
    "SELECT customer, coalesce(orders, 0) AS orders, w, m,",
    `  customer IN (${a.known}) AS known`,
    "FROM sums LEFT JOIN by_orders USING (customer)",
  ].join("\n");
}

/** The scored customers' rows of after_sums: customer, a NULL name (as readSums reads), sums. */
export const AFTER_KNOWN = [
  "SELECT customer, NULL, CAST(orders AS DOUBLE), CAST(w AS DOUBLE), m",
  "FROM after_sums WHERE known",
].join("\n");

/**
 * The new customers' count and exact revenue, and all revenue's: the whole parts are summed as
 * integers (HUGEINT) across customers and cast once, as the core's ExactSums rounds them.
 */
export const AFTER_TOTALS = [
  "SELECT CAST(count(*) FILTER (WHERE NOT known) AS DOUBLE),",
  "  CAST(coalesce(sum(w) FILTER (WHERE NOT known), 0) AS DOUBLE),",
  "  coalesce(sum(m) FILTER (WHERE NOT known), 0),",
  "  CAST(coalesce(sum(w), 0) AS DOUBLE), coalesce(sum(m), 0)",
  "FROM after_sums",
].join("\n");
