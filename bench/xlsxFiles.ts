// The XLSX files of the read bench: a generated order table as Excel would save it, 4 or 12
// columns wide, and a 2 KB file with one cell at XFD1048576 whose <dimension> claims the whole sheet.
import { writeFileSync } from "fs";
import { generateTransactions } from "../data/generate/generateTransactions";
import { writeXlsxFile } from "../data/generate/toXlsx";
import { handMadeXlsx } from "../data/generate/zipFile";

export async function writeOrderBook(
  rows: number,
  seed: number,
  width: number,
  file: string
): Promise<void> {
  await writeXlsxFile(generateTransactions(rows, seed), file, width);
}

export function writeSparseBook(file: string): void {
  const bytes = handMadeXlsx({
    dimension: "A1:XFD1048576",
    sheetData: '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>',
  });
  writeFileSync(file, bytes);
}

// `node xlsxFiles.js ROWS WIDTH FILE` writes one order book (to time the writer or keep a file).
if (require.main === module) {
  const [rows, width, file] = process.argv.slice(2);
  const start = performance.now();
  writeOrderBook(Number(rows), 20240105, Number(width), file)
    .then(() => process.stderr.write(`${((performance.now() - start) / 1000).toFixed(1)} s\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });
}
