// What differs between the SQL engines the tiers query is written for. Everything else in the
// query is plain SQL every one of them reads alike; regular expressions avoid backslashes (each
// engine escapes string literals differently) and inline flags (PostgreSQL has no (?i:...)).
export const DIALECTS = ["duckdb", "postgres", "bigquery", "snowflake", "spark"] as const;
export type DialectId = (typeof DIALECTS)[number];

export interface Dialect {
  id: DialectId;
  text: string;
  integer: string;
  /** A 64-bit integer: whole parts of amounts up to 10^15 and their sums. */
  bigint: string;
  double: string;
  /** Written before a CTE's body so the engine computes it once ("" where it always does). */
  materialized: string;
  /** A text literal. */
  literal(s: string): string;
  /** An identifier as written: quoted only where the engine would change or reject it bare. */
  ident(name: string): string;
  /** A quoted alias that keeps its case (the JSON field names are camelCase). */
  alias(name: string): string;
  /** True when the whole of `s` matches `re` (the regexes are anchored with ^ and $). */
  matches(s: string, re: string): string;
  /** The first capture group of `re` in `s`, or NULL (or '') when it does not match. */
  extract(s: string, re: string): string;
  /** True when `s` contains the text `c`. */
  contains(s: string, c: string): string;
  /** Removes the characters of `chars` from both ends of `s`. */
  trim(s: string, chars: string): string;
  /** Text to a double; the text has been checked to be a number, but may overflow. */
  toDouble(s: string): string;
  /** Whole days from 1970-01-01 to the calendar date y-m-d (already checked to exist). */
  dayNumber(y: string, m: string, d: string): string;
  /** Integer division of two non-negative integers. */
  intDiv(a: string, b: string): string;
  /** A double's whole part, toward zero (as a double, or an integer where the engine has no trunc). */
  truncate(x: string): string;
  /** A double rounded to a whole number, halves away from zero (as JavaScript's exact sums do). */
  roundHalfAway(x: string): string;
  /**
   * Days from 1970-01-01 to the date of a text whose first ten characters are YYYY-MM-DD, by the
   * engine's own safe cast (NULL when no such day). Absent where the engine has no safe cast:
   * the rules' day arithmetic is used instead.
   */
  tryIsoDay?(s: string): string;
  /**
   * The statement that makes the session print instants (a TIMESTAMPTZ column) in UTC. The
   * query reads a date column through its text, which the engine writes in the session's time
   * zone; the CLI reads such values in UTC (method.md section 1).
   */
  utcSession: string;
}

/**
 * Standard SQL quoting: a quote is doubled. Control characters are joined in with chr(): a text
 * box, a clipboard or an editor turns a carriage return into a line feed (and the query would
 * then read differently), and a tab or a line break inside a literal hides what it holds.
 */
const quoteText = (s: string): string => {
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  const parts = s.split(/([\u0000-\u001f])/);
  if (parts.length === 1) return `'${s.replace(/'/g, "''")}'`;
  const joined = parts
    .map((p, i) => (i % 2 === 1 ? `chr(${p.charCodeAt(0)})` : `'${p.replace(/'/g, "''")}'`))
    .filter((p) => p !== "''");
  return `(${joined.join(" || ")})`;
};

/** The escapes RE2, PostgreSQL's and Java's regexes all read, and Snowflake's literals. */
const REGEX_ESCAPES: Record<string, string> = {
  "\t": "\\t",
  "\n": "\\n",
  "\u000b": "\\x0B",
  "\f": "\\f",
  "\r": "\\r",
};
/**
 * A pattern for those engines: control characters as escapes (a pattern joined with chr() is no
 * longer a constant DuckDB compiles once, and the query crawls). These backslashes are the only
 * ones in the patterns: Snowflake reads them in the literal, the others in the pattern, and both
 * give the same character.
 */
