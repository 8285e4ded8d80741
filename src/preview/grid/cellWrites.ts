// What editing the grid does to the workbook, through the Excel API as the pane's writes go: text
// typed into a cell is written as formulas are (Excel reads "=..." as a formula, "12" as a number).
import type { InMemoryWorkbook } from "../../excelDouble";
import { formatAddress, formatRect, type Rect } from "../../excelDouble/address";

export async function writeTyped(
  workbook: InMemoryWorkbook,
  sheetName: string,
  rect: Rect,
  text: string
): Promise<void> {
  await workbook.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(formatRect(rect));
    range.formulas = [[text]];
    await context.sync();
  });
}

export async function clearContents(
  workbook: InMemoryWorkbook,
  sheetName: string,
  rect: Rect
): Promise<void> {
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).getRange(formatRect(rect)).clear("Contents");
    await context.sync();
  });
}

/** What F2 shows: the formula of a formula cell, else its value as text ("" when empty). */
export function editText(workbook: InMemoryWorkbook, sheetName: string, rect: Rect): string {
  const [[value]] = workbook.getFormulas(formatAddress(sheetName, rect));
  return String(value);
}
