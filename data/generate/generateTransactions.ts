// A seeded transaction table as Excel hands it to an add-in: a Chinese header row, customer ids
// as text, dates as serial numbers formatted yyyy-mm-dd, amounts as numbers. Customer activity
// is Pareto-like (a few customers place most orders), amounts are log-normal (a long right tail)
// and about 3% of the rows are returns with a negative amount. Same seed, same table.
import { isoToDay } from "../../src/core/cells/dayNumber";
import type { CellValue, SheetInput } from "../../src/core/types";
import { chineseName } from "./chineseNames";
import { cents, Random, WeightedPicker } from "./random";

export const HEADERS = ["客户编号", "客户名称", "订单日期", "订单号", "金额"];
export const DATE_FORMAT = "yyyy-mm-dd";
const GENERAL = "General";
/** Excel 1900-system serial of 1970-01-01 (day number 0). */
const SERIAL_OF_DAY_0 = 25569;

export interface GenerateOptions {
  /** Customers to draw from; not all of them need to buy. Default rows / 13. */
  customers?: number;
  firstDate?: string;
  /** Length of the window in days (default two years). */
  days?: number;
  /** Share of the rows that are returns (negative amounts). */
  returnRate?: number;
  medianAmount?: number;
  /** Log-scale spread of the amounts. */
  amountSpread?: number;
  /** Pareto shape of the customers' activity weights; about 1.16 gives 80/20. */
  activityShape?: number;
}

const DEFAULTS: Required<Omit<GenerateOptions, "customers">> = {
  firstDate: "2023-01-01",
  days: 730,
  returnRate: 0.03,
  medianAmount: 168,
  amountSpread: 1.05,
  activityShape: 1.16,
};

/** A sheet ready for segment(), plus how many customers actually appear in it. */
export interface GeneratedSheet extends SheetInput {
  values: CellValue[][];
  numberFormats: string[][];
  customers: number;
}

interface Customers {
  count: number;
  /** First and last day each customer is active (offsets into the window). */
  from: Int32Array;
  to: Int32Array;
  picker: WeightedPicker;
  names: string[];
}

/** Orders before they become rows: which customer, which day, how many lines, return or not. */
interface OrderPlan {
  count: number;
  customer: Int32Array;
  day: Int32Array;
  lines: Uint8Array;
  isReturn: Uint8Array;
}

function makeCustomers(count: number, days: number, shape: number, random: Random): Customers {
  const weights = new Float64Array(count);
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const names: string[] = new Array(count);
  for (let k = 0; k < count; k++) {
    // Capped so that one customer cannot swallow the table at small row counts.
    weights[k] = Math.min(random.pareto(shape), 3000);
    from[k] = random.int(0, days - 1);
    // Most customers are still active at the end; the others stopped buying at some point.
    to[k] = random.chance(0.6) ? days - 1 : random.int(from[k], days - 1);
    names[k] = chineseName(random);
  }
  return { count, from, to, picker: new WeightedPicker(weights), names };
}

/** Lines per purchase order: 1 (70%), 2 (20%) or 3 (10%), 1.4 on average; a return has one. */
const MEAN_LINES = 1.4;

function orderLines(random: Random): number {
  const u = random.next();
  return u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
}

function planOrders(
  rows: number,
  customers: Customers,
  returnRate: number,
  random: Random
): OrderPlan {
  // Returns are drawn per order but the rate is per row, and purchase orders have more lines.
  const returnChance = (returnRate * MEAN_LINES) / (1 + returnRate * (MEAN_LINES - 1));
  const plan: OrderPlan = {
    count: 0,
    customer: new Int32Array(rows),
    day: new Int32Array(rows),
    lines: new Uint8Array(rows),
    isReturn: new Uint8Array(rows),
  };
  for (let planned = 0; planned < rows; plan.count++) {
    const k = customers.picker.pick(random);
    const isReturn = random.chance(returnChance);
    const lines = Math.min(isReturn ? 1 : orderLines(random), rows - planned);
    const o = plan.count;
    plan.customer[o] = k;
    plan.day[o] = random.int(customers.from[k], customers.to[k]);
    plan.lines[o] = lines;
    plan.isReturn[o] = isReturn ? 1 : 0;
    planned += lines;
  }
  return plan;
}

