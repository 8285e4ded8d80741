import { normalizeHeader } from "../../../src/core/columns/normalizeHeader";

describe("normalizeHeader", () => {
  it.each([
    ["Customer ID", "customerid"],
    ["customer_id", "customerid"],
    ["  CUSTOMER-ID  ", "customerid"],
    ["Invoice.No", "invoiceno"],
    ["Date/Time", "datetime"],
    ["Back\\slash", "backslash"],
    ["ＯＲＤＥＲ　ＤＡＴＥ", "orderdate"],
    ["客户ＩＤ", "客户id"],
    ["金额（元）", "金额"],
    ["金额(元)", "金额"],
    ["Amount (USD)", "amount"],
    ["Weight [kg]", "weight"],
    ["【必填】客户", "客户"],
    ["日期：", "日期"],
    ["Date::", "date"],
    ["\ufeffcustomer_id", "customerid"],
    ["订单\u200b号", "订单号"],
    ["order—date", "orderdate"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });

  it("keeps the text of a header that is only a bracketed note", () => {
    expect(normalizeHeader("(ID)")).toBe("id");
    expect(normalizeHeader("（客户）")).toBe("客户");
  });

  it("keeps colons that are not trailing", () => {
    expect(normalizeHeader("a:b")).toBe("a:b");
  });
});
