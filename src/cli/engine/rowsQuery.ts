// The SQL DuckDB runs over a file's rows: every cell read by the method's cell rules, written
// once in src/core/sql/cellRules.ts, to one typed row per physical row. A row is OK (every cell
// it needs reads), BLANK (every cell blank) or UNREAD (the core reads that one again to say why).
import {
  CellRules,
  DIALECT,
  MAX_AMOUNT,
  NULL_MARKS,
  TYPED_BLANK,
  TYPED_OK,
  TYPED_UNREAD,
  type ColumnMapping,
  type DateOrder,
} from "../../core";

const d = DIALECT.duckdb;

export interface RowsQueryInput {
  /**
   * A DuckDB table expression with columns c0 .. c{width-1} as text, in the file's order. The
   * rows table keeps that order (insertion order is preserved while it is made), so its rowid is
   * each row's position (see ROWS_VIEW).
   */
  source: string;
  width: number;
  mapping: ColumnMapping;
  decimalComma: boolean;
  order: DateOrder;
  /** The as-of day (Infinity: none): rows dated after it keep their cells, to be quoted. */
  lastDay: number;
}

const col = (i: number): string => `c${i}`;
const rawCol = (i: number): string => `raw${i}`;

/** The raw cells, passed through the stages as raw0 .. rawN (a list is made only where kept). */
const raws = (width: number): string =>
  Array.from({ length: width }, (_, i) => rawCol(i)).join(", ");
const raw = (width: number): string =>
  Array.from({ length: width }, (_, i) => `${col(i)} AS ${rawCol(i)}`).join(", ");

/**
 * True when every cell of the row is blank (NULL or white space only, as isBlank reads it). A
 * row whose customer cell has text is not blank: only the others (few) join and test every cell,
 * which measured 0.6 s of CPU for 1M rows when every row did it.
 */
function blankRow(width: number, rules: CellRules): string {
  const all = Array.from({ length: width }, (_, i) => `coalesce(${rawCol(i)}, '')`).join(" || ");
  const every = `(${all} = '' OR ${rules.blank(rules.trimmed(all))})`;
  return `(CASE WHEN customer_text <> '' THEN false ELSE ${every} END)`;
}

/**
 * The cell trimmed, as rules.trimmed() trims it, with a quicker first test: an ASCII text (its
 * bytes, strlen, as many as its characters, length) whose first and last characters are '!' or
 * above has nothing to trim (ASCII white space is below '!'). Its last character is the first of
 * reverse(), compared as the first: DuckDB compares texts byte by byte. These cost about 40% of
 * trimmed()'s pattern match on 1M cells; other texts pay the length test, then the pattern.
 */
export function quickTrimmed(x: string, rules: CellRules): string {
  const ascii = `strlen(${x}) = length(${x}) AND ${x} >= '!' AND reverse(${x}) >= '!'`;
  return `(CASE WHEN ${ascii} THEN ${x} ELSE ${rules.trimmed(x)} END)`;
}

/** Trimming does not depend on the decimal mark or the date order: rules for names. */
const TRIM_RULES = new CellRules(d, { decimalComma: false, order: "ymd" });

/** Ranges [from, below) of characters that are not white space: ASCII, CJK on, wide forms on. */
const TEXT_STARTS: [number, number | null][] = [
  [0x21, 0x7f],
  [0x3001, 0xfeff],
  [0xff00, null],
];

/**
 * True when the text's first character is in TEXT_STARTS (so the text is not blank), by
 * comparisons: DuckDB compares texts byte by byte, and UTF-8's byte order is the characters'
 * order, so x >= chr(a) holds when the first character is a or above, x < chr(b) when below b.
 */
function startsWithText(x: string): string {
  const from = ([a, b]: [number, number | null]) =>
    b === null ? `${x} >= chr(${a})` : `(${x} >= chr(${a}) AND ${x} < chr(${b}))`;
  return `(${TEXT_STARTS.map(from).join(" OR ")})`;
}

