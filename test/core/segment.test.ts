// segment() end to end on a small hand-checked table with Chinese headers: returns, order lines,
// same-day orders, times of day, a customer with only returns, broken rows and a duplicate.
import { InputError, OptionError } from "../../src/core/errors";
import { rejectedMessage } from "../../src/core/i18n";
import { customerRecords } from "../../src/core/records";
import { segment } from "../../src/core/segment";
import type { CellValue } from "../../src/core/types";

const rows: CellValue[][] = [
  ["客户名称", "订单日期", "金额", "订单号"],
  ["张三", "2024-01-05", "¥1,200.00", "O1"],
  ["张三", "2024-01-05 15:30", 300, "O2"],
  ["张三", "2024年3月1日", "(100.00)", "R1"],
  ["李四", "2024/2/10", 500, "O3"],
  ["李四", "2024/2/10", 200, "O3"],
  ["王五", 45300, 80, "O4"],
  ["赵六", "2024-02-01", -50, "R2"],
  [null, "", null, undefined],
  ["钱七", "not a date", 100, "O5"],
  ["", "2024-02-01", 100, "O6"],
  ["孙八", "2024-02-01", "#N/A", "O7"],
  ["李四", "2024/2/10", 500, "O3"],
];

const byId = (res: ReturnType<typeof segment>, id: string) => res.customers.ids.indexOf(id);

describe("segment() on transactions", () => {
  const res = segment({ values: rows });

  it("detects the shape, the columns and the as-of date (the day after the latest date)", () => {
    expect(res.shape).toBe("transactions");
    expect(res.mapping).toMatchObject({ customer: 0, date: 1, amount: 2, orderId: 3 });
    expect(res.asOf).toBe("2024-03-02");
  });

  it("accounts for every row: used + rejected + blank = input", () => {
    expect(res.counts).toEqual({ input: 12, used: 8, rejected: 3, blank: 1, duplicates: 1 });
    expect(res.duplicates).toEqual([{ row: 13, firstRow: 5, removed: false }]);
  });

  it("reports each rejected row with its sheet row, column and reason", () => {
    expect(res.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
      [10, "B", "badDate"],
      [11, "A", "missingCustomer"],
      [12, "C", "errorValue"],
    ]);
    expect(rejectedMessage(res.rejected[0], "en-US")).toBe(
      'Row 10, column B (订单日期): cannot read "not a date" as a date'
    );
    expect(rejectedMessage(res.rejected[2], "zh-CN")).toBe(
      "第 12 行，C 列（金额）：单元格为错误值 #N/A"
    );
  });

  it("counts orders, not lines, and lets returns reduce M without being purchases", () => {
    const c = res.customers;
    const z = byId(res, "张三");
    expect([c.frequency[z], c.monetary[z], c.recencyDays[z]]).toEqual([2, 1400, 57]);
    const l = byId(res, "李四");
    expect([c.frequency[l], c.monetary[l], c.recencyDays[l]]).toEqual([1, 1200, 21]);
    const w = byId(res, "王五");
    expect([c.frequency[w], c.monetary[w], c.recencyDays[w]]).toEqual([1, 80, 53]);
  });

  it("gives a customer with only returns no scores and no segment", () => {
    const k = byId(res, "赵六");
    expect(res.customers.hasPurchase[k]).toBe(0);
    expect([res.scores.r[k], res.scores.f[k], res.scores.m[k], res.segment[k]]).toEqual([
      0, 0, 0, -1,
    ]);
    const record = customerRecords(res, "en-US")[k];
    expect(record).toMatchObject({
      r: null,
      f: null,
      m: null,
      rfmCode: null,
      segment: null,
      abc: "C",
      stage: "Potential",
    });
  });

  it("scores by the quantile formula with ties sharing a score", () => {
    const score = (id: string) => {
      const k = byId(res, id);
      return [res.scores.r[k], res.scores.f[k], res.scores.m[k]];
    };
    expect(score("张三")).toEqual([1, 4, 4]);
    expect(score("李四")).toEqual([4, 1, 2]);
    expect(score("王五")).toEqual([2, 1, 1]);
  });

  it("classifies ABC by value share, the customer crossing 80% staying A", () => {
    const cls = ["张三", "李四", "王五", "赵六"].map((id) => res.abc.cls[byId(res, id)]);
    expect(cls).toEqual([0, 0, 2, 2]);
  });

  it("computes a revenue CLV without margin, and a profit CLV with one", () => {
    const z = byId(res, "张三");
    expect(res.clvKind).toBe("revenue");
    // 57 days of history: annualised over the one-year minimum, so 1,400 a year.
    expect(res.clv[z]).toBeCloseTo(1400 * 3, 6);
    const withMargin = segment({ values: rows }, { clv: { margin: 0.25, lifespanYears: 2 } });
    expect(withMargin.clvKind).toBe("profit");
    expect(withMargin.clv[z]).toBeCloseTo(1400 * 2 * 0.25, 6);
    const shortTenure = segment({ values: rows }, { clv: { minTenureDays: 30 } });
    expect(shortTenure.clv[z]).toBeCloseTo((1400 / (57 / 365)) * 3, 6);
  });

  it("removes exact duplicates only when asked, and says so", () => {
    const dedup = segment({ values: rows }, { removeDuplicates: true });
    expect(dedup.counts).toEqual({ input: 12, used: 7, rejected: 4, blank: 1, duplicates: 1 });
    expect(dedup.rejected.find((r) => r.reason === "duplicateRow")).toMatchObject({
      row: 13,
      column: null,
    });
    expect(dedup.customers.monetary[byId(dedup, "李四")]).toBe(700);
  });

  it("rejects rows after a given as-of date and measures recency from it", () => {
    const early = segment({ values: rows }, { asOf: "2024-02-20" });
    expect(early.rejected.filter((r) => r.reason === "dateAfterAsOf").map((r) => r.row)).toEqual([
      4,
    ]);
    expect(early.customers.recencyDays[byId(early, "李四")]).toBe(10);
    expect(early.counts.used + early.counts.rejected + early.counts.blank).toBe(early.counts.input);
  });

  it("maps each used row back to its customer", () => {
    expect(res.rowCustomer[1]).toBe(byId(res, "张三"));
    expect(res.rowCustomer[9]).toBe(-1);
    expect(res.rowCustomer[0]).toBe(-1);
  });

  it("is deterministic", () => {
    const again = segment({ values: rows });
    expect(customerRecords(again, "zh-CN")).toEqual(customerRecords(res, "zh-CN"));
  });
});

