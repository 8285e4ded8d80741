// The customer table as CSV for Excel: UTF-8 with a BOM (so Excel shows Chinese), CRLF lines,
// cells as csvCells writes them.
import { open } from "node:fs/promises";
import type { OutTable } from "../core";
import { CsvBytes } from "./csvCells";

const BOM = "\ufeff";
/** Bytes gathered into one write: large enough that writes are few, small enough to stay young. */
const WRITE_BYTES = 1 << 20;

/**
 * Writes the table as it goes, about a megabyte at a time: the whole text of a large run (tens
 * of megabytes, with its lines) was held at once, most of it as garbage to collect.
 */
export async function writeCsv(path: string, table: OutTable): Promise<void> {
  const file = await open(path, "w");
  try {
    const out = new CsvBytes(WRITE_BYTES + (WRITE_BYTES >> 2));
    out.text(BOM);
    out.line(table.columns.map((c) => c.header));
    for (let k = 0; k < table.rowCount; k++) {
      out.line(table.row(k));
      if (out.length >= WRITE_BYTES) {
        await file.writeFile(out.bytes.subarray(0, out.length));
        out.length = 0;
      }
    }
    if (out.length > 0) await file.writeFile(out.bytes.subarray(0, out.length));
  } finally {
    await file.close();
  }
}