/**
 * The name cell: as it is when it starts with text, else trimmed ('' when blank). Names are
 * trimmed where they leave DuckDB (nameShown), once per customer rather than once per row: the
 * trim pattern over Chinese names cost about 0.13 s of CPU per 1M rows.
 */
export function nameCell(x: string, rules: CellRules): string {
  // A database's NULL mark (\N, NULL) is no name: only texts starting as one pay the trim.
  const marked = (t: string) => `CASE WHEN ${rules.nullMark(t)} THEN '' ELSE ${t} END`;
  const markLike = NULL_MARKS.map((mark) => `starts_with(${x}, ${d.literal(mark)})`).join(" OR ");
  const text = `(CASE WHEN ${markLike} THEN ${marked(rules.trimmed(x))} ELSE ${x} END)`;
  return `(CASE WHEN ${startsWithText(x)} THEN ${text} ELSE coalesce(${marked(quickTrimmed(x, rules))}, '') END)`;
}

/** A name of the rows table (name_text) as the core reads names: trimmed. */
export const nameShown = (x: string): string => quickTrimmed(x, TRIM_RULES);

/**
 * The reading stage: the text of each cell the run uses, plus what tells equal rows, and for the
 * date and money cells whether their text has the form the engine's own casts read (an ISO date,
 * a plain number): each such test is a pattern match, made once here and reused by textsStage.
 */
function cellsStage(q: RowsQueryInput, rules: CellRules): string {
  const m = q.mapping;
  const cells = Array.from({ length: q.width }, (_, i) => `coalesce(${col(i)}, '')`).join(", ");
  const trimmed = (i: number | undefined) =>
    i === undefined ? "NULL" : quickTrimmed(col(i), rules);
  const plain = (name: string, i: number | undefined) =>
    `${i === undefined ? "NULL" : rules.plain(col(i))} AS ${name}_plain`;
  return [
    "SELECT",
    // A 64-bit hash of the raw cells: equal rows, cell for cell, with their readings (SAME_ROW).
    `  hash(${cells}) AS h1,`,
    `  ${trimmed(m.customer)} AS customer_text,`,
    `  ${rules.isoDate(col(m.date as number))} AS date_iso,`,
    `  ${plain("amount", m.amount)}, ${plain("profit", m.profit)}, ${plain("strategic", m.strategic)},`,
    `  coalesce(${trimmed(m.orderId)}, '') AS order_text,`,
    `  ${m.customerName === undefined ? "''" : nameCell(col(m.customerName), rules)} AS name_text,`,
    // The raw cells ride along: the last stage keeps them for the rows the core reads again.
    `  ${raw(q.width)}`,
    `FROM ${q.source}`,
  ].join("\n");
}

/**
 * The day of a text isoDate() accepted. Without a time (10 characters: most such cells) it is
 * cast as it is: rules.isoDay() cuts the first 10 characters with substr(), which counts them as
 * Unicode and cost 3% of the reading stage's instructions.
 */
function isoDay(x: string, rules: CellRules): string {
  return `(CASE WHEN strlen(${x}) = 10 THEN TRY_CAST(${x} AS DATE) - DATE '1970-01-01' ELSE ${rules.isoDay(x)} END)`;
}

/**
 * ISO dates and plain numbers are read at once by the engine's casts (their text is NULL then,
 * so the later stages pass over them); the other texts are trimmed and made ASCII.
 */
