import { cellText, excelError, isBlank } from "../../../src/core/cells/cellKinds";

describe("isBlank", () => {
  it("is true for null, undefined, empty and whitespace-only text", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank("")).toBe(true);
    expect(isBlank("   ")).toBe(true);
    expect(isBlank("\t\r\n")).toBe(true);
    expect(isBlank("\u00a0\u3000\u202f")).toBe(true); // NBSP, ideographic space, narrow NBSP
  });

  it("is false for values, including zero, FALSE and error values", () => {
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank(" a ")).toBe(false);
    expect(isBlank("0")).toBe(false);
    expect(isBlank("#N/A")).toBe(false);
    expect(isBlank(new Date(0))).toBe(false);
  });
});

describe("excelError", () => {
  const errors = [
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#DIV/0!",
    "#NUM!",
    "#NAME?",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
  ];

  it.each(errors)("recognises %s", (error) => {
    expect(excelError(error)).toBe(error);
  });

  it("trims and ignores case, returning the canonical text", () => {
    expect(excelError("  #n/a ")).toBe("#N/A");
    expect(excelError("#Div/0!")).toBe("#DIV/0!");
  });

  it("returns null for anything else", () => {
    expect(excelError("#N/A extra")).toBeNull();
    expect(excelError("N/A")).toBeNull();
    expect(excelError("#NA")).toBeNull();
    expect(excelError("#")).toBeNull();
    expect(excelError("#1001")).toBeNull();
    expect(excelError("")).toBeNull();
    expect(excelError(null)).toBeNull();
    expect(excelError(undefined)).toBeNull();
    expect(excelError(7)).toBeNull();
    expect(excelError(true)).toBeNull();
    expect(excelError(new Date(0))).toBeNull();
    expect(excelError(`${"x".repeat(40)}#N/A`)).toBeNull();
  });
});

describe("cellText", () => {
  it("trims text", () => {
    expect(cellText("  C001 ")).toBe("C001");
    expect(cellText("张三")).toBe("张三");
    expect(cellText("\u00a0A-1\u3000")).toBe("A-1");
  });

  it("writes integer ids in full, without exponent", () => {
    expect(cellText(1001)).toBe("1001");
    expect(cellText(0)).toBe("0");
    expect(cellText(-0)).toBe("0");
    expect(cellText(-42)).toBe("-42");
    expect(cellText(2 ** 53)).toBe("9007199254740992");
    expect(cellText(13800138000)).toBe("13800138000");
    expect(cellText(123456789012345)).toBe("123456789012345");
  });

  it("writes fractions with at most 15 significant digits, as Excel keeps them", () => {
    expect(cellText(1.5)).toBe("1.5");
    expect(cellText(-0.25)).toBe("-0.25");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(1001.0000000000001)).toBe("1001");
  });

  it("gives an empty string for non-finite numbers", () => {
    expect(cellText(NaN)).toBe("");
    expect(cellText(Infinity)).toBe("");
  });

  it("writes booleans as Excel does", () => {
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(false)).toBe("FALSE");
  });

  it("writes dates as their UTC calendar day", () => {
    expect(cellText(new Date(Date.UTC(2024, 0, 5)))).toBe("2024-01-05");
    expect(cellText(new Date(Date.UTC(2024, 0, 5, 23, 59, 59)))).toBe("2024-01-05");
    expect(cellText(new Date(NaN))).toBe("");
  });

  it("gives an empty string for blanks", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText("   ")).toBe("");
  });
});
