// A Parquet file as rows of text for the core: its column names are the header row, every value
// is cast to text (a DATE reads "2024-01-05", a DOUBLE "1234.5") and read by the same cell rules.
import type { SheetInput } from "../../core";
import { openDuck, q } from "./duckRows";

/** Rows read for column detection and the report (the columns are named by the file). */
const HEAD_ROWS = 20_000;

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export interface ParquetHead {
  columns: string[];
  head: SheetInput;
  /** The header row plus the file's rows. */
  rowCount: number;
}

export async function parquetHead(file: string): Promise<ParquetHead> {
  const duck = await openDuck();
  try {
    const described = await duck.c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${q(file)})`);
    const columns = described.getRows().map((row) => String(row[0]));
    const text = columns.map((c) => `CAST(${ident(c)} AS VARCHAR)`).join(", ");
    const first = await duck.c.runAndReadAll(
      `SELECT ${text} FROM read_parquet(${q(file)}) LIMIT ${HEAD_ROWS}`
    );
    const rows = first.getRows().map((row) => row.map((x) => (x === null ? "" : String(x))));
    const count = await duck.c.runAndReadAll(`SELECT count(*) FROM read_parquet(${q(file)})`);
    return {
      columns,
      head: { values: [columns, ...rows], firstRowNumber: 1 },
      rowCount: Number(count.getRows()[0][0]) + 1,
    };
  } finally {
    duck.close();
  }
}

/** The file's rows for readTypedRows, in order; the header row (sheet row 0) is not among them. */
export function parquetSource(
  file: string,
  columns: string[]
): {
  sql: string;
  width: number;
  missing: number[];
  offset: number;
} {
  const cells = columns.map((c, i) => `CAST(${ident(c)} AS VARCHAR) AS c${i}`).join(", ");
  return {
    sql: `(SELECT ${cells} FROM read_parquet(${q(file)}))`,
    width: columns.length,
    missing: [],
    offset: 1,
  };
}