/** Order indices sorted by day (a counting sort; ties keep planning order), as an export would list them. */
function byDay(plan: OrderPlan, days: number): Int32Array {
  const starts = new Int32Array(days + 1);
  for (let o = 0; o < plan.count; o++) starts[plan.day[o] + 1]++;
  for (let d = 0; d < days; d++) starts[d + 1] += starts[d];
  const sorted = new Int32Array(plan.count);
  for (let o = 0; o < plan.count; o++) sorted[starts[plan.day[o]]++] = o;
  return sorted;
}

function lineAmount(isReturn: boolean, o: Required<GenerateOptions>, random: Random): number {
  if (isReturn)
    return -Math.max(0.01, cents(random.logNormal(o.medianAmount * 0.8, o.amountSpread * 0.8)));
  return Math.max(0.01, cents(random.logNormal(o.medianAmount, o.amountSpread)));
}

/**
 * office.js hands the values over as JSON, and V8's JSON.parse makes every row its own array and
 * internalizes short strings (ids, names). Parsing the rows from JSON text, a chunk at a time,
 * gives segment() exactly that memory layout instead of one shared string per customer.
 */
class DeserializedRows {
  readonly rows: CellValue[][] = [];
  private pending: string[] = [];

  add(customerId: string, name: string, serial: number, orderId: string, amount: number): void {
    // Ids and names hold no character JSON must escape.
    this.pending.push(`["${customerId}","${name}",${serial},"${orderId}",${amount}]`);
    if (this.pending.length === 1 << 16) this.flush();
  }

  flush(): void {
    const parsed = JSON.parse(`[${this.pending.join(",")}]`) as CellValue[][];
    for (const row of parsed) this.rows.push(row);
    this.pending = [];
  }
}

export function generateTransactions(
  rows: number,
  seed: number,
  options: GenerateOptions = {}
): GeneratedSheet {
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(`rows must be a positive integer, got ${rows}`);
  const o: Required<GenerateOptions> = {
    ...DEFAULTS,
    customers: Math.max(1, Math.round(rows / 13)),
    ...options,
  };
  const random = new Random(seed);
  const firstDay = isoToDay(o.firstDate);
  const customers = makeCustomers(o.customers, o.days, o.activityShape, random);
  const plan = planOrders(rows, customers, o.returnRate, random);
  const idWidth = Math.max(6, String(o.customers).length);

  const values = new DeserializedRows();
  values.rows.push(HEADERS.slice());
  const formats: string[][] = [HEADERS.map(() => GENERAL)];
  const seen = new Uint8Array(o.customers);
  let appearing = 0;
  let sequence = 0;
  for (const order of byDay(plan, o.days)) {
    const k = plan.customer[order];
    const isReturn = plan.isReturn[order] === 1;
    const orderId = (isReturn ? "RT" : "SO") + String(++sequence).padStart(8, "0");
    const customerId = "C" + String(k + 1).padStart(idWidth, "0");
    const serial = firstDay + plan.day[order] + SERIAL_OF_DAY_0;
    if (seen[k] === 0) {
      seen[k] = 1;
      appearing++;
    }
    for (let line = 0; line < plan.lines[order]; line++) {
      values.add(customerId, customers.names[k], serial, orderId, lineAmount(isReturn, o, random));
      formats.push([GENERAL, GENERAL, DATE_FORMAT, GENERAL, GENERAL]);
    }
  }
  values.flush();
  return { values: values.rows, numberFormats: formats, customers: appearing };
}
