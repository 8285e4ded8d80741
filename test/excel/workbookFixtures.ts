// Workbooks for the adapter's tests: small sheets of customer data in the in-memory double.
import { InMemoryWorkbook } from "../../src/excelDouble";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/limits";
import type { StoredModel } from "../../src/excel/model";
import {
  segmentWorkbook,
  type SegmentOutcome,
  type SegmentRequest,
} from "../../src/excel/segmentWorkbook";

export type Cell = string | number | boolean | null;

/** Transactions with Chinese headers, dates as serials formatted as dates (as Excel holds them). */
export const ZH_TRANSACTIONS: Cell[][] = [
  ["客户名称", "订单日期", "订单号", "金额"],
  ["张三", 45296, "D001", 1200],
  ["李四", 45300, "D002", 300],
  ["张三", 45350, "D003", 800],
  ["王五", 45320, "D004", 50],
  ["赵六", 45380, "D005", 2600],
  ["李四", 45390, "D006", 450],
  ["孙七", 45200, "D007", 90],
  ["周八", 45395, "D008", 700],
  ["赵六", 45396, "D009", 1500],
  ["吴九", 45100, "D010", 30],
];

export const ZH_FORMATS: string[][] = ZH_TRANSACTIONS.map((row, i) =>
  row.map((_, j) => (i > 0 && j === 1 ? "yyyy-mm-dd" : "General"))
);

/** A customer summary with English headers: one row per customer. */
export const EN_SUMMARY: Cell[][] = [
  ["Customer", "Last purchase date", "Frequency", "Monetary"],
  ["Acme", "2024-03-30", 12, 5400],
  ["Globex", "2024-01-15", 3, 800],
  ["Initech", "2023-11-02", 1, 120],
  ["Umbrella", "2024-03-28", 8, 2600],
  ["Hooli", "2024-02-20", 5, 1500],
  ["Stark", "2023-12-01", 2, 300],
  ["Wayne", "2024-03-01", 6, 4100],
  ["Tyrell", "2023-08-10", 1, 60],
];

export const FIXED_NOW = (): Date => new Date("2026-11-23T09:00:00.000Z");

export function workbookWith(
  sheet: string,
  values: Cell[][],
  formats?: string[][]
): InMemoryWorkbook {
  const wb = new InMemoryWorkbook();
  wb.addSheet(sheet);
  wb.setValues(sheet, "A1", values, formats);
  wb.select(`${sheet}!A1`);
  return wb;
}

export function run(wb: InMemoryWorkbook, request: SegmentRequest = {}): Promise<SegmentOutcome> {
  return wb.run((context) => segmentWorkbook(context, { now: FIXED_NOW, ...request }));
}

export async function written(
  wb: InMemoryWorkbook,
  request: SegmentRequest = {}
): Promise<StoredModel> {
  const outcome = await run(wb, request);
  if (outcome.status !== "written") throw new Error(`expected a write, got ${outcome.status}`);
  return outcome.model;
}

/** Every sync within Excel's payload limit, and no property read that was not loaded first. */
export function expectWithinLimits(wb: InMemoryWorkbook): void {
  expect(wb.stats.unloadedReads).toBe(0);
  for (const s of wb.syncLog) {
    expect(s.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(s.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  }
}

/** Cells as Excel reads them back: the apostrophe that marks text is not part of the value. */
export const asRead = (rows: (string | number | boolean)[][]): (string | number | boolean)[][] =>
  rows.map((row) => row.map((v) => (typeof v === "string" ? v.replace(/^'/, "") : v)));

/** A workbook's snapshot apart from where the selection is (a test moves it between runs). */
export const contents = (wb: InMemoryWorkbook): unknown => ({
  ...wb.toSnapshot(),
  selection: null,
});
