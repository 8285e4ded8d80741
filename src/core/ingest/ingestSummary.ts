// Reads a customer summary (one row per customer) straight into a CustomerTable. Recency comes
// from a recency-days column, or from the last purchase date against the as-of date; F = 0
// means "no purchase" (method.md section 3).
import {
  AMBIGUOUS_DATE,
  cellText,
  dayToIso,
  isBlank,
  isImplausibleAmount,
  MAX_AMOUNT,
  parseAmount,
  readDate,
} from "../cells";
import { CHUNK } from "../progress";
import type { CellValue, CustomerTable, DuplicateRow, ReasonCode, Role } from "../types";
import { cellIssue, customerId, customerName, isBlankRow } from "./cellIssues";
import { CustomerKeys } from "./customerKeys";
import { DuplicateFinder } from "./duplicateFinder";
import { OPEN_WINDOW, windowParams, type DateWindow } from "./dateWindow";
import { windowOfDays, type IngestContext, type IngestOutcome } from "./ingestTransactions";

/** Per-row numbers before the as-of date is known. */
export interface SummaryColumns {
  table: CustomerTable;
  /** Last purchase day per customer (NaN unknown), to derive recency once as-of is known. */
  lastDay: Float64Array;
  /** True when recency comes from the recency-days column. */
  recencyFromColumn: boolean;
  maxDay: number;
}

type Reader = (v: CellValue) => number;

class RowReader {
  issue: { column: number; reason: ReasonCode; params: Record<string, string | number> } | null =
    null;

  constructor(
    private readonly row: CellValue[],
    private readonly decimalComma: boolean
  ) {}

  /** A required number; on failure records the issue and returns NaN. */
  number(column: number | undefined, missing: ReasonCode = "missingValue"): number {
    if (column === undefined || this.issue) return NaN;
    return this.read(column, (v) => parseAmount(v, this.decimalComma), missing, "badNumber");
  }

  /** An optional number: blank gives NaN without an issue. */
  optional(column: number | undefined): number {
    if (column === undefined || this.issue || isBlank(this.row[column])) return NaN;
    return this.read(column, (v) => parseAmount(v, this.decimalComma), "missingValue", "badNumber");
  }

  date(column: number | undefined, read: Reader, required: boolean): number {
    if (column === undefined || this.issue) return NaN;
    if (!required && isBlank(this.row[column])) return NaN;
    const day = read(this.row[column]);
    if (day === AMBIGUOUS_DATE) {
      this.issue = { column, ...cellIssue(this.row[column], "missingDate", "ambiguousDate") };
      return NaN;
    }
    return this.read(column, () => day, "missingDate", "badDate");
  }

  private read(column: number, parse: Reader, missing: ReasonCode, bad: ReasonCode): number {
    const x = parse(this.row[column]);
    if (Number.isNaN(x)) this.issue = { column, ...cellIssue(this.row[column], missing, bad) };
    else if (isImplausibleAmount(x)) {
      const value = cellText(this.row[column]);
      this.issue = { column, reason: "implausibleAmount", params: { value, max: MAX_AMOUNT } };
      return NaN;
    }
    return x;
  }
}

/** Summary columns the mapping lacks (recency may come from days or a last purchase date). */
export function summaryMissingColumns(mapping: IngestContext["mapping"]): Role[] {
  const missing: Role[] = [];
  if (mapping.frequency === undefined) missing.push("frequency");
  if (mapping.monetary === undefined) missing.push("monetary");
  if (mapping.recencyDays === undefined && mapping.lastPurchaseDate === undefined)
    missing.push("recencyDays");
  return missing;
}

/** The plausible window of the last purchase dates (method.md section 1), open without them. */
function summaryWindow(ctx: IngestContext): DateWindow {
  const col = ctx.mapping.lastPurchaseDate;
  if (col === undefined) return OPEN_WINDOW;
  const { values, firstDataIndex, options } = ctx;
  const days = new Float64Array(values.length - firstDataIndex);
  for (let i = firstDataIndex; i < values.length; i++)
    days[i - firstDataIndex] = readDate(values[i][col], options.dates);
  return windowOfDays(days, ctx.lastDay, options.dates.farOutsideYears);
}

