// rowsQuery's quick trim (an ASCII test before the pattern) trims every cell text as JavaScript's
// trim() does, as the core's readers trim: white space of every kind at either end, ASCII or not;
// and a name cell, kept untrimmed in the rows table when it starts with text, is shown trimmed.
import type { DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { CellRules, DIALECT } from "../../../src/core";
import { openDuck } from "../../../src/cli/engine/duckRows";
import { nameCell, nameShown, quickTrimmed } from "../../../src/cli/engine/rowsQuery";

jest.setTimeout(60_000);

const rules = new CellRules(DIALECT.duckdb, { decimalComma: false, order: "ymd" });

/** What JavaScript's trim() removes: ASCII white space and line ends, Unicode's spaces, BOM. */
const SPACES = "\t\n\u000b\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** Texts from white space of every kind, control characters, ASCII, Chinese and a wide digit. */
const text = fc.string({
  unit: fc.constantFrom(
    ...SPACES,
    "\u0001",
    "\u007f",
    "\u200b",
    "#",
    "!",
    "~",
    "a",
    "Z",
    "9",
    "客",
    "１"
  ),
  maxLength: 6,
});

let duck: { c: DuckDBConnection; close: () => void };
beforeAll(async () => {
  duck = await openDuck();
});
afterAll(() => duck.close());

/** Each text through `expression` over the column text of `cells` (i, text), in order. */
async function bySql(
  texts: (string | null)[],
  expression: string,
  cells = "cells"
): Promise<unknown[][]> {
  await duck.c.run("CREATE OR REPLACE TEMP TABLE cells (i INTEGER, text VARCHAR)");
  const appender = await duck.c.createAppender("cells");
  texts.forEach((t, i) => {
    appender.appendInteger(i);
    if (t === null) appender.appendNull();
    else appender.appendVarchar(t);
    appender.endRow();
  });
  appender.closeSync();
  const sql = `SELECT ${expression} FROM ${cells} ORDER BY i`;
  return (await duck.c.runAndReadAll(sql)).getRows();
}

test("trims as JavaScript's trim(), NULL staying NULL", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: 50, maxLength: 200 }), async (texts) => {
      const all = [...texts, null, "", " a", "a\u000b", "\u3000客", "客\ufeff", "a b"];
      const trimmed = await bySql(all, quickTrimmed("text", rules));
      expect(trimmed.map((row) => row[0])).toEqual(all.map((t) => (t === null ? null : t.trim())));
    }),
    { numRuns: 40 }
  );
});

test("a name cell: blank as '', else shown as trim() leaves it", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: 50, maxLength: 200 }), async (texts) => {
      const all = [...texts, null, "", " 客", "客 ", "\u3000", "a\t"];
      // The rows table's name_text, then the name as it leaves DuckDB.
      const kept = `(SELECT i, ${nameCell("text", rules)} AS text FROM cells)`;
      const rows = await bySql(all, `text = '', ${nameShown("text")}`, kept);
      const trimmed = all.map((t) => (t ?? "").trim());
      expect(rows).toEqual(trimmed.map((t) => [t === "", t]));
    }),
    { numRuns: 40 }
  );
});
