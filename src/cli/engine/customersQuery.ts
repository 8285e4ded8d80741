// The SQL that aggregates DuckDB's typed rows (the `rows` table of rowsQuery.ts) to one row per
// customer, by method.md section 3 as aggregateTransactions counts: a purchase is a row with a
// positive amount; F counts distinct order ids among purchases (plus one per day of purchases
// with a blank order id), or distinct purchase days without an order-id column; M adds returns
// in. The core forms the customer table from these sums (src/core/aggregate/customerTableOf.ts).
import { TYPED_BLANK, TYPED_OK, type ColumnMapping } from "../../core";
import { exactSum } from "./exactSumSql";
import {
  PURCHASE_COLUMNS,
  CALIBRATION_COLUMNS,
  purchaseDaysPart,
  purchaseSelect,
} from "./purchaseDaysQuery";
import { equalRowsQuery, nameShown, real } from "./rowsQuery";

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

/**
 * The days of the data rows that have one, counted (the core's date window is drawn from them),
 * per day the blank rows (theirs is the group without a day) and the rows whose cells all read
 * (a backtest's window runs from the first to the last used day). One scan for all three.
 */
export const dayCountsQuery = (firstR: number): string =>
  `SELECT ${real("day")}, CAST(count(*) AS DOUBLE),
     CAST(count(*) FILTER (WHERE status = ${TYPED_BLANK}) AS DOUBLE),
     CAST(count(*) FILTER (WHERE status = ${TYPED_OK}) AS DOUBLE)
   FROM rows WHERE r >= ${firstR} GROUP BY day`;

/** Every used row equal cell for cell to an earlier used row, with the first of them. */
export const duplicatesQuery = (u: UsedRows): string => equalRowsQuery("dup_rows", usable(u));

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

/**
 * Distinct purchase days per customer: count, first, last and the median gap between them. The
 * sorted days of a customer are a list, the gaps its neighbours' differences: cheaper than a
 * window over every (customer, day) pair, which sorts them all by customer text.
 */
const BY_DAYS = [
  "SELECT customer, len(d) AS days, d[1] AS first_day, d[-1] AS last_day,",
  "  list_median(list_transform(range(1, len(d)), lambda i: d[i + 1] - d[i])) AS median_gap",
  "FROM (SELECT customer, list_sort(list(day)) AS d",
  "  FROM (SELECT DISTINCT customer, day FROM used WHERE amount > 0) GROUP BY customer)",
].join("\n");

/**
 * Orders per customer: its distinct order ids among purchases plus its distinct days of
 * purchases with a blank order id, counted as one set of keys (a blank id keyed by its day).
 * One GROUP BY of its own: a count(DISTINCT) inside the customers' GROUP BY cost more.
 */
const BY_ORDERS = [
  "SELECT customer, count(*) AS orders FROM (",
  "  SELECT DISTINCT customer, order_text, CASE WHEN order_text = '' THEN day END",
  "  FROM used WHERE amount > 0)",
  "GROUP BY customer",
].join("\n");

/** The probabilistic CLV's purchases, asked for with the customers (see purchaseDaysQuery.ts). */
export interface PurchasesAsked {
  /** The calibration end of a holdout check, as a day number; null without one. */
  calibrationEndDay: number | null;
}

/** The number columns of customersQuery's rows, in order, after the customer and its name. */
export function customerColumns(purchases: PurchasesAsked | null): readonly string[] {
  if (purchases === null) return CUSTOMER_COLUMNS;
  const split = purchases.calibrationEndDay === null ? [] : CALIBRATION_COLUMNS;
  return [...CUSTOMER_COLUMNS, ...PURCHASE_COLUMNS, ...split];
}

/** The used rows: usable, and not a duplicate (in `dups`) when duplicates are removed. */
export function usedWhere(u: UsedRows, removeDuplicates: boolean, dups = "dup_rows"): string {
  return removeDuplicates ? `${usable(u)} AND r NOT IN (SELECT r FROM ${dups})` : usable(u);
}

/** One row per customer in order of first appearance among the used rows. */
export function customersQuery(
  u: UsedRows,
  m: ColumnMapping,
  removeDuplicates: boolean,
  asked: PurchasesAsked | null = null
): string {
  const purchases = "amount > 0";
  const hasOrders = m.orderId !== undefined;
  // Without a name column every name_text is '': the first non-blank one is NULL at once.
  const name =
    m.customerName === undefined ? "NULL" : "arg_min(name_text, r) FILTER (WHERE name_text <> '')";
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
    // Not materialized: each part scans the rows table itself (filtered as it reads), which
    // measured cheaper than copying the used rows once and reading the copy three times.
    "WITH used AS NOT MATERIALIZED (",
    `  SELECT r, customer, day, amount, profit, strategic, order_text, name_text FROM rows`,
    `  WHERE ${usedWhere(u, removeDuplicates)}`,
    "), by_days AS (",
    BY_DAYS,
    ...(hasOrders ? ["), by_orders AS (", BY_ORDERS] : []),
    ...(asked ? ["), by_purchases AS (", purchaseDaysPart(asked.calibrationEndDay)] : []),
    "), sums AS (",
    "  SELECT customer, min(r) AS first_r, min(day) AS first_any, max(day) AS last_any,",
    `    ${name} AS name,`,
    `    count(*) AS all_rows, count(*) FILTER (WHERE ${purchases}) AS purchase_rows,`,
    `    ${strategic} AS strategic,`,
    `    ${exactSum("amount", "amount")}, ${profit}`,
    "  FROM used GROUP BY customer",
    ")",
    // The first name as the rows table keeps it, trimmed as the core reads names.
    `SELECT customer, ${m.customerName === undefined ? "NULL" : nameShown("name")},`,
    `  ${real("first_r")}, ${real("first_any")}, ${real("last_any")},`,
    `  ${real("all_rows")}, ${real("purchase_rows")}, ${real("coalesce(days, 0)")},`,
    `  ${real("first_day")}, ${real("last_day")}, ${real("median_gap")},`,
    `  ${real(hasOrders ? "coalesce(orders, 0)" : "coalesce(days, 0)")},`,
    `  ${real("amount_whole")}, ${real("amount_millionths")},`,
    `  ${unknown("profit_whole")}, ${unknown("profit_millionths")}, ${real("strategic")}`,
    ...(asked ? [`  , ${purchaseSelect(asked.calibrationEndDay !== null)}`] : []),
    "FROM sums LEFT JOIN by_days USING (customer)",
    ...(hasOrders ? ["LEFT JOIN by_orders USING (customer)"] : []),
    ...(asked ? ["LEFT JOIN by_purchases USING (customer)"] : []),
    "ORDER BY first_r",
  ].join("\n");
}