function textsStage(q: RowsQueryInput, rules: CellRules): string {
  const m = q.mapping;
  const slow = (i: number) => rules.narrow(rules.trimmed(rawCol(i)));
  const money = (name: string, i: number | undefined) =>
    i === undefined
      ? `NULL AS ${name}_quick, NULL AS ${name}_text`
      : `CASE WHEN ${name}_plain THEN ${d.toDouble(rawCol(i))} END AS ${name}_quick, ` +
        `CASE WHEN ${name}_plain THEN NULL ELSE ${slow(i)} END AS ${name}_text`;
  const blank = (name: string, i: number | undefined) =>
    i === undefined
      ? `true AS ${name}_blank`
      : `CASE WHEN ${name}_plain THEN false ELSE ${rules.unknown(rules.trimmed(rawCol(i)))} END AS ${name}_blank`;
  const date = m.date as number;
  return [
    "SELECT *,",
    `  ${blankRow(q.width, rules)} AS blank_row,`,
    `  CASE WHEN date_iso THEN ${isoDay(rawCol(date), rules)} END AS date_quick,`,
    `  CASE WHEN date_iso THEN NULL ELSE ${slow(date)} END AS date_text,`,
    `  ${money("amount", m.amount)},`,
    `  ${money("profit", m.profit)}, ${blank("profit", m.profit)},`,
    `  ${money("strategic", m.strategic)}, ${blank("strategic", m.strategic)}`,
    "FROM cells",
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
    "FROM texts",
  ].join("\n");
}

function partsStage(rules: CellRules): string {
  const [y, first, second] = rules.dateParts("date_text", "date_form");
  return `SELECT *, ${y} AS date_year, ${first} AS date_first, ${second} AS date_second FROM forms`;
}

/** The quick reading where it applied, else the rules' (the quick one is NULL exactly when it did not). */
const quickOr = (quick: string, full: string): string =>
  `CASE WHEN ${quick} IS NOT NULL THEN ${quick} ELSE ${full} END`;

