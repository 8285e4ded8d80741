// The cell rules as SQL (run by DuckDB) and the core's cell readers agree on random cell texts:
// the same amount or day, or the same rejection reason (method.md section 1).
import type { DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import {
  AMBIGUOUS_DATE,
  excelError,
  isBlank,
  parseAmount,
  readDate,
} from "../../../src/core/cells";
import type { DateOrder } from "../../../src/core/options";
import { CellRules, DIALECT, EXCEL_ERRORS } from "../../../src/core/sql";
import { duckdbConnection } from "./duckdbTables";

jest.setTimeout(120_000);

interface Read {
  value: number | null;
  reason: string | null;
}

const pick = (s: string) => fc.constantFrom(...s.split(""));
const digits = fc.string({ unit: pick("0123456789"), minLength: 1, maxLength: 5 });
const space = fc.constantFrom("", " ", "  ", "\u00a0", "\u202f", "\u3000", "\t", "\r\n");

/** Money as people type it: signs, parentheses, currency before or after, separators, percent. */
const money = fc
  .tuple(
    fc.constantFrom("", "-", "+", "(", "−", "－", "(-", "-("),
    fc.constantFrom(
      "",
      "",
      "",
      "",
      "¥",
      "$",
      "￥",
      "€",
      "元",
      "USD ",
      "usd",
      "US$",
      "HK$ ",
      "人民币",
      "RMB "
    ),
    space,
    fc.array(digits, { minLength: 1, maxLength: 3 }),
    fc.constantFrom(",", ".", " ", "\u00a0", "", "，"),
    fc.constantFrom("", ".5", ".50", ",5", ",50", ".", ",", "e3", "E-2", "．５"),
    space,
    fc.constantFrom("", ")", "%", "元", "€", " EUR", "US$", "%)", ")%", ") 元", "$")
  )
  .map(
    ([sign, cur, s1, groups, sep, dec, s2, right]) =>
      `${sign}${cur}${s1}${groups.join(sep)}${dec}${s2}${right}`
  );

/** Dates in the forms the readers know, some of them not real days or not quite the form. */
const date = fc
  .tuple(
    fc.integer({ min: 1890, max: 10001 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.constantFrom("-", "/", ".", "年", "", "-/"),
    fc.constantFrom(
      "",
      " 10:30",
      "T08:00:00Z",
      " 9:05:07.25 PM",
      "T10:30+08:00",
      "x",
      "  23:59:59",
      " 10:30:00.125",
      "T23:59:59"
    ),
    fc.boolean(),
    fc.boolean()
  )
  .map(([y, m, d, sep, time, dayFirst, padded]) => {
    const p2 = (n: number) => String(n).padStart(padded ? 2 : 1, "0");
    if (sep === "年") return `${y}年${p2(m)}月${p2(d)}日${time}`;
    if (sep === "") return `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`;
    if (sep === "-/") return `${y}-${p2(m)}/${p2(d)}`;
    return dayFirst
      ? `${p2(d)}${sep}${p2(m)}${sep}${y}${time}`
      : `${y}${sep}${p2(m)}${sep}${p2(d)}${time}`;
  });

const noise = fc.string({
  unit: pick("0123456789.,-+()$¥% 年月日:/TZ#N/A元e\u00a0"),
  maxLength: 14,
});
const cell = fc.oneof(
  { arbitrary: money, weight: 3 },
  { arbitrary: date, weight: 2 },
  { arbitrary: noise, weight: 1 },
  { arbitrary: fc.constantFrom("", "   ", ...EXCEL_ERRORS, " #n/a ", "#NAME?x"), weight: 1 }
);

function coreAmount(text: string, decimalComma: boolean): Read {
  const x = parseAmount(text, decimalComma);
  if (!Number.isNaN(x)) return { value: x, reason: null };
  if (excelError(text) !== null) return { value: null, reason: "errorValue" };
  return { value: null, reason: isBlank(text) ? "missingAmount" : "badAmount" };
}

function coreDay(text: string, order: DateOrder): Read {
  const day = readDate(text, { system: 1900, order });
  if (day === AMBIGUOUS_DATE) return { value: null, reason: "ambiguousDate" };
  if (!Number.isNaN(day)) return { value: day, reason: null };
  if (excelError(text) !== null) return { value: null, reason: "errorValue" };
  return { value: null, reason: isBlank(text) ? "missingDate" : "badDate" };
}

/** The SQL rules over a table of texts, with the reasons in the order the core checks them. */
function cellsQuery(decimalComma: boolean, order: DateOrder): string {
  const r = new CellRules(DIALECT.duckdb, { decimalComma, order });
  const t = r.trimmed("text");
  const [left, body, right] = r.moneyParts("narrow_text");
  const [y, first, second] = r.dateParts("narrow_text", "form");
  const amount = r.amount("narrow_text", "amount_left", "amount_body", "amount_right");
  const day = r.day("form", "y", "first", "second");
  const ambiguous = r.ambiguous("form", "y", "first", "second");
  return `
WITH a AS (SELECT i, text, ${t} AS trimmed, ${r.narrow(t)} AS narrow_text FROM cells),
b AS (SELECT *, ${left} AS amount_left, ${body} AS amount_body, ${right} AS amount_right,
             ${r.dateForm("narrow_text")} AS form FROM a),
c AS (SELECT *, ${y} AS y, ${first} AS first, ${second} AS second FROM b),
d AS (SELECT *, ${amount} AS amount, ${day} AS day, ${ambiguous} AS ambiguous,
             ${r.isoDate("text")} AS iso, ${r.quickDay("text")} AS quick_day,
             ${r.plain("text")} AS plain, ${r.quickAmount("text")} AS quick_amount FROM c)
SELECT i, coalesce(iso, FALSE) AS iso, quick_day, coalesce(plain, FALSE) AS plain,
  CASE WHEN isfinite(quick_amount) THEN quick_amount END AS quick_amount,
  CASE WHEN isfinite(amount) THEN amount END AS amount,
  CASE WHEN isfinite(amount) THEN NULL WHEN ${r.error("trimmed")} THEN 'errorValue'
       WHEN ${r.blank("trimmed")} THEN 'missingAmount' ELSE 'badAmount' END AS amount_reason,
  day,
  CASE WHEN coalesce(ambiguous, FALSE) THEN 'ambiguousDate' WHEN day IS NOT NULL THEN NULL
       WHEN ${r.error("trimmed")} THEN 'errorValue'
       WHEN ${r.blank("trimmed")} THEN 'missingDate' ELSE 'badDate' END AS date_reason
FROM d ORDER BY i`;
}

let db: DuckDBConnection;
beforeAll(async () => {
  db = await duckdbConnection();
});
afterAll(() => db.closeSync());

async function sqlReads(texts: string[], decimalComma: boolean, order: DateOrder) {
  await db.run("CREATE OR REPLACE TABLE cells (i INTEGER, text VARCHAR)");
  const appender = await db.createAppender("cells");
  texts.forEach((t, i) => {
    appender.appendInteger(i);
    appender.appendVarchar(t);
    appender.endRow();
  });
  appender.closeSync();
  const rows = (await db.runAndReadAll(cellsQuery(decimalComma, order))).getRowObjectsJS();
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((row) => ({
    amount: { value: n(row.amount), reason: (row.amount_reason as string | null) ?? null },
    day: { value: n(row.day), reason: (row.date_reason as string | null) ?? null },
    // The fast path, read from the untrimmed text where its pattern holds.
    quickDay: row.iso === true ? { value: n(row.quick_day) } : null,
    quickAmount: row.plain === true ? { value: n(row.quick_amount) } : null,
  }));
}

const same = (a: Read, b: Read): boolean =>
  a.reason === b.reason && (a.value === b.value || (a.value !== null && a.value === b.value));

test.each([
  [false, "ymd"],
  [true, "dmy"],
  [false, "mdy"],
] as [boolean, DateOrder][])(
  "decimal comma %s, date order %s: same value or same reason",
  async (decimalComma, order) => {
    const read = { amounts: 0, days: 0, cells: 0, quickDays: 0, quickAmounts: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 200, maxLength: 400 }), async (texts) => {
        const sql = await sqlReads(texts, decimalComma, order);
        texts.forEach((text, i) => {
          const amount = coreAmount(text, decimalComma);
          const day = coreDay(text, order);
          read.cells++;
          if (amount.value !== null) read.amounts++;
          if (day.value !== null) read.days++;
          if (!same(sql[i].amount, amount))
            throw new Error(
              `amount of ${JSON.stringify(text)}: sql ${JSON.stringify(sql[i].amount)}, core ${JSON.stringify(amount)}`
            );
          if (!same(sql[i].day, day))
            throw new Error(
              `date of ${JSON.stringify(text)}: sql ${JSON.stringify(sql[i].day)}, core ${JSON.stringify(day)}`
            );
          // Where the fast path applies, it reads what the rules read, a day or none.
          const { quickDay, quickAmount } = sql[i];
          if (quickDay && quickDay.value !== day.value)
            throw new Error(
              `quick date of ${JSON.stringify(text)}: ${quickDay.value}, core ${day.value}`
            );
          if (quickAmount && quickAmount.value !== amount.value)
            throw new Error(
              `quick amount of ${JSON.stringify(text)}: ${quickAmount.value}, core ${amount.value}`
            );
          if (quickDay) read.quickDays++;
          if (quickAmount) read.quickAmounts++;
        });
      }),
      { numRuns: 30 }
    );
    // The random texts did reach both readings, the fast one included.
    expect(Math.min(read.amounts, read.days, read.quickDays, read.quickAmounts)).toBeGreaterThan(0);
  }
);
