// The tiers query run by PostgreSQL (a throwaway local cluster) agrees with segment() on every
// customer. Empty CSV cells load as '' (COPY's CSV format), as a CSV export hands them over.
import type { DeepPartial, SegmentOptions } from "../../../src/core/options";
import { tiersQuery } from "../../../src/core/sql";
import { PostgresCluster } from "./postgresCluster";
import { coreRecords, customerRow, differences, testTables } from "./sqlTables";

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

const pg = new PostgresCluster();
beforeAll(() => pg.start());
afterAll(() => pg.stop());

describe.each(testTables().map((t) => [t.name, t] as const))(
  "tiers query in PostgreSQL: %s",
  (_, table) => {
    beforeAll(() => pg.load("orders", table.rows));
    test.each(SETTINGS)("%s", (__, options) => {
      const sql = tiersQuery({
        dialect: "postgres",
        table: "orders",
        columns: table.columns,
        options,
      });
      const rows = pg.query(sql).map(customerRow);
      expect(rows.length).toBeGreaterThan(3);
      expect(differences(rows, coreRecords(table, options))).toEqual([]);
    });
  }
);