function valuesStage(rules: CellRules, width: number): string {
  const money = (name: string) =>
    quickOr(
      `${name}_quick`,
      rules.amount(`${name}_text`, `${name}_left`, `${name}_body`, `${name}_right`)
    );
  const day = rules.day("date_form", "date_year", "date_first", "date_second");
  return [
    `SELECT blank_row, h1, name_text, profit_blank, strategic_blank, ${raws(width)},`,
    // A NULL mark is no order id; tested here, on the trimmed text, not trimmed a second time.
    `  ${rules.orderId("order_text")} AS order_text,`,
    `  ${rules.customer("customer_text")} AS customer,`,
    `  CAST(${quickOr("date_quick", day)} AS INTEGER) AS day,`,
    `  ${money("amount")} AS amount,`,
    `  ${money("profit")} AS profit,`,
    `  ${money("strategic")} AS strategic`,
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

/** The rows whose cells the core quotes: unreadable ones, and used ones dated after the as-of day. */
function quoted(lastDay: number): string {
  const unread = `status = ${TYPED_UNREAD}`;
  return Number.isFinite(lastDay)
    ? `(${unread} OR (status = ${TYPED_OK} AND day > ${lastDay}))`
    : unread;
}

/** A nullable number as a DOUBLE, NaN for NULL (what the typed columns hold for "none"). */
export const real = (x: string): string => `coalesce(CAST(${x} AS DOUBLE), CAST('NaN' AS DOUBLE))`;

/**
 * The rows with r, each row's position in the source. DuckDB keeps a table's rows in insertion
 * order and a CREATE TABLE AS over a file inserts them in the file's order while
 * preserve_insertion_order is on (openDuck), so the rowid is that position: "On materialized
 * tables, the rowid pseudo-column can be used to the same effect [as row_number() OVER ()]"
 * (https://duckdb.org/docs/stable/sql/dialect/order_preservation). Numbering with
 * row_number() OVER () in the query itself ran the whole reading stage on one thread.
 */
export const ROWS_VIEW = "CREATE TEMP VIEW rows AS SELECT rowid AS r, * FROM rows_table";
export const DROP_ROWS = "DROP VIEW rows; DROP TABLE rows_table";

/** CREATE TABLE rows_table: one typed row per row of the source, in the source's order. */
export function rowsQuery(q: RowsQueryInput): string {
  const rules = new CellRules(d, { decimalComma: q.decimalComma, order: q.order });
  return [
    "CREATE TEMP TABLE rows_table AS",
    "WITH cells AS (",
    cellsStage(q, rules),
    "), texts AS (",
    textsStage(q, rules),
    "), forms AS (",
    formsStage(rules),
    "), parts AS (",
    partsStage(rules),
    "), vals AS (",
    valuesStage(rules, q.width),
    "), typed AS (",
    "SELECT h1, day, amount, profit, strategic,",
    `  CAST(${statusOf(q.mapping)} AS UTINYINT) AS status,`,
    `  customer, order_text, name_text, ${raws(q.width)}`,
    "FROM vals",
    ")",
    "SELECT h1, day, amount, profit, strategic, status, customer, order_text, name_text,",
    // The cells of the rows the core reads again (to say why they cannot be used, or quote the
    // date of a row after the as-of day); NULL for the others, which costs nearly nothing.
    `  CASE WHEN ${quoted(q.lastDay)} THEN [${Array.from({ length: q.width }, (_, i) => `coalesce(raw${i}, '')`).join(", ")}] END AS raw`,
    "FROM typed",
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

/**
 * What equal rows share: the hash of their cells (h1) and the day and amount they read to. A
 * second hash of the cells was dropped (about 0.1 s of CPU per 1M rows, to compute and to
 * store): DuckDB's hash() of several values combines each value's own 64-bit hash
 * (CombineHash, src/common/vector_operations/vector_hash.cpp), so when two texts of one column
 * had equal hashes, the second hash collided as well. The day and amount are in the table
 * already, and two rows with equal h1 but another date or amount cell differ there. Numbers
 * only: with the text columns too, every row's texts were scanned (about 50 ms more).
 */
export const SAME_ROW = ["h1", "day", "amount"] as const;

/**
 * CREATE TABLE `table` (r, first): every row of `where` equal cell for cell to an earlier one,
 * with the first of them. Equal rows have equal hashes, so only rows whose h1 is shared are
 * grouped by all of SAME_ROW: grouping a million rows by one 64-bit key and keeping the few
 * shared ones costs less than grouping them all by every key. A row that reads has a day and
 * an amount (never NULL), so the join's equalities hold between equal rows.
 */
export function equalRowsQuery(table: string, where: string): string {
  const same = SAME_ROW.join(", ");
  return [
    `CREATE TEMP TABLE ${table} AS`,
    "WITH shared AS (",
    `  SELECT h1 FROM rows WHERE ${where} GROUP BY h1 HAVING count(*) > 1`,
    "), firsts AS (",
    `  SELECT ${same}, min(r) AS first FROM rows SEMI JOIN shared USING (h1) WHERE ${where}`,
    `  GROUP BY ${same} HAVING count(*) > 1`,
    ")",
    `SELECT r, first FROM rows JOIN firsts USING (${same})`,
    `WHERE ${where} AND r > first`,
  ].join("\n");
}

/** The rows equal to an earlier OK row, with the first of them, for the duplicates. */
export const DUPLICATES_QUERY = equalRowsQuery("dups", `status = ${TYPED_OK}`);

/**
 * Every row with the numbers of its texts. No column is ever NULL (NaN for no number, -1 for no
 * text), so the reader copies DuckDB's vectors as they are.
 */
export function typedRowsQuery(m: ColumnMapping): string {
  const join = (table: string, column: string) =>
    `LEFT JOIN ${table} ON rows.${column} = ${table}.text`;
  const id = (x: string) => `coalesce(${x}, -1)`;
  return [
    "SELECT CAST(rows.r AS INTEGER) AS r, status,",
    `  ${real("day")} AS day, ${real("amount")} AS amount,`,
    `  ${real("profit")} AS profit, ${real("strategic")} AS strategic,`,
    `  ${id("customers.id")} AS customer,`,
    `  ${id(m.orderId === undefined ? "NULL" : "orders.id")} AS order_id,`,
    `  ${id(m.customerName === undefined ? "NULL" : "names.id")} AS name_id,`,
    "  CAST(coalesce(dups.first, -1) AS INTEGER) AS same_as",
    "FROM rows",
    join("customers", "customer"),
    m.orderId === undefined ? "" : join("orders", "order_text"),
    m.customerName === undefined ? "" : join("names", "name_text"),
    "LEFT JOIN dups ON rows.r = dups.r",
  ]
    .filter((l) => l !== "")
    .join("\n");
}