const quoteRegex = (re: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped
  quoteText(re.replace(/[\t\n\u000b\f\r]/g, (c) => REGEX_ESCAPES[c]));
/**
 * BigQuery and Spark read backslash escapes in literals and not a doubled quote; control
 * characters are written as \uXXXX escapes (a BigQuery literal cannot hold a line break).
 */
const backslashText = (s: string): string =>
  `'${s
    .replace(/\\/g, "\\\\")
    .replace(/'/g, "\\'")
    // eslint-disable-next-line no-control-regex -- control characters are what is escaped
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}'`;

const SIMPLE_LOWER_NAME = /^[a-z_][a-z0-9_]*$/;
const SIMPLE_ANY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Words one of the five engines reserves (ORDER, GROUP, USER, SELECT ...): a column so named
 * must be quoted, or the query does not parse ("--order-id order" did not). Words the engines
 * all take bare as names (date, amount, customer) stay bare.
 */
const RESERVED = new Set([
  ...["ALL", "ALTER", "AND", "ANY", "ARRAY", "AS", "ASC", "AT", "BETWEEN", "BOTH", "BY"],
  ...["CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "CONNECT", "CONSTRAINT", "CONTAINS"],
  ...["CREATE", "CROSS", "CUBE", "CURRENT", "CURRENT_DATE", "CURRENT_TIME"],
  ...["CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DEFINE", "DELETE", "DESC"],
  ...["DESCRIBE", "DISTINCT", "DO", "DROP", "ELSE", "END", "ENUM", "ESCAPE", "EXCEPT"],
  ...["EXCLUDE", "EXISTS", "EXTRACT", "FALSE", "FETCH", "FOLLOWING", "FOR", "FOREIGN"],
  ...["FROM", "FULL", "GRANT", "GROUP", "GROUPING", "GROUPS", "HASH", "HAVING", "IF"],
  ...["IGNORE", "ILIKE", "IN", "INCREMENT", "INNER", "INSERT", "INTERSECT", "INTERVAL"],
  ...["INTO", "IS", "JOIN", "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "LOOKUP"],
  ...["MERGE", "NATURAL", "NEW", "NO", "NOT", "NULL", "NULLS", "OF", "OFFSET", "ON"],
  ...["ONLY", "OR", "ORDER", "OUTER", "OVER", "PARTITION", "PIVOT", "PLACING"],
  ...["PRECEDING", "PRIMARY", "PROTO", "QUALIFY", "RANGE", "RECURSIVE", "REFERENCES"],
  ...["RESPECT", "RETURNING", "RIGHT", "RLIKE", "ROLLUP", "ROW", "ROWS", "SAMPLE"],
  ...["SELECT", "SESSION_USER", "SET", "SOME", "STRUCT", "SYMMETRIC", "TABLE"],
  ...["TABLESAMPLE", "THEN", "TO", "TRAILING", "TREAT", "TRUE", "UNBOUNDED", "UNION"],
  ...["UNIQUE", "UNNEST", "UNPIVOT", "UPDATE", "USER", "USING", "VALUES", "WHEN"],
  ...["WHERE", "WINDOW", "WITH", "WITHIN"],
]);

/** A name written bare: letters, digits and _ (lower case only where the engine folds) and no reserved word. */
const bareAny = (n: string): boolean => SIMPLE_ANY_NAME.test(n) && !RESERVED.has(n.toUpperCase());
const bareLower = (n: string): boolean =>
  SIMPLE_LOWER_NAME.test(n) && !RESERVED.has(n.toUpperCase());
const doubleQuoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const backQuoted = (name: string): string => `\`${name.replace(/`/g, "\\`")}\``;

const DUCKDB: Dialect = {
  id: "duckdb",
  utcSession: "SET TimeZone = 'UTC'",
  text: "VARCHAR",
  integer: "INTEGER",
  bigint: "BIGINT",
  double: "DOUBLE",
  materialized: "",
  literal: quoteText,
  ident: (n) => (bareAny(n) ? n : doubleQuoted(n)),
  alias: doubleQuoted,
  matches: (s, re) => `regexp_full_match(${s}, ${quoteRegex(re)})`,
  extract: (s, re) => `regexp_extract(${s}, ${quoteRegex(re)}, 1)`,
  contains: (s, c) => `(strpos(${s}, ${quoteText(c)}) > 0)`,
  trim: (s, chars) => `trim(${s}, ${quoteText(chars)})`,
  // DuckDB reads "1E999" as infinity; the caller rejects non-finite values.
  toDouble: (s) => `TRY_CAST(${s} AS DOUBLE)`,
  dayNumber: (y, m, d) => `(make_date(${y}, ${m}, ${d}) - DATE '1970-01-01')`,
  intDiv: (a, b) => `(${a} // ${b})`,
  truncate: (x) => `trunc(${x})`,
  roundHalfAway: (x) => `round(${x})`,
  tryIsoDay: (s) => `(TRY_CAST(substr(${s}, 1, 10) AS DATE) - DATE '1970-01-01')`,
};

const POSTGRES: Dialect = {
  id: "postgres",
  utcSession: "SET TIME ZONE 'UTC'",
  text: "text",
  integer: "integer",
  bigint: "bigint",
  double: "double precision",
  // Bare identifiers fold to lower case in PostgreSQL: anything else keeps its quotes.
  // PostgreSQL inlines a CTE used once, then re-reads every cell at each use of its columns.
  materialized: "MATERIALIZED ",
  literal: quoteText,
  ident: (n) => (bareLower(n) ? n : doubleQuoted(n)),
  alias: doubleQuoted,
  matches: (s, re) => `(${s} ~ ${quoteRegex(re)})`,
  extract: (s, re) => `substring(${s} FROM ${quoteRegex(re)})`,
  contains: (s, c) => `(strpos(${s}, ${quoteText(c)}) > 0)`,
  trim: (s, chars) => `btrim(${s}, ${quoteText(chars)})`,
  // A cast of "1E999" to double precision raises an error; numeric holds it, so check there.
  toDouble: (s) =>
    `(CASE WHEN abs(CAST(${s} AS numeric)) <= 1.7976931348623157e308 THEN CAST(${s} AS double precision) END)`,
  dayNumber: (y, m, d) => `(make_date(${y}, ${m}, ${d}) - DATE '1970-01-01')`,
  intDiv: (a, b) => `(${a} / ${b})`,
  truncate: (x) => `trunc(${x})`,
  // round() of a double rounds halves to even; round() of a numeric away from zero.
  roundHalfAway: (x) => `round(CAST(${x} AS numeric))`,
  // No tryIsoDay: a cast to date raises on "2024-02-30" (pg_input_is_valid needs PostgreSQL 16).
};

const BIGQUERY: Dialect = {
  id: "bigquery",
  utcSession: "SET @@time_zone = 'UTC'",
  text: "STRING",
  integer: "INT64",
  bigint: "INT64",
  double: "FLOAT64",
  materialized: "",
  literal: backslashText,
  ident: (n) => (bareAny(n) ? n : backQuoted(n)),
  alias: backQuoted,
  matches: (s, re) => `REGEXP_CONTAINS(${s}, ${backslashText(re)})`,
  extract: (s, re) => `REGEXP_EXTRACT(${s}, ${backslashText(re)})`,
  contains: (s, c) => `(STRPOS(${s}, ${backslashText(c)}) > 0)`,
  trim: (s, chars) => `TRIM(${s}, ${backslashText(chars)})`,
  toDouble: (s) => `SAFE_CAST(${s} AS FLOAT64)`,
  dayNumber: (y, m, d) => `UNIX_DATE(DATE(${y}, ${m}, ${d}))`,
  intDiv: (a, b) => `DIV(${a}, ${b})`,
  truncate: (x) => `TRUNC(${x})`,
  roundHalfAway: (x) => `ROUND(${x})`,
  tryIsoDay: (s) => `UNIX_DATE(SAFE_CAST(SUBSTR(${s}, 1, 10) AS DATE))`,
};

const SNOWFLAKE: Dialect = {
  id: "snowflake",
  utcSession: "ALTER SESSION SET TIMEZONE = 'UTC'",
  text: "VARCHAR",
  integer: "INTEGER",
  bigint: "BIGINT",
  double: "DOUBLE",
  // Bare identifiers fold to upper case, as the table's own columns usually were.
  materialized: "",
  literal: quoteText,
  ident: (n) => (bareAny(n) ? n : doubleQuoted(n)),
  alias: doubleQuoted,
  matches: (s, re) => `REGEXP_LIKE(${s}, ${quoteRegex(re)})`,
  extract: (s, re) => `REGEXP_SUBSTR(${s}, ${quoteRegex(re)}, 1, 1, 'e', 1)`,
  contains: (s, c) => `CONTAINS(${s}, ${quoteText(c)})`,
  trim: (s, chars) => `TRIM(${s}, ${quoteText(chars)})`,
  toDouble: (s) => `TRY_TO_DOUBLE(${s})`,
  dayNumber: (y, m, d) => `DATEDIFF(day, DATE '1970-01-01', DATE_FROM_PARTS(${y}, ${m}, ${d}))`,
  intDiv: (a, b) => `FLOOR(${a} / ${b})`,
  truncate: (x) => `TRUNC(${x})`,
  roundHalfAway: (x) => `ROUND(${x})`,
  tryIsoDay: (s) =>
    `DATEDIFF(day, DATE '1970-01-01', TRY_TO_DATE(SUBSTR(${s}, 1, 10), 'YYYY-MM-DD'))`,
};

const SPARK: Dialect = {
  id: "spark",
  utcSession: "SET spark.sql.session.timeZone = UTC",
  text: "STRING",
  integer: "INT",
  bigint: "BIGINT",
  double: "DOUBLE",
  materialized: "",
  literal: backslashText,
  ident: (n) => (bareAny(n) ? n : backQuoted(n)),
  alias: backQuoted,
  matches: (s, re) => `(${s} RLIKE ${backslashText(re)})`,
  extract: (s, re) => `regexp_extract(${s}, ${backslashText(re)}, 1)`,
  contains: (s, c) => `(instr(${s}, ${backslashText(c)}) > 0)`,
  trim: (s, chars) => `btrim(${s}, ${backslashText(chars)})`,
  toDouble: (s) => `CAST(${s} AS DOUBLE)`,
  dayNumber: (y, m, d) => `datediff(make_date(${y}, ${m}, ${d}), DATE '1970-01-01')`,
  intDiv: (a, b) => `(${a} DIV ${b})`,
  // No numeric trunc (trunc is for dates): a cast to BIGINT cuts toward zero.
  truncate: (x) => `CAST(${x} AS BIGINT)`,
  roundHalfAway: (x) => `round(${x})`,
  // No tryIsoDay: to_date raises under ANSI mode (Spark 4's default), and try_cast is recent.
};

export const DIALECT: Record<DialectId, Dialect> = {
  duckdb: DUCKDB,
  postgres: POSTGRES,
  bigquery: BIGQUERY,
  snowflake: SNOWFLAKE,
  spark: SPARK,
};
