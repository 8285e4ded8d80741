// Amounts summed exactly in SQL, as src/core/aggregate/exactSum.ts sums them in the core: the
// whole part and the millionths of each amount (rounded half away from zero, as round() does)
// added as integers, so a sum does not depend on the order DuckDB's threads meet the rows.
// Measured on 1,048,575 rows, a plain SUM(DOUBLE) gave 1 customer in 5 another last bit than
// a sequential sum; SUM(x ORDER BY r) reproduced the sequential sum but cost 13 times a plain
// SUM's CPU.

/** The whole part of an amount (toward zero), as an integer: DuckDB widens its sums itself. */
export const wholeOf = (x: string): string => `CAST(trunc(${x}) AS BIGINT)`;

/**
 * The millionths of an amount's fraction. Summed as DOUBLE: each is at most 1e6, so every
 * partial sum is an integer below 2^53 up to 9e9 rows per customer and the double sum is exact
 * too; it saves a cast and a wide integer add per row (about a fifth of an exact sum's cost).
 */
export const millionthsOf = (x: string): string =>
  `round((${x} - trunc(${x})) * CAST(1e6 AS DOUBLE))`;

/** `name`_whole and `name`_millionths: the exact sum of a DOUBLE column, by parts. */
export function exactSum(x: string, name: string): string {
  return `CAST(sum(${wholeOf(x)}) AS DOUBLE) AS ${name}_whole, sum(${millionthsOf(x)}) AS ${name}_millionths`;
}
