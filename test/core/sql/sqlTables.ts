// Test tables for the SQL faces and the core's answer on the same cells, keyed by customer.
import { readFileSync } from "node:fs";
import { publicDataFile, readPublicCsv } from "../../../data/publicData";
import { generateTransactions } from "../../../data/generate/generateTransactions";
import { toCsv } from "../../../data/generate/toCsv";
import type { DeepPartial, SegmentOptions } from "../../../src/core/options";
import { customerRecords } from "../../../src/core/records";
import { segment } from "../../../src/core/segment";
import type { SqlColumns } from "../../../src/core/sql";
import Papa from "papaparse";

export interface TestTable {
  name: string;
  /** Header row first; every cell text, as a CSV hands it over. */
  rows: string[][];
  columns: SqlColumns;
}

/** The fields the query returns, as the CLI JSON has them. */
export interface CustomerRow {
  customer: string;
  recencyDays: number | null;
  frequency: number | null;
  monetary: number | null;
  r: number | null;
  f: number | null;
  m: number | null;
  rfmCode: number | null;
  segment: string | null;
  abc: string;
  clv: number | null;
}

/** Cells a person or an ERP export writes: money text, Chinese and day-month dates, errors, blanks. */
const MESSY: string[][] = [
  ["客户", "日期", "金额", "单号"],
  ["张三", "2024-01-05", "¥1,234.50", "A1"],
  ["张三", "2024年3月5日", "(12.00)", "A2"],
  ["张三", "2024/3/5 10:30", "88", "A3"],
  ["李四", "20240210", "$12", ""],
  ["李四", "2024-02-10", "12元", ""],
  ["李四", "2024-02-11T08:00:00Z", "１２３４．５０", "B9"],
  ["王五", "#N/A", "100", "C1"],
  ["王五", "2024-04-01", "#VALUE!", "C2"],
  ["王五", "2024-04-02", "50%", "C3"],
  ["王五", "5/1/2024", "100", "C4"],
  ["赵六", "2024-02-30", "100", "D1"],
  ["赵六", "2024-06-01", "-20", "D2"],
  ["  ", "2024-06-01", "20", "E1"],
  ["#N/A", "2024-06-01", "20", "E2"],
  ["钱七", "2024.6.1", "USD 1,000", "F1"],
  ["钱七", "2024-06-02", "1 000", "F2"],
  ["孙八", "2024-05-20", "300", "G1"],
  ["孙八", "2024-05-21", "300", "G2"],
  ["周九", "2024-05-20", "600", "H1"],
  ["吴十", "2024-01-01", "600", "I1"],
  ["郑一", "2023-12-01", "0", "J1"],
  ["郑一", "2023-12-02", "-5", "J2"],
];

/**
 * Cells past what method.md section 1 reads, found by hostile files: amounts beyond 10^15 either
 * way (as numbers and as money text), and dates far outside the table's (a 9999-12-31
 * placeholder, 1900-01-01, a year typed 2204), which the core rejects; equal purchases in
 * another order (M must tie) and amounts below the millionth, which M sums exactly.
 */
const HOSTILE: string[][] = [
  ["customer", "date", "amount"],
  ["A", "2024-01-05", "10"],
  ["A", "2024-02-05", "1e300"],
  ["B", "2024-01-10", "1000000000000001"],
  ["B", "2024-01-11", "999999999999999"],
  ["C", "2024-03-01", "-1e16"],
  ["C", "2024-03-02", "7"],
  ["D", "2024-03-02", "5"],
  ["E", "2024-02-02", "12"],
  ["F", "2024-01-20", "3"],
  ["G", "2024-02-25", "(1,000,000,000,000,000.01)"],
  ["G", "2024-02-26", "2"],
  ["H", "2024-03-01", "¥1,234.50"],
  ["I", "9999-12-31", "5"],
  ["I", "2024-02-14", "6"],
  ["J", "1900-01-01", "8"],
  ["K", "2204-01-10", "9"],
  ["K", "2023-11-30", "4"],
  ["L", "2014-01-01", "3"],
  ["M", "2024-01-01", "0.1"],
  ["M", "2024-01-02", "0.2"],
  ["M", "2024-01-03", "0.3"],
  ["N", "2024-01-01", "0.3"],
  ["N", "2024-01-02", "0.2"],
  ["N", "2024-01-03", "0.1"],
  ["O", "2024-01-04", "0.0000005"],
  ["O", "2024-01-05", "-0.0000015"],
];

