// Who reads a file's rows (--engine). Kept apart from the DuckDB reader so that the flag parsing
// (which the pane's tests reach through sqlCommand) does not load DuckDB.
export const ENGINES = ["auto", "duckdb", "core"] as const;
export type Engine = (typeof ENGINES)[number];
