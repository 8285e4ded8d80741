import {
  detectShape,
  toSummaryMapping,
  toTransactionsMapping,
} from "../../../src/core/columns/detectShape";

describe("detectShape", () => {
  it("is transactions with a date column, whatever else is there", () => {
    expect(detectShape({ customer: 0, date: 1, amount: 2 })).toBe("transactions");
    expect(detectShape({ customer: 0, date: 1, frequency: 2, monetary: 3 })).toBe("transactions");
  });

  it.each(["frequency", "recencyDays", "lastPurchaseDate", "monetary"] as const)(
    "is summary with %s and no date",
    (role) => {
      expect(detectShape({ customer: 0, [role]: 1 })).toBe("summary");
    }
  );

  it("is transactions when nothing per-customer is mapped", () => {
    expect(detectShape({})).toBe("transactions");
    expect(detectShape({ customer: 0, amount: 1, firstPurchaseDate: 2, annualSpend: 3 })).toBe(
      "transactions"
    );
  });
});

describe("toSummaryMapping", () => {
  it("reads an amount as M and a date as the last purchase date", () => {
    expect(toSummaryMapping({ customer: 0, amount: 1, date: 2, frequency: 3 })).toEqual({
      customer: 0,
      monetary: 1,
      lastPurchaseDate: 2,
      frequency: 3,
    });
  });

  it("leaves amount and date alone when M and the last date are already mapped", () => {
    const m = { customer: 0, amount: 1, monetary: 2, date: 3, lastPurchaseDate: 4 };
    expect(toSummaryMapping(m)).toEqual(m);
  });

  it("does not change its argument", () => {
    const m = { customer: 0, amount: 1 };
    toSummaryMapping(m);
    expect(m).toEqual({ customer: 0, amount: 1 });
  });
});

describe("toTransactionsMapping", () => {
  it("reads a total-spend column as the order amount when there is no amount", () => {
    expect(toTransactionsMapping({ customer: 0, date: 1, monetary: 2 })).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
    });
  });

  it("keeps both when there is an amount", () => {
    expect(toTransactionsMapping({ amount: 1, monetary: 2 })).toEqual({ amount: 1, monetary: 2 });
  });
});
