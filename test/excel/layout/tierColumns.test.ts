import { segment } from "../../../src/core/segment";
import { customerRecord } from "../../../src/core/records";
import { safeText } from "../../../src/excel/layout/safeText";
import { tierColumnCount, tierHeaders, tierRows } from "../../../src/excel/layout/tierColumns";

const values = [
  ["客户名称", "订单日期", "金额"],
  ["张三", "2024-01-05", 100],
  ["李四", "2024-02-01", 50],
  ["", "", ""],
  ["张三", "2024-03-01", 300],
  ["王五", "not a date", 80],
  ["王五", "2024-03-02", 20],
];

describe("tier columns", () => {
  const result = segment({ values }, { language: "zh-CN" });

  it("puts the headers on the header row, in the display language", () => {
    const rows = tierRows(result, "zh-CN", 0, values.length);
    expect(rows[0]).toEqual(tierHeaders(result, "zh-CN"));
    expect(rows[0][0]).toBe("ABC 分类");
    expect(tierHeaders(result, "en-US")[0]).toBe("ABC");
  });

  it("gives each data row its customer's tiers and leaves blank and rejected rows empty", () => {
    const rows = tierRows(result, "zh-CN", 0, values.length);
    for (let i = 1; i < values.length; i++) {
      const k = result.rowCustomer[i];
      expect(rows[i]).toHaveLength(tierColumnCount(result));
      if (k < 0) {
        expect(rows[i].every((v) => v === "")).toBe(true);
        continue;
      }
      const rec = customerRecord(result, k, "zh-CN");
      expect(rows[i]).toEqual([
        rec.abc,
        rec.r,
        rec.f,
        rec.m,
        rec.rfmCode,
        rec.segment === null ? "" : safeText(rec.segment),
        rec.clv,
        rec.stage,
      ]);
    }
    expect(rows[3].every((v) => v === "")).toBe(true); // blank row
    expect(rows[5].every((v) => v === "")).toBe(true); // bad date: rejected
    expect(rows[1]).toEqual(rows[4]); // two orders of one customer
  });

  it("builds any slice the same as the whole", () => {
    const whole = tierRows(result, "en-US", 0, values.length);
    expect([
      ...tierRows(result, "en-US", 0, 3),
      ...tierRows(result, "en-US", 3, values.length),
    ]).toEqual(whole);
  });
});
