// A Parquet file as rows of text for the core: its column names are the header row, every value
// is cast to text (a DATE reads "2024-01-05", a DOUBLE "1234.5") and read by the same cell rules.
import type { DuckDBConnection } from "@duckdb/node-api";
import type { SheetInput } from "../../core";
import { openDuck, q } from "./duckRows";

/** Rows read for column detection and the report (the columns are named by the file). */
const HEAD_ROWS = 20_000;

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A column of the file: its name (the header cell) and DuckDB's type for it. */
export interface ParquetColumn {
  name: string;
  type: string;
}

/**
 * The column as text. Hive, Impala and older Spark write text as plain binary (no UTF-8 mark), which
 * DuckDB reads as BLOB and casts to escapes ('\xE5\xAE\xA2' for 客): such a column's text is its
 * bytes read as UTF-8. Bytes that are not UTF-8 keep the escapes, so that distinct values stay
 * distinct; read_parquet's binary_as_string would refuse the whole file for one such value in
 * any column (https://duckdb.org/docs/data/parquet/overview, binary_as_string).
 */
export function parquetText(column: ParquetColumn): string {
  const x = ident(column.name);
  const cast = `CAST(${x} AS VARCHAR)`;
  return column.type === "BLOB" ? `coalesce(try(decode(${x})), ${cast})` : cast;
}

/** The file's columns in order, as DuckDB reads them. */
export async function parquetColumns(c: DuckDBConnection, file: string): Promise<ParquetColumn[]> {
  const described = await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${q(file)})`);
  return described.getRows().map((row) => ({ name: String(row[0]), type: String(row[1]) }));
}

export interface ParquetHead {
  columns: ParquetColumn[];
  head: SheetInput;
  /** The header row plus the file's rows. */
  rowCount: number;
}

export async function parquetHead(file: string): Promise<ParquetHead> {
  const duck = await openDuck();
  try {
    const columns = await parquetColumns(duck.c, file);
    const first = await duck.c.runAndReadAll(
      `SELECT * FROM ${parquetSource(file, columns).sql} LIMIT ${HEAD_ROWS}`
    );
    const rows = first.getRows().map((row) => row.map((x) => (x === null ? "" : String(x))));
    const count = await duck.c.runAndReadAll(`SELECT count(*) FROM read_parquet(${q(file)})`);
    return {
      columns,
      head: { values: [columns.map((c) => c.name), ...rows], firstRowNumber: 1 },
      rowCount: Number(count.getRows()[0][0]) + 1,
    };
  } finally {
    duck.close();
  }
}

/** The file's rows for readTypedRows, in order; the header row (sheet row 0) is not among them. */
export function parquetSource(
  file: string,
  columns: readonly ParquetColumn[]
): {
  sql: string;
  width: number;
  missing: number[];
  offset: number;
} {
  const cells = columns.map((c, i) => `${parquetText(c)} AS c${i}`).join(", ");
  return {
    sql: `(SELECT ${cells} FROM read_parquet(${q(file)}))`,
    width: columns.length,
    missing: [],
    offset: 1,
  };
}
