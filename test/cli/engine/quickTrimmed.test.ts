// rowsQuery's quick trim (an ASCII test before the pattern) trims every cell text as JavaScript's
// trim() does, as the core's readers trim: white space of every kind at either end, ASCII or not.
import type { DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { CellRules, DIALECT } from "../../../src/core";
import { openDuck } from "../../../src/cli/engine/duckRows";
import { quickTrimmed } from "../../../src/cli/engine/rowsQuery";

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

async function trimmedBySql(texts: (string | null)[]): Promise<(string | null)[]> {
  await duck.c.run("CREATE OR REPLACE TEMP TABLE cells (i INTEGER, text VARCHAR)");
  const appender = await duck.c.createAppender("cells");
  texts.forEach((t, i) => {
    appender.appendInteger(i);
    if (t === null) appender.appendNull();
    else appender.appendVarchar(t);
    appender.endRow();
  });
  appender.closeSync();
  const sql = `SELECT ${quickTrimmed("text", rules)} FROM cells ORDER BY i`;
  return (await duck.c.runAndReadAll(sql)).getRows().map((row) => row[0] as string | null);
}

test("trims as JavaScript's trim(), NULL staying NULL", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: 50, maxLength: 200 }), async (texts) => {
      const all = [...texts, null, "", " a", "a\u000b", "\u3000客", "客\ufeff", "a b"];
      expect(await trimmedBySql(all)).toEqual(all.map((t) => (t === null ? null : t.trim())));
    }),
    { numRuns: 40 }
  );
});
