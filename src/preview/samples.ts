// The bundled samples, as text (webpack's asset/source): a year of orders with Chinese headers,
// and the next month's orders to append.
import newOrdersCsv from "../../samples/new-orders-zh.csv";
import transactionsCsv from "../../samples/transactions-zh.csv";
import type { InMemoryWorkbook } from "../excelDouble";
import { appendCsvText, loadCsvText } from "./load/loadCsv";

export const SAMPLE_SHEET = "订单";

export async function loadSample(workbook: InMemoryWorkbook): Promise<void> {
  await loadCsvText(workbook, transactionsCsv, SAMPLE_SHEET);
}

export async function appendNextMonth(
  workbook: InMemoryWorkbook
): Promise<{ rows: number; firstRow: number } | null> {
  if (!workbook.model.findSheet(SAMPLE_SHEET)) return null;
  return appendCsvText(workbook, newOrdersCsv, SAMPLE_SHEET);
}
