// How the bench:big scripts name their input: a CSV is read as text (all_varchar, as a file
// hands it over), a Parquet file with its own column types, as a warehouse holds them.
import type { DuckDBConnection } from "@duckdb/node-api";

export const sqlText = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export function tableOf(file: string): string {
  return file.endsWith(".parquet")
    ? `read_parquet(${sqlText(file)})`
    : `read_csv(${sqlText(file)}, header = true, all_varchar = true)`;
}

/**
 * A memory cap for DuckDB on the shared machine (DUCKDB_MEMORY_LIMIT, e.g. "4GB"): past it DuckDB
 * spills to a temporary folder instead of taking most of the machine's memory.
 */
export async function capMemory(c: DuckDBConnection): Promise<void> {
  const limit = process.env.DUCKDB_MEMORY_LIMIT;
  if (limit) await c.run(`SET memory_limit = ${sqlText(limit)}`);
}
