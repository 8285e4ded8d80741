import { applyOverrides } from "../../../src/core/columns/applyOverrides";
import { OptionError } from "../../../src/core/errors";
import type { ColumnMapping, Role } from "../../../src/core/types";

const HEADERS = ["Customer_ID", "Order Date", "Amount", "Profit", "C", ""];
const DETECTED: ColumnMapping = { customer: 0, date: 1, amount: 2, profit: 3 };

function apply(overrides: Partial<Record<Role, number | string>>, firstColumn = 0): ColumnMapping {
  return applyOverrides(DETECTED, overrides, HEADERS, HEADERS.length, firstColumn);
}

function errorOf(fn: () => unknown): OptionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof OptionError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

describe("applyOverrides", () => {
  it("returns the detected mapping when nothing is overridden", () => {
    expect(apply({})).toEqual(DETECTED);
  });

  it("takes a 0-based column index", () => {
    expect(apply({ category: 5 })).toEqual({ ...DETECTED, category: 5 });
  });

  it("takes a header text, compared after normalizing", () => {
    expect(apply({ customer: "customer id" })).toEqual(DETECTED);
    expect(apply({ date: "ＯＲＤＥＲ_ＤＡＴＥ" })).toEqual(DETECTED);
  });

  it("moves the column away from the role that had it", () => {
    expect(apply({ amount: "Profit" })).toEqual({ customer: 0, date: 1, amount: 3 });
    expect(apply({ amount: 3, profit: 2 })).toEqual({ customer: 0, date: 1, amount: 3, profit: 2 });
  });

  it("takes a column letter when no header has that text", () => {
    expect(apply({ region: "F" })).toEqual({ ...DETECTED, region: 5 });
    expect(apply({ region: "f" })).toEqual({ ...DETECTED, region: 5 });
  });

  it("reads a header named like a letter as the header", () => {
    // Header "C" is column 4, while letter C would be column 2.
    expect(apply({ region: "C" })).toEqual({ ...DETECTED, region: 4 });
  });

  it("counts letters from sheet column A when the block starts further right", () => {
    // The block starts in sheet column B, so sheet column D is block column 2.
    expect(apply({ profit: "D" }, 1)).toEqual({ customer: 0, date: 1, profit: 2 });
    const e = errorOf(() => apply({ profit: "A" }, 1));
    expect(e.problem).toBe("columnOutOfRange");
  });

  it("unmaps a role with -1", () => {
    expect(apply({ profit: -1 })).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(apply({ region: -1 })).toEqual(DETECTED);
  });

  it("does not change the detected mapping object", () => {
    const before = { ...DETECTED };
    apply({ amount: 3 });
    expect(DETECTED).toEqual(before);
  });

  it("rejects a header that does not exist", () => {
    const e = errorOf(() => apply({ amount: "销售额" }));
    expect(e.problem).toBe("unknownColumn");
    expect(e.path).toBe("mapping.amount");
    expect(e.params).toEqual({ column: "销售额" });
  });

  it.each([6, 100, -2, 1.5, Number.NaN])("rejects column index %p", (index) => {
    const e = errorOf(() => apply({ customer: index }));
    expect(e.problem).toBe("columnOutOfRange");
    expect(e.path).toBe("mapping.customer");
  });

  it("rejects a letter beyond the last column", () => {
    const e = errorOf(() => apply({ region: "Z" }));
    expect(e.problem).toBe("columnOutOfRange");
    expect(e.params).toEqual({ column: "Z", columns: 6 });
  });

  it("rejects two overrides on one column", () => {
    const e = errorOf(() => apply({ customer: 2, amount: "Amount" }));
    expect(e.problem).toBe("duplicateColumn");
  });

  it("rejects a role that does not exist", () => {
    const e = errorOf(() => apply({ colour: 1 } as unknown as Partial<Record<Role, number>>));
    expect(e.problem).toBe("unknownOption");
    expect(e.path).toBe("mapping.colour");
  });

  it("rejects a value that is neither a number nor a text", () => {
    const e = errorOf(() => apply({ customer: null } as unknown as Partial<Record<Role, number>>));
    expect(e.problem).toBe("badType");
  });
});
