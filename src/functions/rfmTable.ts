// TIER.RFM: a customer table from transactions, through the core's own path (ingest, aggregate,
// score, segment), so that it agrees with the Segment button on the same rows. One header row,
// then one row per customer in order of first appearance.
import {
  AMBIGUOUS_DATE,
  cellText,
  type CellValue,
  columnIndexOfLetter,
  type ColumnMapping,
  customerKey,
  dayToIso,
  type DeepPartial,
  label,
  type Language,
  readDate,
  type RejectedRow,
  segment,
  type SegmentOptions,
  type SegmentResult,
  type SheetInput,
} from "../core";
import { guard } from "./guard";
import { displayLanguage } from "./language";
import { isBlankRow } from "./numberRows";
import { FormulaProblem, problemError, type Problem } from "./problems";
import { columnOf, requireSameLength, singleValue, type Column } from "./ranges";

const HEADER_KEYS = [
  "col.customer",
  "col.recencyDays",
  "col.frequency",
  "col.monetary",
  "col.r",
  "col.f",
  "col.m",
  "col.rfmCode",
  "col.segment",
] as const;
// Header texts the core's column detection recognises; the mapping names the columns anyway.
const INPUT_HEADERS = ["customer", "date", "amount", "order id"];

type RunOptions = DeepPartial<SegmentOptions>;

/** as_of: a date serial, a Date or date text; blank means the day after the latest date. */
function asOfDate(value: unknown): string | null {
  const cell = singleValue(value, "as_of");
  if (cell === null) return null;
  const day = readDate(cell, { system: 1900, order: "ymd" });
  if (Number.isNaN(day) || day === AMBIGUOUS_DATE)
    throw new FormulaProblem("fn.badDate", { argument: "as_of", value: cellText(cell) });
  return dayToIso(day);
}

/**
 * Rows of the ranges as a sheet the core reads: a header row, then one row per transaction. Its
 * row numbers (header 0) are the rows of the ranges, as messages name them.
 */
function sheet(columns: Column[], rows: readonly number[]): SheetInput {
  const values: CellValue[][] = [INPUT_HEADERS.slice(0, columns.length)];
  for (const i of rows) values.push(columns.map((column) => column.cells[i]));
  return { values, firstRowNumber: 0 };
}

function options(columns: Column[], asOf: string | null, language: Language): RunOptions {
  const mapping: ColumnMapping = { customer: 0, date: 1, amount: 2 };
  if (columns.length > 3) mapping.orderId = 3;
  return { language, shape: "transactions", headerRow: 0, mapping, asOf };
}

interface Rejections {
  /** The first rejected row of each customer that has one, by customer id. */
  byCustomer: Map<string, Problem>;
  /** The first rejected row without a customer, which no customer's row can show. */
  unplaced: Problem | null;
}

/**
 * What each rejected row means for the table. A row after the as-of date is outside the window
 * (that is what as_of asks for). Any other rejected row makes its customer's figures unknown:
 * #VALUE! there, never a total that silently leaves the row out. A row without a customer belongs
 * to no customer's figures, but must not vanish either: the table says so in its first cell.
 */
function rejections(columns: Column[], rejected: RejectedRow[]): Rejections {
  const out: Rejections = { byCustomer: new Map(), unplaced: null };
  for (const row of rejected) {
    if (row.reason === "dateAfterAsOf") continue;
    // Row numbers count from the synthetic header (row 0), i.e. rows of the ranges given.
    const index = row.row - 1;
    const column = row.column === null ? 0 : columnIndexOfLetter(row.column);
    const problem: Problem = {
      key: "fn.cell",
      params: { argument: columns[column]?.argument ?? columns[0].argument, row: row.row },
      reason: { key: `reason.${row.reason}`, params: row.params },
    };
    const customer = columns[0].cells[index];
    const id = customerKey(customer);
    if (id === "") out.unplaced ??= problem;
    else if (!out.byCustomer.has(id)) out.byCustomer.set(id, problem);
  }
  return out;
}

function allBlank(columns: Column[], n: number): boolean {
  for (let i = 0; i < n; i++) if (!isBlankRow(columns, i)) return false;
  return true;
}

function customerRow(result: SegmentResult, k: number, language: Language): unknown[] {
  const c = result.customers;
  if (!c.hasPurchase[k]) {
    const none = label("stage.potential.none", language);
    return ["", c.frequency[k], c.monetary[k], "", "", "", "", none];
  }
  const segmentLabel = result.scheme.segments[result.segment[k]].label[language];
  const s = result.scores;
  return [
    c.recencyDays[k],
    c.frequency[k],
    c.monetary[k],
    s.r[k],
    s.f[k],
    s.m[k],
    result.rfmCode[k],
    segmentLabel,
  ];
}

/**
 * One row per customer in order of first appearance: scored figures from the core, or #VALUE!
 * with the reason for a customer with a rejected row. Customers with rows only after the as-of
 * date are outside the window and not listed.
 */
function table(
  columns: Column[],
  scored: SegmentResult | null,
  rejected: Rejections,
  language: Language
): unknown[][] {
  const header: unknown[] = HEADER_KEYS.map((key) => label(key, language));
  if (rejected.unplaced) header[0] = problemError(rejected.unplaced, language);
  const out: unknown[][] = [header];
  const problems = rejected.byCustomer;
  const index = new Map<string, number>();
  if (scored) scored.customers.ids.forEach((id, k) => index.set(id, k));
  const seen = new Set<string>();
  for (const given of columns[0].cells) {
    const id = customerKey(given);
    if (id === "" || seen.has(id)) continue;
    seen.add(id);
    const problem = problems.get(id);
    const k = index.get(id);
    if (problem) out.push([given, ...new Array(8).fill(problemError(problem, language))]);
    else if (scored && k !== undefined) out.push([given, ...customerRow(scored, k, language)]);
  }
  return out;
}

/**
 * Scores rank customers against each other, so a customer whose figures are unknown must not
 * take part: the others are scored again without its rows (and without rows of no customer).
 */
function scoreWithout(
  columns: Column[],
  n: number,
  problems: Map<string, Problem>,
  opts: RunOptions
): SegmentResult | null {
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = customerKey(columns[0].cells[i]);
    if (id !== "" && !problems.has(id)) kept.push(i);
  }
  return kept.length === 0 ? null : segment(sheet(columns, kept), opts);
}

export function rfmTableCells(
  customers: unknown,
  dates: unknown,
  amounts: unknown,
  orderIds: unknown,
  asOf: unknown
): unknown[][] {
  const language = displayLanguage();
  return guard(
    () => language,
    () => {
      const columns = [
        columnOf(customers, "customers"),
        columnOf(dates, "dates"),
        columnOf(amounts, "amounts"),
      ];
      if (orderIds !== null && orderIds !== undefined)
        columns.push(columnOf(orderIds, "order_ids"));
      const n = requireSameLength(columns);
      const day = asOfDate(asOf);
      // Ranges laid out ahead of the data they will hold: just the header until rows arrive.
      if (allBlank(columns, n)) return [HEADER_KEYS.map((key) => label(key, language))];
      const opts = options(columns, day, language);
      const all = Array.from({ length: n }, (_, i) => i);
      const result = segment(sheet(columns, all), opts);
      const rejected = rejections(columns, result.rejected);
      const problems = rejected.byCustomer;
      const scored = problems.size === 0 ? result : scoreWithout(columns, n, problems, opts);
      return table(columns, scored, rejected, language);
    }
  );
}
