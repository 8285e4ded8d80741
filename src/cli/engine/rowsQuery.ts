// The SQL DuckDB runs over a file's rows: every cell read by the method's cell rules, written
// once in src/core/sql/cellRules.ts, to one typed row per physical row. A row is OK (every cell
// it needs reads), BLANK (every cell blank) or UNREAD (the core reads that one again to say why).
import {
  CellRules,
  DIALECT,
  MAX_AMOUNT,
  TYPED_BLANK,
  TYPED_OK,
  TYPED_UNREAD,
  type ColumnMapping,
  type DateOrder,
} from "../../core";

const d = DIALECT.duckdb;

export interface RowsQueryInput {
  /** A DuckDB table expression with columns c0 .. c{width-1} as text and r, the row's position. */
  source: string;
  width: number;
  mapping: ColumnMapping;
  decimalComma: boolean;
  order: DateOrder;
}

const col = (i: number): string => `c${i}`;

/** The reading stage: text of the cells the run uses, plus what tells blank and equal rows. */
function cellsStage(q: RowsQueryInput, rules: CellRules): string {
  const all = Array.from({ length: q.width }, (_, i) => col(i));
  const m = q.mapping;
  const trimmed = (i: number | undefined) => (i === undefined ? "NULL" : rules.trimmed(col(i)));
  const narrowed = (i: number | undefined) =>
    i === undefined ? "NULL" : rules.narrow(rules.trimmed(col(i)));
  const cells = all.map((c) => `coalesce(${c}, '')`).join(", ");
  return [
    "SELECT r,",
    `  ${all.map((c) => rules.blank(rules.trimmed(c))).join(" AND ")} AS blank_row,`,
    // Two independent 64-bit hashes of the raw cells: equal rows, cell for cell.
    `  hash(${cells}) AS h1, hash('tiering', ${cells}) AS h2,`,
    `  ${trimmed(m.customer)} AS customer_text,`,
    `  ${narrowed(m.date)} AS date_text,`,
    `  ${narrowed(m.amount)} AS amount_text,`,
    `  ${narrowed(m.profit)} AS profit_text,`,
    `  ${narrowed(m.strategic)} AS strategic_text,`,
    `  coalesce(${trimmed(m.orderId)}, '') AS order_text,`,
    `  coalesce(${trimmed(m.customerName)}, '') AS name_text`,
    `FROM ${q.source}`,
  ].join("\n");
}

function formsStage(rules: CellRules): string {
  const money = (name: string) => {
    const [l, b, r] = rules.moneyParts(`${name}_text`);
    return `${l} AS ${name}_left, ${b} AS ${name}_body, ${r} AS ${name}_right`;
  };
  return [
    "SELECT *,",
    `  ${rules.dateForm("date_text")} AS date_form,`,
    `  ${money("amount")}, ${money("profit")}, ${money("strategic")}`,
    "FROM cells",
  ].join("\n");
}

function partsStage(rules: CellRules): string {
  const [y, first, second] = rules.dateParts("date_text", "date_form");
  return `SELECT *, ${y} AS date_year, ${first} AS date_first, ${second} AS date_second FROM forms`;
}

function valuesStage(rules: CellRules): string {
  const money = (name: string) =>
    rules.amount(`${name}_text`, `${name}_left`, `${name}_body`, `${name}_right`);
  return [
    "SELECT r, blank_row, h1, h2, order_text, name_text,",
    `  ${rules.customer("customer_text")} AS customer,`,
    `  CAST(${rules.day("date_form", "date_year", "date_first", "date_second")} AS INTEGER) AS day,`,
    `  ${money("amount")} AS amount,`,
    `  ${rules.blank("profit_text")} AS profit_blank, ${money("profit")} AS profit,`,
    `  ${rules.blank("strategic_text")} AS strategic_blank, ${money("strategic")} AS strategic`,
    "FROM parts",
  ].join("\n");
}

/** What the core accepts: an amount within MAX_AMOUNT, an optional number blank or read. */
function statusOf(m: ColumnMapping): string {
  const plausible = (x: string) => `coalesce(abs(${x}) <= ${MAX_AMOUNT}, false)`;
  const ok = [`customer <> ''`, `day IS NOT NULL`, plausible("amount")];
  if (m.profit !== undefined) ok.push(`(profit_blank OR ${plausible("profit")})`);
  if (m.strategic !== undefined) ok.push(`(strategic_blank OR strategic IS NOT NULL)`);
  return `CASE WHEN blank_row THEN ${TYPED_BLANK} WHEN ${ok.join(" AND ")} THEN ${TYPED_OK} ELSE ${TYPED_UNREAD} END`;
}

/** CREATE TABLE rows: one typed row per row of the source. */
export function rowsQuery(q: RowsQueryInput): string {
  const rules = new CellRules(d, { decimalComma: q.decimalComma, order: q.order });
  return [
    "CREATE TEMP TABLE rows AS",
    "WITH cells AS (",
    cellsStage(q, rules),
    "), forms AS (",
    formsStage(rules),
    "), parts AS (",
    partsStage(rules),
    "), vals AS (",
    valuesStage(rules),
    ")",
    "SELECT r, h1, h2, day, amount, profit, strategic,",
    `  CAST(${statusOf(q.mapping)} AS UTINYINT) AS status,`,
    "  customer, order_text, name_text",
    "FROM vals",
  ].join("\n");
}

/** Numbers for the distinct texts of a column among the OK rows (equal texts, equal numbers). */
export function dictionaryQuery(table: string, column: string): string {
  return [
    `CREATE TEMP TABLE ${table} AS`,
    `SELECT ${column} AS text, CAST(row_number() OVER () - 1 AS INTEGER) AS id`,
    `FROM (SELECT DISTINCT ${column} FROM rows WHERE status = ${TYPED_OK} AND ${column} <> '')`,
  ].join("\n");
}

/** The first of every set of equal OK rows, for the duplicates. */
export const DUPLICATES_QUERY = [
  "CREATE TEMP TABLE dups AS",
  `SELECT h1, h2, min(r) AS first FROM rows WHERE status = ${TYPED_OK}`,
  "GROUP BY h1, h2 HAVING count(*) > 1",
].join("\n");

/** Every row with the numbers of its texts. */
export function typedRowsQuery(m: ColumnMapping): string {
  const join = (table: string, column: string) =>
    `LEFT JOIN ${table} ON rows.${column} = ${table}.text`;
  return [
    "SELECT CAST(rows.r AS INTEGER) AS r, status, day, amount, profit, strategic,",
    "  customers.id AS customer,",
    m.orderId === undefined ? "  NULL AS order_id," : "  orders.id AS order_id,",
    m.customerName === undefined ? "  NULL AS name_id," : "  names.id AS name_id,",
    "  CAST(CASE WHEN dups.first < rows.r THEN dups.first ELSE -1 END AS INTEGER) AS same_as",
    "FROM rows",
    join("customers", "customer"),
    m.orderId === undefined ? "" : join("orders", "order_text"),
    m.customerName === undefined ? "" : join("names", "name_text"),
    "LEFT JOIN dups ON rows.h1 = dups.h1 AND rows.h2 = dups.h2",
  ]
    .filter((l) => l !== "")
    .join("\n");
}
