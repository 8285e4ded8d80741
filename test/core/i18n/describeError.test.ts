// One function words every error: the core's, the adapter's, the functions', office.js's (by its
// code), a cancellation and a bug, in both languages.
import {
  CancelledError,
  CodedError,
  describeError,
  errorMessage,
  InputError,
  isCancelled,
  isOfficeError,
  OptionError,
} from "../../../src/core";
import { ExcelRunError } from "../../../src/excel";
import { officeError } from "../../../src/excelDouble/errors";
import { FormulaProblem } from "../../../src/functions/problems";

describe("describeError", () => {
  it("words the core's errors from their code and parameters", () => {
    const missing = new InputError("missingColumn", { roles: "customer", headers: "Amount, Date" });
    expect(missing).toBeInstanceOf(CodedError);
    expect(describeError(missing, "en-US")).toBe(
      "Cannot find the customer column. Columns found: Amount, Date. Map it by hand."
    );
    expect(describeError(missing, "zh-CN")).toContain("Amount, Date");
    expect(describeError(missing, "zh-CN")).not.toBe(describeError(missing, "en-US"));
    const option = new OptionError("outOfRange", "clv.margin", { min: 0, max: 1, value: 2 });
    expect(describeError(option, "en-US")).toBe("clv.margin must be between 0 and 1 (got 2)");
    expect(option.problem).toBe("outOfRange");
    expect(option.params).toEqual({ min: 0, max: 1, value: 2 });
  });

  it("words the adapter's and the functions' errors with the same base class", () => {
    const excel = new ExcelRunError("multipleSelection");
    expect(excel).toBeInstanceOf(CodedError);
    expect(describeError(excel, "en-US")).toMatch(/^Select one block of cells/);
    const formula = new FormulaProblem(
      "fn.cell",
      { argument: "amounts", row: 3 },
      { key: "reason.badNumber", params: { value: "abc" } }
    );
    expect(formula).toBeInstanceOf(CodedError);
    expect(describeError(formula, "en-US")).toBe('amounts, row 3: cannot read "abc" as a number');
    expect(errorMessage(formula, "en-US")).toBe(describeError(formula, "en-US"));
  });

  it("words an office.js error by its code, and keeps Excel's text for other codes", () => {
    const gone = officeError("ItemNotFound", "Worksheet.getItem");
    expect(isOfficeError(gone)).toBe(true);
    expect(describeError(gone, "en-US")).toBe(
      "A sheet, table or range was not found: it may have been deleted or renamed (ItemNotFound)."
    );
    expect(describeError(gone, "zh-CN")).toContain("ItemNotFound");
    const other = officeError("InvalidReference");
    expect(describeError(other, "en-US")).toBe(
      `Excel reported an error (InvalidReference): ${other.message}`
    );
    // A real office.js error is an OfficeExtension.Error named "RichApi.Error".
    const real = Object.assign(new Error("Access denied."), {
      name: "RichApi.Error",
      code: "AccessDenied",
    });
    expect(describeError(real, "en-US")).toMatch(/^Excel refused access/);
  });

  it("words a cancellation and a bug", () => {
    expect(isCancelled(new CancelledError())).toBe(true);
    expect(describeError(new CancelledError(), "en-US")).toBe("The run was cancelled.");
    expect(describeError(new TypeError("x is undefined"), "en-US")).toBe(
      "Unexpected error: x is undefined"
    );
    expect(describeError("plain text", "zh-CN")).toBe("意外错误：plain text");
    expect(errorMessage(new TypeError("x"), "en-US")).toBeNull();
    // A code alone does not make an office error: the message stays the bug's.
    expect(isOfficeError({ code: "E1" })).toBe(false);
  });
});
