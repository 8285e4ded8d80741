import { columnOverrides } from "../../src/cli/columnFlags";
import type { SheetInput } from "../../src/core/types";

const input: SheetInput = {
  values: [
    ["会员ID", "2", "金额"],
    ["A", "5", "10"],
  ],
};

describe("columnOverrides", () => {
  it("turns 1-based column numbers into 0-based indices", () => {
    expect(columnOverrides({ customer: "1", amount: "3" }, input)).toEqual({
      customer: 0,
      amount: 2,
    });
  });

  it("counts numbers from the sheet's column A when the block starts further right", () => {
    const shifted: SheetInput = { ...input, firstColumnIndex: 2 };
    expect(columnOverrides({ customer: "3", date: "5" }, shifted)).toEqual({
      customer: 0,
      date: 2,
    });
    expect(() => columnOverrides({ customer: "2" }, shifted)).toThrow(
      expect.objectContaining({
        code: "flag.columnOutside",
        params: { flag: "--customer", value: "2", columns: 3 },
      })
    );
  });

  it("leaves header texts and letters to the core, trimmed", () => {
    expect(
      columnOverrides({ customer: " 会员ID ", date: "b", orderId: "Order No" }, input)
    ).toEqual({
      customer: "会员ID",
      date: "b",
      orderId: "Order No",
    });
  });

  it("reads digits as a column number even where a cell holds the same digits", () => {
    expect(columnOverrides({ date: "2" }, input)).toEqual({ date: 1 });
  });

  it("names a column number outside the data", () => {
    expect(() => columnOverrides({ profit: "4" }, input)).toThrow(
      expect.objectContaining({
        code: "flag.columnOutside",
        params: { flag: "--profit", value: "4", columns: 3 },
      })
    );
  });
});
