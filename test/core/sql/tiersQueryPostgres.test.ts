// The tiers query run by PostgreSQL (a throwaway local cluster) agrees with segment() on every
// customer. Empty CSV cells load as '' (COPY's CSV format), as a CSV export hands them over.
import type { DeepPartial, SegmentOptions } from "../../../src/core/options";
import { tiersQuery } from "../../../src/core/sql";
import fc from "fast-check";
import { PostgresCluster } from "./postgresCluster";
import { expectCoreAnswer, randomSettings, randomTable } from "./randomTables";
import { coreRecords, customerRow, differences, testTables, type TestTable } from "./sqlTables";

jest.setTimeout(120_000);

const SETTINGS: [string, DeepPartial<SegmentOptions>][] = [
  ["defaults", {}],
  [
    "fixed thresholds, eight segments, zh-CN",
    { rfm: { scoring: "fixed" }, scheme: "eight", language: "zh-CN" },
  ],
  ["R rfm breaks, named segments", { rfm: { scoring: "rfm-r" }, scheme: "named" }],
  [
    "value tiers, ABC by customer share, margin",
    { scheme: "value-tiers", abc: { mode: "count" }, clv: { margin: 0.3 } },
  ],
  [
    "ABC by CLV, absolute, as-of date",
    { abc: { basis: "clv", mode: "absolute", absoluteCuts: [2000, 500] }, asOf: "2024-05-31" },
  ],
];

/** The query over the test table loaded as "orders". */
const ordersQuery = (table: TestTable, options: DeepPartial<SegmentOptions>): string =>
  tiersQuery({ dialect: "postgres", table: "orders", columns: table.columns, options });

const pg = new PostgresCluster();
beforeAll(() => pg.start());
afterAll(() => pg.stop());

describe.each(testTables().map((t) => [t.name, t] as const))(
  "tiers query in PostgreSQL: %s",
  (_, table) => {
    beforeAll(() => pg.load("orders", table.rows));
    test.each(SETTINGS)("%s", (__, options) => {
      const rows = pg.query(ordersQuery(table, options)).map(customerRow);
      expect(rows.length).toBeGreaterThan(3);
      expect(differences(rows, coreRecords(table, options))).toEqual([]);
    });
  }
);

// An instant (timestamptz) prints in the session's time zone: 23:30 UTC is the next day in
// Shanghai, and every recency moves by a day. The header's statement reads instants in UTC, as
// the CLI does (method.md section 1).
describe("tiers query in PostgreSQL over instants", () => {
  const table = testTables().find((t) => t.name === "R rfm package orders") as TestTable;
  const options = { asOf: "2024-05-31" };
  const { customer, date, amount } = table.columns;
  beforeAll(() => {
    pg.load("orders", table.rows);
    pg.query(
      `DROP TABLE IF EXISTS instants;
       CREATE TABLE instants AS SELECT "${customer}",
         CAST(CAST("${date}" AS date) || ' 23:30:00+00' AS timestamptz) AS "${date}",
         "${amount}" FROM orders;
       SELECT 1 AS ok;`
    );
  });
  const sql = tiersQuery({
    dialect: "postgres",
    table: "instants",
    columns: table.columns,
    options,
  });
  const utc = /first run: (.+);$/m.exec(sql)?.[1];

  test("in the session's time zone, a day late", () => {
    const rows = pg.query(`SET TIME ZONE 'Asia/Shanghai';\n${sql}`).map(customerRow);
    expect(differences(rows, coreRecords(table, options)).length).toBeGreaterThan(0);
  });

  test("after the header's statement, the core's days", () => {
    expect(utc).toBeDefined();
    const rows = pg.query(`SET TIME ZONE 'Asia/Shanghai';\n${utc};\n${sql}`).map(customerRow);
    expect(rows.length).toBeGreaterThan(3);
    expect(differences(rows, coreRecords(table, options))).toEqual([]);
  });
});

// PostgreSQL inlines a CTE used once; where its row estimates were small (CDNOW's few thousand
// rows) it nested the joins and computed an aggregate over all customers again for each
// customer (R rfm's breaks: 13 s for 2,357 customers). The plan, as run, must compute every
// aggregate, window and sort once.
describe("tiers query in PostgreSQL: every aggregate once", () => {
  const table = testTables().find((t) => t.name === "CDNOW sample (compact dates)") as TestTable;
  beforeAll(() => pg.load("orders", table.rows));
  test.each(SETTINGS)("%s", (__, options) => {
    const body = ordersQuery(table, options)
      .split("\n")
      .filter((l) => !l.startsWith("--"))
      .join("\n");
    const plan = pg.query(`EXPLAIN (ANALYZE, COSTS OFF) ${body}`).map((r) => Object.values(r)[0]);
    const repeated = plan.filter((l) =>
      /\b(Aggregate|WindowAgg|Sort|Hash)\b.*\bloops=(?!1\))\d+\)/.test(l ?? "")
    );
    expect(plan.length).toBeGreaterThan(20);
    expect(repeated).toEqual([]);
  });
});

// The random tables of the DuckDB property (randomTables.ts), fewer of them: each runs in psql.
test("tiers query in PostgreSQL = segment() on random tables and settings", () => {
  fc.assert(
    fc.property(randomTable, randomSettings, (t, options) => {
      pg.load("orders", t.rows);
      const rows = pg.query(ordersQuery(t, options)).map(customerRow);
      expectCoreAnswer(rows, t, options);
    }),
    {
      numRuns: Number(process.env.FUZZ_RUNS ?? 40),
      seed: Number(process.env.FUZZ_SEED ?? 20261207),
    }
  );
}, 1_200_000);
