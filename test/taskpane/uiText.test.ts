// The pane's words: every key in both languages, counts with separators and English plurals.
import { translator } from "../../src/taskpane/uiText";

describe("the pane's catalog", () => {
  test("counts read with thousands separators and the right English plural", () => {
    const en = translator("en-US");
    expect(en("sourceRows", { rows: 1, address: "Sheet1!A1:C2" })).toBe("1 row in Sheet1!A1:C2");
    expect(en("sourceRows", { rows: 6_034, address: "X!A1" })).toBe("6,034 rows in X!A1");
    expect(en("rowsAdded", { rows: 1 })).toMatch(/^1 row was added/);
    expect(translator("zh-CN")("sourceRows", { rows: 12_000, address: "订单!A1" })).toBe(
      "订单!A1 中的 12,000 行"
    );
  });

  test("zh-CN sentences use full-width punctuation", () => {
    const zh = translator("zh-CN");
    expect(zh("colon")).toBe("：");
    expect(zh("missingRoles", { roles: "日期" })).not.toMatch(/[,:;]/);
  });
});
