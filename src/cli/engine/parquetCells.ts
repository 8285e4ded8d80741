// A Parquet file as the core's cells, for what only the core's reader takes: a customer
// summary, CLV groups by a column, columns the first rows do not name, a file without rows.
// Every value becomes text as parquetSource casts it, so the core reads the cells of a Parquet
// file as it reads the same cells in a CSV. Up to Excel's rows, as the core's readers hold a CSV.
import { InputError, MAX_ROWS, type SheetInput } from "../../core";
import { openDuck, q } from "./duckRows";
import { parquetColumns, parquetSource } from "./parquetSource";

/** The header row (the column names) and every row as text; InputError tooManyRows past Excel's. */
export async function readParquetCells(file: string): Promise<SheetInput> {
  const duck = await openDuck();
  try {
    const columns = await parquetColumns(duck.c, file);
    const counted = await duck.c.runAndReadAll(`SELECT count(*) FROM read_parquet(${q(file)})`);
    const rows = Number(counted.getRows()[0][0]) + 1;
    // Refused before the rows are read: a 100M-row file would not fit in memory as cells.
    if (rows > MAX_ROWS) throw new InputError("tooManyRows", { rows, max: MAX_ROWS });
    const read = await duck.c.runAndReadAll(`SELECT * FROM ${parquetSource(file, columns).sql}`);
    const values = read.getRows().map((row) => row.map((x) => (x === null ? "" : String(x))));
    return { values: [columns.map((c) => c.name), ...values], firstRowNumber: 1 };
  } finally {
    duck.close();
  }
}