describe("segment() refuses bad options and unusable input", () => {
  const input = { values: rows };
  it.each([
    [{ abc: { mode: "bogus" } }, "badEnum", "abc.mode"],
    [{ colour: "red" }, "unknownOption", "colour"],
    [{ asOf: "2024-13-01" }, "badDate", "asOf"],
    [{ clv: { margin: 2 } }, "outOfRange", "clv.margin"],
    [{ abc: { valueCuts: [0.95, 0.8] } }, "badOrder", "abc.valueCuts"],
    [
      { rfm: { fixed: { recency: [{ score: 7, op: "<=", value: 30 }] } } },
      "badThresholds",
      "rfm.fixed.recency",
    ],
  ])("%j is a %s error at %s", (options, problem, path) => {
    let thrown: unknown;
    try {
      segment(input, options as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(OptionError);
    expect(thrown).toMatchObject({ problem, path: expect.stringContaining(path) });
  });

  it("says which column is missing", () => {
    expect(() =>
      segment({
        values: [
          ["客户", "备注"],
          ["a", "x"],
        ],
      })
    ).toThrow(InputError);
  });

  it("stops when cancelled", () => {
    expect(() => segment(input, {}, { signal: { aborted: true } })).toThrow("cancelled");
  });

  it("reports progress up to the end", () => {
    const seen: number[] = [];
    segment(input, {}, { onProgress: (p) => seen.push(p.fraction) });
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
