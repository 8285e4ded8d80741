// BigQuery, Snowflake and Spark are not at hand: their queries are checked by node-sql-parser's
// grammar for each (Spark SQL by its Hive grammar, which Spark's derives from).
import { Parser } from "node-sql-parser";
import type { DeepPartial, SegmentOptions } from "../../../src/core/options";
import { DIALECTS, tiersQuery, type DialectId, type SqlColumns } from "../../../src/core/sql";

const GRAMMAR: [DialectId, string][] = [
  ["bigquery", "BigQuery"],
  ["snowflake", "Snowflake"],
  ["spark", "Hive"],
];

const SETTINGS: [string, DeepPartial<SegmentOptions>, SqlColumns][] = [
  ["defaults", {}, { customer: "customer_id", date: "order_date", amount: "revenue" }],
  [
    "R rfm breaks, named segments (a quote in a label), order id",
    { rfm: { scoring: "rfm-r" }, scheme: "named" },
    { customer: "客户", date: "Order Date", amount: "amount", orderId: "order_no" },
  ],
  [
    "fixed, eight segments in Chinese, profit, ABC by profit share of customers, as-of",
    {
      rfm: { scoring: "fixed" },
      scheme: "eight",
      language: "zh-CN",
      abc: { basis: "profit", mode: "count" },
      asOf: "2024-06-30",
      dates: { order: "dmy" },
      decimalComma: true,
    },
    { customer: "c", date: "d", amount: "a", profit: "p" },
  ],
];

const parser = new Parser();

describe.each(GRAMMAR)("%s", (dialect, database) => {
  test.each(SETTINGS)("%s parses as one SELECT", (_, options, columns) => {
    const sql = tiersQuery({ dialect, table: "sales.orders", columns, options });
    const ast = parser.astify(sql, { database });
    const statements = Array.isArray(ast) ? ast : [ast];
    expect(statements).toHaveLength(1);
    expect(statements[0].type).toBe("select");
  });

  test("the grammar does refuse a broken query", () => {
    const sql = tiersQuery({ dialect, table: "t", columns: SETTINGS[0][2] });
    expect(() =>
      parser.astify(sql.replace("GROUP BY customer", "GROUP customer"), { database })
    ).toThrow();
  });
});

// A text box, a clipboard or an editor turns a carriage return into a line feed, and a tab or a
// line break inside a literal hides what it holds: the query holds no control character but the
// line feeds between its lines, so that it reads the same wherever it is pasted (the pane shows
// it in a text box).
test.each(DIALECTS)("the %s query holds no control character inside a line", (dialect) => {
  const sql = tiersQuery({ dialect, table: "t", columns: SETTINGS[2][2], options: SETTINGS[2][1] });
  expect(sql).toContain("WITH");
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  expect(sql).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  // Every line break ends a line of SQL, never one inside a pattern's character class.
  expect(sql.split("\n").filter((l) => /\[\^?$/.test(l))).toEqual([]);
});