/**
 * lifetimes' CDNOW sample (Fader & Hardie's CDNOW data, one tenth of the cohort): columns split
 * by spaces; ids with leading zeros and dates in the compact 19970101 form, as text.
 */
function cdnowRows(): string[][] {
  const text = readFileSync(publicDataFile("lifetimes/CDNOW_sample.txt"), "utf8");
  const rows = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [customer, , date, , amount] = l.trim().split(/\s+/);
      return [customer, date, amount];
    });
  return [["customer_id", "date", "sales"], ...rows];
}

function csvRows(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

export function testTables(): TestTable[] {
  const generated = generateTransactions(4000, 7);
  return [
    {
      name: "messy cells",
      rows: MESSY,
      columns: { customer: "客户", date: "日期", amount: "金额", orderId: "单号" },
    },
    {
      name: "R rfm package orders",
      rows: readPublicCsv("rfm-r/rfm_data_orders.csv"),
      columns: { customer: "customer_id", date: "order_date", amount: "revenue" },
    },
    {
      name: "generated orders (Chinese headers)",
      rows: csvRows(toCsv(generated)),
      columns: { customer: "客户编号", date: "订单日期", amount: "金额", orderId: "订单号" },
    },
    {
      name: "CDNOW sample (compact dates)",
      rows: cdnowRows(),
      columns: { customer: "customer_id", date: "date", amount: "sales" },
    },
    {
      // Columns named like SQL keywords: "--order-id order" once gave a query that did not parse.
      name: "keyword columns",
      rows: [["user", "date", "amount", "order"], ...MESSY.slice(1)],
      columns: { customer: "user", date: "date", amount: "amount", orderId: "order" },
    },
    {
      name: "hostile cells",
      rows: HOSTILE,
      columns: { customer: "customer", date: "date", amount: "amount" },
    },
  ];
}

/** The core's records for a table, by customer. */
export function coreRecords(
  table: TestTable,
  options: DeepPartial<SegmentOptions>
): Map<string, CustomerRow> {
  const headers = table.rows[0];
  const col = (name: string | undefined) =>
    name === undefined ? undefined : headers.indexOf(name);
  const mapping = {
    customer: col(table.columns.customer),
    date: col(table.columns.date),
    amount: col(table.columns.amount),
    ...(table.columns.orderId ? { orderId: col(table.columns.orderId) } : {}),
  };
  const language = options.language ?? "en-US";
  const result = segment(
    { values: table.rows },
    { ...options, shape: "transactions", mapping: mapping as Record<string, number> }
  );
  const out = new Map<string, CustomerRow>();
  for (const r of customerRecords(result, language)) {
    out.set(r.customer, {
      customer: r.customer,
      recencyDays: r.recencyDays,
      frequency: r.frequency,
      monetary: r.monetary,
      r: r.r,
      f: r.f,
      m: r.m,
      rfmCode: r.rfmCode,
      segment: r.segment,
      abc: r.abc,
      clv: r.clv,
    });
  }
  return out;
}

const close = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Differences between the query's rows and the core's records, one line each (empty when they agree). */
export function differences(sql: CustomerRow[], core: Map<string, CustomerRow>): string[] {
  const out: string[] = [];
  if (sql.length !== core.size) out.push(`customers: sql ${sql.length}, core ${core.size}`);
  for (const row of sql) {
    const want = core.get(row.customer);
    if (!want) {
      out.push(`${row.customer}: not a customer in the core`);
      continue;
    }
    for (const key of Object.keys(want) as (keyof CustomerRow)[]) {
      const a = row[key];
      const b = want[key];
      const same =
        typeof b === "number" || typeof a === "number" ? close(a as number, b as number) : a === b;
      if (!same) out.push(`${row.customer}.${key}: sql ${String(a)}, core ${String(b)}`);
    }
  }
  return out;
}

/** A row of the query's result with numbers as numbers (engines return bigints and decimals as they like). */
export function customerRow(raw: Record<string, unknown>): CustomerRow {
  const n = (v: unknown): number | null =>
    v === null || v === undefined ? null : typeof v === "number" ? v : Number(v);
  return {
    customer: String(raw.customer),
    recencyDays: n(raw.recencyDays),
    frequency: n(raw.frequency),
    monetary: n(raw.monetary),
    r: n(raw.r),
    f: n(raw.f),
    m: n(raw.m),
    rfmCode: n(raw.rfmCode),
    segment: raw.segment === null || raw.segment === undefined ? null : String(raw.segment),
    abc: String(raw.abc),
    clv: n(raw.clv),
  };
}
