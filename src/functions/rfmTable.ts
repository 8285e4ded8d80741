// TIER.RFM: a customer table from transactions, through the core's own path (header detection,
// ingest, aggregate, score, segment) over exactly the rows given, so that it is the Segment
// button's answer on the same rows: a bad row is left out of its customer's figures and reported,
// a header row is recognised, the customers are Segment's, each shown as the customer sheet shows
// them. One header row, one row per customer in order of first appearance, then a row counting
// the rows read, used, rejected and blank (and naming the first rejected row).
import {
  AMBIGUOUS_DATE,
  cellText,
  type CellValue,
  type ColumnMapping,
  customerRecord,
  dayToIso,
  type DeepPartial,
  detectColumns,
  formatMessage,
  label,
  type Language,
  readDate,
  rejectedMessage,
  resolveOptions,
  type SegmentOptions,
  type SegmentResult,
  type SheetInput,
} from "../core";
import { guardAsync } from "./guard";
import { displayLanguage } from "./language";
import { isBlankRow } from "./numberRows";
import { analyseOffThread } from "./offThread/offThread";
import { FormulaProblem } from "./problems";
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

/** as_of: a date serial, a Date or date text; blank means the day after the latest date. */
function asOfDate(value: unknown): string | null {
  const cell = singleValue(value, "as_of");
  if (cell === null) return null;
  const day = readDate(cell, { system: 1900, order: "ymd" });
  if (Number.isNaN(day) || day === AMBIGUOUS_DATE)
    throw new FormulaProblem("fn.badDate", { argument: "as_of", value: cellText(cell) });
  return dayToIso(day);
}

function mappingOf(columns: Column[]): ColumnMapping {
  const mapping: ColumnMapping = { customer: 0, date: 1, amount: 2 };
  if (columns.length > 3) mapping.orderId = 3;
  return mapping;
}

/**
 * A header the ranges start with is recognised as Segment recognises one; lower down, a row of
 * text is a bad row (reported), never a header that would hide the rows above it.
 */
function headerRowOf(input: SheetInput, columns: Column[]): 0 | "none" {
  const o = resolveOptions({ shape: "transactions", mapping: mappingOf(columns) });
  return detectColumns(input, o).headerRowIndex === 0 ? 0 : "none";
}

function options(
  columns: Column[],
  asOf: string | null,
  language: Language,
  headerRow: 0 | "none"
): DeepPartial<SegmentOptions> {
  return { language, shape: "transactions", headerRow, mapping: mappingOf(columns), asOf };
}

const blankIfNull = (x: unknown): unknown => (x === null || x === undefined ? "" : x);

/** A customer as the customer sheet shows it: blanks where it has no figure, "no purchase". */
function customerRow(result: SegmentResult, k: number, language: Language): unknown[] {
  const rec = customerRecord(result, k, language);
  return [
    rec.customer,
    ...[rec.recencyDays, rec.frequency, rec.monetary, rec.r, rec.f, rec.m, rec.rfmCode].map(
      blankIfNull
    ),
    rec.segment ?? label("stage.potential.none", language),
  ];
}

/** The counts every face reports, and the first rejected row in words. */
function countsRow(result: SegmentResult, language: Language): unknown[] {
  const c = result.counts;
  const text = formatMessage(
    "fn.rfmCounts",
    {
      input: c.input,
      used: c.used,
      rejected: c.rejected,
      blank: c.blank,
      customers: result.customers.n,
    },
    language
  );
  const first = result.rejected.length > 0 ? rejectedMessage(result.rejected[0], language) : "";
  const row: unknown[] = new Array(HEADER_KEYS.length).fill("");
  row[0] = text;
  row[1] = first;
  return row;
}

function allBlank(columns: Column[], n: number): boolean {
  for (let i = 0; i < n; i++) if (!isBlankRow(columns, i)) return false;
  return true;
}

export function rfmTableCells(
  customers: unknown,
  dates: unknown,
  amounts: unknown,
  orderIds: unknown,
  asOf: unknown
): Promise<unknown[][]> {
  const language = displayLanguage();
  return guardAsync(
    () => language,
    async () => {
      const columns = [
        columnOf(customers, "customers"),
        columnOf(dates, "dates"),
        columnOf(amounts, "amounts"),
      ];
      if (orderIds !== null && orderIds !== undefined)
        columns.push(columnOf(orderIds, "order_ids"));
      const n = requireSameLength(columns);
      const day = asOfDate(asOf);
      const header = HEADER_KEYS.map((key) => label(key, language));
      // Ranges laid out ahead of the data they will hold: just the header until rows arrive.
      if (allBlank(columns, n)) return [header];
      // Rows numbered as the ranges' rows (1 = the first cell), as messages name them.
      const values: CellValue[][] = [];
      for (let i = 0; i < n; i++) values.push(columns.map((column) => column.cells[i]));
      const input = { values, firstRowNumber: 1 };
      // Scoring every order is seconds on a large range: off Excel's thread (offThread.ts).
      const result = await analyseOffThread({
        kind: "segment",
        input,
        options: options(columns, day, language, headerRowOf(input, columns)),
      });
      const out: unknown[][] = [header];
      for (let k = 0; k < result.customers.n; k++) out.push(customerRow(result, k, language));
      out.push(countsRow(result, language));
      return out;
    }
  );
}