export function ingestSummary(
  ctx: IngestContext,
  asOfGiven: boolean
): IngestOutcome<SummaryColumns> {
  const { values, firstDataIndex, mapping: m, rejections, options } = ctx;
  const total = values.length - firstDataIndex;
  const keys = new CustomerKeys();
  const dupes = new DuplicateFinder(values);
  const duplicates: DuplicateRow[] = [];
  const cols = {
    frequency: [] as number[],
    monetary: [] as number[],
    recency: [] as number[],
    last: [] as number[],
    first: [] as number[],
    profit: [] as number[],
    annual: [] as number[],
    strategic: [] as number[],
  };
  const recencyFromColumn =
    m.recencyDays !== undefined && !(asOfGiven && m.lastPurchaseDate !== undefined);
  const readDay: Reader = (v) => readDate(v, options.dates);
  let blank = 0;
  let maxDay = -Infinity;
  const cust = m.customer as number;
  const window = summaryWindow(ctx);

  for (let i = firstDataIndex; i < values.length; i++) {
    if ((i - firstDataIndex) % CHUNK === 0) ctx.progress.step("parsing", i - firstDataIndex, total);
    const row = values[i];
    if (isBlankRow(row)) {
      blank++;
      continue;
    }
    const id = customerId(row, cust, i, rejections);
    if (id === null) continue;
    const first = dupes.check(i);
    if (first >= 0) {
      // A customer can appear once in a summary, so an exact copy is always set aside.
      duplicates.push({
        row: rejections.rowNumber(i),
        firstRow: rejections.rowNumber(first),
        removed: true,
      });
      rejections.add(i, null, "duplicateRow", { firstRow: rejections.rowNumber(first) });
      continue;
    }
    const r = new RowReader(row, options.decimalComma);
    const frequency = r.number(m.frequency);
    const monetary = r.number(m.monetary, "missingAmount");
    const recency = recencyFromColumn && frequency > 0 ? r.number(m.recencyDays) : NaN;
    const last = recencyFromColumn
      ? r.date(m.lastPurchaseDate, readDay, false)
      : r.date(m.lastPurchaseDate, readDay, frequency > 0);
    const firstDay = r.date(m.firstPurchaseDate, readDay, false);
    const profit = r.optional(m.profit);
    const annual = r.optional(m.annualSpend);
    const strategic = r.optional(m.strategic);
    if (r.issue) {
      rejections.add(i, r.issue.column, r.issue.reason, r.issue.params);
      continue;
    }
    if (frequency < 0 || !Number.isInteger(frequency)) {
      rejections.add(i, m.frequency as number, frequency < 0 ? "negativeFrequency" : "badNumber", {
        value: cellText(row[m.frequency as number]),
      });
      continue;
    }
    if (last > ctx.lastDay) {
      rejections.add(i, m.lastPurchaseDate as number, "dateAfterAsOf", {
        value: cellText(row[m.lastPurchaseDate as number]),
      });
      continue;
    }
    // Only the last purchase: first purchases may rightly lie years before everyone's last one.
    if (last < window.low || last > window.high) {
      const params = { value: dayToIso(last), ...windowParams(window) };
      rejections.add(i, m.lastPurchaseDate as number, "dateFarOutside", params);
      continue;
    }
    const before = keys.size;
    const k = keys.intern(id, i);
    if (k < before) {
      rejections.add(i, cust, "duplicateCustomer", {
        firstRow: rejections.rowNumber(keys.firstIndex[k]),
      });
      continue;
    }
    if (m.customerName !== undefined) keys.nameIfMissing(k, customerName(row[m.customerName]));
    cols.frequency.push(frequency);
    cols.monetary.push(monetary);
    cols.recency.push(recency);
    cols.last.push(last);
    cols.first.push(firstDay);
    cols.profit.push(profit);
    cols.annual.push(annual);
    cols.strategic.push(strategic);
    if (last > maxDay) maxDay = last;
  }
  return {
    data: {
      table: toTable(keys, cols, m),
      lastDay: Float64Array.from(cols.last),
      recencyFromColumn,
      maxDay,
    },
    rejections,
    duplicates,
    blank,
    input: total,
  };
}

function toTable(
  keys: CustomerKeys,
  cols: Record<
    "frequency" | "monetary" | "recency" | "last" | "first" | "profit" | "annual" | "strategic",
    number[]
  >,
  m: IngestContext["mapping"]
): CustomerTable {
  const n = keys.size;
  const frequency = Float64Array.from(cols.frequency);
  const hasPurchase = new Uint8Array(n);
  for (let k = 0; k < n; k++) hasPurchase[k] = frequency[k] > 0 ? 1 : 0;
  return {
    n,
    ids: keys.ids,
    names: keys.names.some((x) => x !== null) ? keys.names : null,
    firstRow: Int32Array.from(keys.firstIndex),
    hasPurchase,
    recencyDays: Float64Array.from(cols.recency),
    frequency,
    monetary: Float64Array.from(cols.monetary),
    firstDay: Float64Array.from(cols.first),
    lastDay: Float64Array.from(cols.last),
    medianGapDays: new Float64Array(n).fill(NaN),
    rows: Int32Array.from(cols.frequency),
    profit: m.profit === undefined ? null : Float64Array.from(cols.profit),
    annualSpend: m.annualSpend === undefined ? null : Float64Array.from(cols.annual),
    strategic: m.strategic === undefined ? null : Float64Array.from(cols.strategic),
  };
}

/** Fills recency from the last purchase date once the as-of day is known. */
export function finishSummary(s: SummaryColumns, asOfDay: number): CustomerTable {
  const t = s.table;
  if (s.recencyFromColumn) return t;
  for (let k = 0; k < t.n; k++) {
    t.recencyDays[k] = t.hasPurchase[k] ? asOfDay - s.lastDay[k] : NaN;
  }
  return t;
}
