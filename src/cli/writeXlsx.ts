// The customer table as an XLSX workbook, streamed to disk row by row so a million customers
// do not need a workbook in memory. Text cells are written as strings, never as formulas.
import { stream, type Column } from "exceljs";
import { createWriteStream, type WriteStream } from "node:fs";
import { CancelledError, SHARE_FORMAT, type OutKind, type OutTable } from "../core";

const FORMATS: Record<OutKind, string | undefined> = {
  text: undefined,
  integer: "0",
  number: "#,##0.00",
  money: "#,##0.00",
  // One rule for shares on every face (the add-in's sheets too): 0.0%, and <0.1% for a hairline.
  share: SHARE_FORMAT,
};

/** Rows between two yields to the event loop, where a Ctrl-C can be seen. */
const YIELD_EVERY = 20_000;

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function columnsOf(table: OutTable): Partial<Column>[] {
  return table.columns.map((c) => {
    const numFmt = FORMATS[c.kind];
    return {
      header: c.header,
      width: Math.max(10, Math.min(40, c.header.length * 2 + 2)),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
}

export async function writeXlsx(
  path: string,
  table: OutTable,
  sheetName: string,
  signal: { readonly aborted: boolean }
): Promise<void> {
  // Our own file stream, so that a cancelled write can close it before the caller removes the
  // file: left to itself, its pending open or flush would create the file again afterwards.
  const out = createWriteStream(path);
  const workbook = new stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columnsOf(table);
  for (let k = 0; k < table.rowCount; k++) {
    sheet.addRow(table.row(k)).commit();
    if ((k + 1) % YIELD_EVERY === 0) {
      await nextTick();
      if (signal.aborted) {
        await closed(out);
        throw new CancelledError();
      }
    }
  }
  sheet.commit();
  await workbook.commit();
}

function closed(out: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    out.once("close", () => resolve());
    out.destroy();
  });
}
