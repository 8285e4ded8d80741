import {
  compareTiers,
  decodeHistory,
  encodeHistory,
  snapshotOf,
} from "../../../src/core/migration";
import { segment } from "../../../src/core/segment";
import type { CellValue } from "../../../src/core/types";
import { readPublicCsv } from "../../../data/publicData";

describe("snapshotOf", () => {
  const rows = readPublicCsv("rfm-r/rfm_data_orders.csv");
  const result = segment({ values: rows }, { language: "en-US", asOf: "2006-12-31" });

  it("keeps each customer's id, class, segment key, value, warning and stage", () => {
    const s = snapshotOf(result, "2007-01-02T10:00:00.000Z");
    expect(s.runAt).toBe("2007-01-02T10:00:00.000Z");
    expect(s.asOf).toBe(result.asOf);
    expect(s.schemeId).toBe(result.scheme.id);
    expect(s.schemeName).toEqual(result.scheme.name);
    expect(s.ids).toEqual(result.customers.ids);
    expect(s.segments.map((x) => x.key)).toEqual(result.scheme.segments.map((x) => x.id));
    for (const k of [0, 1, result.customers.n - 1]) {
      expect(s.abc[k]).toBe(result.abc.cls[k]);
      expect(s.segment[k]).toBe(result.segment[k]);
      expect(s.value[k]).toBe(result.abcValue[k]);
      expect(s.churn[k]).toBe(result.churnWarning[k]);
      expect(s.stage[k]).toBe(result.stage[k]);
    }
    expect(s.names).toBeNull();
  });

  it("owns its arrays: a later change to the result does not reach it", () => {
    const s = snapshotOf(result, "t");
    const before = s.abc[0];
    const copy = { ...result, abc: { ...result.abc, cls: result.abc.cls.slice() } };
    copy.abc.cls[0] = before === 0 ? 2 : 0;
    expect(snapshotOf(copy, "t").abc[0]).not.toBe(before);
    expect(s.abc[0]).toBe(before);
    expect(s.abc.buffer).not.toBe(result.abc.cls.buffer);
  });

  it("stamps the run time when none is given", () => {
    expect(Number.isNaN(Date.parse(snapshotOf(result).runAt))).toBe(false);
  });

  it("keeps names when the data has them, and drops an all-blank names column", () => {
    const withNames: CellValue[][] = [
      ["客户编号", "客户名称", "订单日期", "金额"],
      ["C1", "张三", "2024-01-05", 100],
      ["C2", "", "2024-02-05", 50],
    ];
    const named = snapshotOf(segment({ values: withNames }, {}), "t");
    expect(named.names).toEqual(["张三", null]);
    const blank = withNames.map((r, i) => (i === 0 ? r : [r[0], "", r[2], r[3]]));
    expect(snapshotOf(segment({ values: blank }, {}), "t").names).toBeNull();
  });
});

describe("a quarter later, on the R rfm package's orders", () => {
  // The second run sees every order, plus a new customer's, plus a large order for one C customer
  // (who must move up), minus every order of one A customer (who must be gone).
  const rows = readPublicCsv("rfm-r/rfm_data_orders.csv");
  const first = segment({ values: rows }, { asOf: "2006-12-31" });
  const c = first.abc.order[first.customers.n - 1];
  const a = first.abc.order[0];
  const riser = first.customers.ids[c];
  const leaver = first.customers.ids[a];
  const later: CellValue[][] = [
    ...rows.filter((r) => r[0] !== leaver),
    [riser, "2006-12-20", "100000"],
    ["Newcomer Zhang", "2006-12-21", "75"],
  ];
  const second = segment({ values: later }, { asOf: "2006-12-31" });
  const m = compareTiers(snapshotOf(first, "q1"), snapshotOf(second, "q2"));

  it("sees the riser move up to A, the leaver gone and the newcomer new", () => {
    expect(first.abc.cls[c]).toBe(2);
    expect(m.upgraded.map((x) => x.id)).toContain(riser);
    expect(m.upgraded.find((x) => x.id === riser)).toMatchObject({ from: "C", to: "A" });
    expect(m.goneCustomers.map((x) => x.id)).toEqual([leaver]);
    expect(m.newCustomers.map((x) => x.id)).toEqual(["Newcomer Zhang"]);
    expect(m.counts.new).toBe(1);
    expect(m.counts.gone).toBe(1);
    const kept = first.customers.n - 1;
    expect(m.counts.up + m.counts.down + m.counts.same).toBe(kept);
  });

  it("gives the same migration from the stored history as from the run itself", () => {
    const stored = decodeHistory(encodeHistory(snapshotOf(first, "q1")));
    if (!stored.ok) throw new Error(stored.error.code);
    expect(compareTiers(stored.snapshot, snapshotOf(second, "q2"))).toEqual(m);
  });
});
