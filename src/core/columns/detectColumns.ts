// Which column holds what: header row, header names, values, shape, then the user's overrides.
import { cellText } from "../cells";
import { OptionError } from "../errors";
import type { DateOrder } from "../options";
import type { CellValue, ColumnMapping, Role, SheetInput, Shape } from "../types";
import { applyOverrides } from "./applyOverrides";
import { detectFromValues } from "./detectFromValues";
import { detectHeaderRow } from "./detectHeaderRow";
import { detectShape, toSummaryMapping, toTransactionsMapping } from "./detectShape";
import { matchHeaders } from "./matchHeaders";
import { detectSummaryCustomer } from "./summaryCustomer";

export interface DetectedColumns {
  headerRowIndex: number | null;
  headers: string[];
  mapping: ColumnMapping;
  shape: Shape;
  columnCount: number;
}

export interface DetectColumnsOptions {
  headerRow: "auto" | "none" | number;
  mapping: Partial<Record<Role, number | string>>;
  shape: "auto" | Shape;
  dates: { system: 1900 | 1904; order: DateOrder };
}

function widestRow(values: CellValue[][]): number {
  let width = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (row !== undefined && row !== null && row.length > width) width = row.length;
  }
  return width;
}

function headerRowOf(values: CellValue[][], headerRow: "auto" | "none" | number): number | null {
  if (headerRow === "auto") return detectHeaderRow(values);
  if (headerRow === "none" || values.length === 0) return null;
  if (!Number.isInteger(headerRow) || headerRow < 0 || headerRow >= values.length) {
    throw new OptionError("outOfRange", "headerRow", { value: headerRow, max: values.length - 1 });
  }
  return headerRow;
}

function headerTexts(
  values: CellValue[][],
  headerRowIndex: number | null,
  columnCount: number
): string[] {
  const row = headerRowIndex === null ? [] : (values[headerRowIndex] ?? []);
  const headers: string[] = [];
  for (let c = 0; c < columnCount; c++) headers.push(cellText(row[c]));
  return headers;
}

// A summary has one row per customer, so its customer ids do not repeat: they are looked for
// apart. Headers that already describe a summary leave only the customer to find from values.
function completeSummary(
  input: SheetInput,
  opts: DetectColumnsOptions,
  matched: ColumnMapping,
  firstDataRow: number
): ColumnMapping {
  let mapping = matched;
  if (detectShape(matched) !== "summary") {
    const found = detectFromValues(
      input.values,
      input.numberFormats,
      firstDataRow,
      matched,
      opts.dates
    );
    mapping = { ...matched, date: found.date, amount: found.amount };
    if (mapping.date === undefined) delete mapping.date;
    if (mapping.amount === undefined) delete mapping.amount;
  }
  if (mapping.customer !== undefined) return mapping;
  const customer = detectSummaryCustomer(
    input.values,
    input.numberFormats,
    firstDataRow,
    mapping,
    opts.dates
  );
  return customer === undefined ? mapping : { ...mapping, customer };
}

// In transactions a total-like header is the amount; the values supply what the headers miss.
function completeMapping(
  input: SheetInput,
  opts: DetectColumnsOptions,
  matched: ColumnMapping,
  firstDataRow: number
): ColumnMapping {
  const summary =
    opts.shape === "summary" || (opts.shape === "auto" && detectShape(matched) === "summary");
  if (summary) return completeSummary(input, opts, matched, firstDataRow);
  const asTransactions = matched.date !== undefined || opts.shape === "transactions";
  const known = asTransactions ? toTransactionsMapping(matched) : matched;
  return detectFromValues(input.values, input.numberFormats, firstDataRow, known, opts.dates);
}

// An amount or date the user points at in a summary means M or the last purchase date.
function summaryMeaning(
  mapping: ColumnMapping,
  overrides: DetectColumnsOptions["mapping"]
): ColumnMapping {
  const out: ColumnMapping = { ...mapping };
  const moves: [Role, Role][] = [
    ["amount", "monetary"],
    ["date", "lastPurchaseDate"],
  ];
  for (const [from, to] of moves) {
    const column = out[from];
    if (overrides[from] === undefined || overrides[to] !== undefined || column === undefined)
      continue;
    out[to] = column;
    delete out[from];
  }
  return toSummaryMapping(out);
}

/** The columns of an input block: header row, header texts, the role mapping and the shape. */
export function detectColumns(input: SheetInput, opts: DetectColumnsOptions): DetectedColumns {
  const values = input.values;
  const columnCount = widestRow(values);
  const headerRowIndex = headerRowOf(values, opts.headerRow);
  const headers = headerTexts(values, headerRowIndex, columnCount);
  const matched = headerRowIndex === null ? {} : matchHeaders(headers);
  const firstDataRow = headerRowIndex === null ? 0 : headerRowIndex + 1;
  let mapping = completeMapping(input, opts, matched, firstDataRow);
  const shape = opts.shape === "auto" ? detectShape(mapping) : opts.shape;
  if (shape === "summary") mapping = toSummaryMapping(mapping);
  mapping = applyOverrides(
    mapping,
    opts.mapping,
    headers,
    columnCount,
    input.firstColumnIndex ?? 0
  );
  if (shape === "summary") mapping = summaryMeaning(mapping, opts.mapping);
  return { headerRowIndex, headers, mapping, shape, columnCount };
}
