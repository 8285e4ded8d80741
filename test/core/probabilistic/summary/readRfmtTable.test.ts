import { InputError } from "../../../../src/core/errors";
import { findRfmtHeader, readRfmtTable } from "../../../../src/core/probabilistic/summary";
import type { CellValue } from "../../../../src/core/types";
import { readPublicCsv } from "../../../../data/publicData";

const OPTS = { unit: "weeks" as const, decimalComma: false };

describe("readRfmtTable", () => {
  it("reads the published CDNOW summary (ID, x, t_x, T, zbar) as it is", () => {
    const values = readPublicCsv("lifetimes/cdnow_customers_summary_with_transactions.csv");
    const t = readRfmtTable({ values }, OPTS);
    expect(t.summary.n).toBe(2357);
    expect(t.summary.unit).toBe("weeks");
    expect(t.hasMonetary).toBe(true);
    expect(t.ids[0]).toBe("1");
    // Row 2 of the file: 1,2,30.43,38.86,22.35
    expect([t.summary.frequency[0], t.summary.recency[0], t.summary.T[0]]).toEqual([
      2, 30.43, 38.86,
    ]);
    expect(t.summary.monetary[0]).toBe(22.35);
    expect(t.firstRow[0]).toBe(2);
    expect(t.counts).toEqual({ input: 2357, used: 2357, rejected: 0, blank: 0, duplicates: 0 });
  });

  it("reads lifetimes' own column names and a pandas index without a header", () => {
    const values: CellValue[][] = [
      ["", "frequency", "recency", "T", "monetary_value"],
      ["a", 2, 10, 20, 15.5],
      ["b", 0, 0, 7, 0],
    ];
    const t = readRfmtTable({ values }, { unit: "days", decimalComma: false });
    expect(t.ids).toEqual(["a", "b"]);
    expect(t.columns).toEqual({ customer: 0, frequency: 1, recency: 2, T: 3, monetary: 4 });
  });

  it("reads Chinese headers", () => {
    const values: CellValue[][] = [
      ["客户编号", "复购次数", "首末购买间隔", "客户年龄", "平均消费金额"],
      ["甲", "3", "12.5", "30", "¥88.00"],
    ];
    const t = readRfmtTable({ values }, OPTS);
    expect(t.ids).toEqual(["甲"]);
    expect(t.summary.monetary[0]).toBe(88);
    expect(t.summary.recency[0]).toBe(12.5);
  });

  it("works without a monetary column (purchases and P(alive) only)", () => {
    const values = readPublicCsv("lifetimes/cdnow_customers_summary.csv");
    const t = readRfmtTable({ values }, OPTS);
    expect(t.hasMonetary).toBe(false);
    expect(t.summary.n).toBe(2357);
    expect(Number.isNaN(t.summary.monetary[0])).toBe(true);
  });

  it("rejects rows that cannot be a summary, each with its reason", () => {
    const values: CellValue[][] = [
      ["customer", "frequency", "recency", "T", "monetary"],
      ["ok", 1, 3, 5, 10],
      ["neg", -1, 0, 5, 0],
      ["frac", 1.5, 1, 5, 10],
      ["late", 2, 9, 5, 10],
      ["norepeat", 0, 2, 5, 0],
      ["badT", 1, 1, "soon", 10],
      ["negM", 1, 1, 5, -4],
      [null, null, null, null, null],
      ["ok", 1, 1, 5, 10],
      ["", 1, 1, 5, 10],
      ["blankM", 0, 0, 5, null],
    ];
    const t = readRfmtTable({ values }, OPTS);
    expect(t.ids).toEqual(["ok", "blankM"]);
    expect(t.summary.monetary[1]).toBe(0);
    expect(t.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, "B", "negativeFrequency"],
      [4, "B", "badNumber"],
      [5, "C", "recencyAfterT"],
      [6, "C", "recencyWithoutRepeat"],
      [7, "D", "badNumber"],
      [8, "E", "negativeValue"],
      [10, "A", "duplicateCustomer"],
      [11, "A", "missingCustomer"],
    ]);
    expect(t.counts).toEqual({ input: 11, used: 2, rejected: 8, blank: 1, duplicates: 0 });
  });

  it("says which columns it needs when the header does not name them", () => {
    const values: CellValue[][] = [
      ["Customer", "Order date", "Amount"],
      ["a", "2024-01-01", 3],
    ];
    expect(findRfmtHeader(values)).toBeNull();
    const read = () => readRfmtTable({ values }, OPTS);
    expect(read).toThrow(InputError);
    expect(read).toThrow(
      expect.objectContaining({
        problem: "missingColumn",
        params: { roles: "frequency, recency, T", headers: "Customer, Order date, Amount" },
      })
    );
  });

  it("does not read an RFM table (recency in days since the last purchase) as this one", () => {
    // No T column: an RFM summary must not be mistaken for a BG/NBD summary.
    const values: CellValue[][] = [
      ["customer", "frequency", "recency", "monetary"],
      ["a", 3, 10, 100],
    ];
    expect(findRfmtHeader(values)).toBeNull();
  });

  it("stops with noUsableRows or noRows", () => {
    const header = ["id", "x", "t_x", "T"];
    const bad = () => readRfmtTable({ values: [header, ["a", -1, 0, 1]] }, OPTS);
    expect(bad).toThrow(expect.objectContaining({ problem: "noUsableRows" }));
    const none = () => readRfmtTable({ values: [header] }, OPTS);
    expect(none).toThrow(expect.objectContaining({ problem: "noRows" }));
  });
});
