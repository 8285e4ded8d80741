import fc from "fast-check";
import { parseAmount } from "../../../src/core/cells/parseAmount";

const dot = (v: Parameters<typeof parseAmount>[0]): number => parseAmount(v, false);
const comma = (v: Parameters<typeof parseAmount>[0]): number => parseAmount(v, true);

describe("parseAmount: numbers and non-text cells", () => {
  it("keeps finite numbers as they are", () => {
    expect(dot(12.5)).toBe(12.5);
    expect(dot(-3)).toBe(-3);
    expect(dot(0)).toBe(0);
    expect(comma(1234.5)).toBe(1234.5);
  });

  it("rejects non-finite numbers, booleans, dates and blanks", () => {
    expect(dot(NaN)).toBeNaN();
    expect(dot(Infinity)).toBeNaN();
    expect(dot(-Infinity)).toBeNaN();
    expect(dot(true)).toBeNaN();
    expect(dot(false)).toBeNaN();
    expect(dot(new Date(0))).toBeNaN();
    expect(dot(null)).toBeNaN();
    expect(dot(undefined)).toBeNaN();
    expect(dot("")).toBeNaN();
    expect(dot("   ")).toBeNaN();
  });
});

describe("parseAmount: plain text numbers", () => {
  it.each([
    ["1234", 1234],
    ["12.50", 12.5],
    ["-12.5", -12.5],
    ["+12.5", 12.5],
    ["0", 0],
    [".5", 0.5],
    ["12.", 12],
    ["  42 ", 42],
    ["007", 7],
    ["1.5E3", 1500],
    ["2e-2", 0.02],
  ])("reads %p as %p", (text, value) => {
    expect(dot(text)).toBe(value);
  });

  it("rejects junk", () => {
    for (const text of [
      "12abc",
      "abc",
      "-",
      "+",
      ".",
      "1.2.3",
      "--12",
      "+-12",
      "1 2",
      "0x1F",
      "Infinity",
      "NaN",
      "1e999",
      "#N/A",
      "TRUE",
    ]) {
      expect(dot(text)).toBeNaN();
    }
  });

  it("rejects a trailing minus", () => {
    expect(dot("12-")).toBeNaN();
    expect(dot("$12-")).toBeNaN();
  });
});

describe("parseAmount: thousands separators without decimal comma", () => {
  it.each([
    ["1,234", 1234],
    ["1,234.50", 1234.5],
    ["12,345,678.9", 12345678.9],
    ["-1,000", -1000],
    ["999,999,999", 999999999],
  ])("reads %p as %p", (text, value) => {
    expect(dot(text)).toBe(value);
  });

  it("requires groups of exactly three digits after each comma", () => {
    expect(dot("1,5")).toBeNaN();
    expect(dot("1,23")).toBeNaN();
    expect(dot("1,2345")).toBeNaN();
    expect(dot("1234,567")).toBeNaN();
    expect(dot(",123")).toBeNaN();
    expect(dot("1,234,56")).toBeNaN();
    expect(dot("1,234.5,6")).toBeNaN();
  });

  it("does not take spaces or dots as thousands separators", () => {
    expect(dot("1 234")).toBeNaN();
    expect(dot("1\u00a0234,50")).toBeNaN();
    expect(dot("1.234,50")).toBeNaN();
  });
});

describe("parseAmount: decimal comma", () => {
  it.each([
    ["1 234,50", 1234.5],
    ["1.234,50", 1234.5],
    ["1\u00a0234,50", 1234.5],
    ["1\u202f234,50", 1234.5],
    ["1.234.567,8", 1234567.8],
    ["1 234 567", 1234567],
    ["1.234", 1234],
    ["12,5", 12.5],
    ["-12,5", -12.5],
    [",5", 0.5],
    ["1234", 1234],
    ["1234,", 1234],
    ["-7", -7],
  ])("reads %p as %p", (text, value) => {
    expect(comma(text)).toBe(value);
  });

  it("rejects a decimal point and mixed or broken groups", () => {
    expect(comma("12.5")).toBeNaN();
    expect(comma("1234.56")).toBeNaN();
    expect(comma("1,234.50")).toBeNaN();
    expect(comma("1.234 567,8")).toBeNaN();
    expect(comma("1 23,5")).toBeNaN();
    expect(comma("1,2,3")).toBeNaN();
    expect(comma("1.2.3")).toBeNaN();
  });

  it("reads currency and percent the same way", () => {
    expect(comma("1.234,50 €")).toBe(1234.5);
    expect(comma("€ 1 234,50")).toBe(1234.5);
    expect(comma("12,5%")).toBe(0.125);
    expect(comma("(1.234,50)")).toBe(-1234.5);
  });
});

describe("parseAmount: currency", () => {
  it.each([
    ["¥1,234.50", 1234.5],
    ["￥1,234.50", 1234.5],
    ["$12", 12],
    ["$ 12.00", 12],
    ["€12", 12],
    ["£12.5", 12.5],
    ["1234.5元", 1234.5],
    ["1,234.50 元", 1234.5],
    ["RMB 1,234", 1234],
    ["rmb1234", 1234],
    ["CNY 88", 88],
    ["12 USD", 12],
    ["USD12", 12],
    ["US$12", 12],
    ["HK$12", 12],
    ["12 EUR", 12],
    ["人民币100", 100],
    ["-$12", -12],
    ["$-12", -12],
    ["-¥1,234.50", -1234.5],
    ["+$5", 5],
  ])("reads %p as %p", (text, value) => {
    expect(dot(text)).toBe(value);
  });

  it("rejects a currency alone, twice, or with a percent", () => {
    expect(dot("$")).toBeNaN();
    expect(dot("USD")).toBeNaN();
    expect(dot("元")).toBeNaN();
    expect(dot("$12 USD")).toBeNaN();
    expect(dot("$$12")).toBeNaN();
    expect(dot("$12%")).toBeNaN();
    expect(dot("12 ABC")).toBeNaN();
    expect(dot("$1,23")).toBeNaN();
  });
});

describe("parseAmount: negatives in parentheses", () => {
  it.each([
    ["(12.00)", -12],
    ["(1,234.50)", -1234.5],
    ["($12.00)", -12],
    ["$(12.00)", -12],
    ["( 12 )", -12],
    ["(12)元", -12],
  ])("reads %p as %p", (text, value) => {
    expect(dot(text)).toBe(value);
  });

  it("rejects unbalanced parentheses and a sign inside or before them", () => {
    expect(dot("(12")).toBeNaN();
    expect(dot("12)")).toBeNaN();
    expect(dot("(-12)")).toBeNaN();
    expect(dot("-(12)")).toBeNaN();
    expect(dot("((12))")).toBeNaN();
    expect(dot("()")).toBeNaN();
  });
});

describe("parseAmount: percent", () => {
  it("divides by 100", () => {
    expect(dot("12%")).toBe(0.12);
    expect(dot("12.5 %")).toBe(0.125);
    expect(dot("-12%")).toBe(-0.12);
    expect(dot("(12%)")).toBe(-0.12);
    expect(dot("1,200%")).toBe(12);
  });

  it("rejects a lone or doubled percent sign", () => {
    expect(dot("%")).toBeNaN();
    expect(dot("12%%")).toBeNaN();
    expect(dot("%12")).toBeNaN();
  });
});

describe("parseAmount: full-width input", () => {
  it("reads full-width digits and signs", () => {
    expect(dot("１２３４")).toBe(1234);
    expect(dot("￥１，２３４．５０")).toBe(1234.5);
    expect(dot("－１２")).toBe(-12);
    expect(dot("（１２）")).toBe(-12);
    expect(dot("\u221212")).toBe(-12);
    expect(dot("５０％")).toBe(0.5);
  });
});

// Groups an integer's digits in threes with the given separator: 1234567 -> "1,234,567".
const grouped = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+$)/g, sep);

describe("parseAmount: exact values", () => {
  it("gives the same double as Number() for grouped amounts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.stringMatching(/^\d{0,6}$/),
        (whole, frac) => {
          const expected = Number(`${whole}.${frac}`);
          expect(dot(`${grouped(whole, ",")}.${frac}`)).toBe(expected);
          expect(comma(`${grouped(whole, ".")},${frac}`)).toBe(expected);
          expect(comma(`${grouped(whole, "\u00a0")},${frac}`)).toBe(expected);
          expect(dot(`-¥${grouped(whole, ",")}.${frac}`)).toBe(-expected);
        }
      )
    );
  });

  it("keeps long amounts exact to double precision", () => {
    expect(dot("12,345,678,901,234,567.89")).toBe(Number("12345678901234567.89"));
    expect(dot("0.000000000000000001")).toBe(1e-18);
    expect(dot("1,234.05")).toBe(1234.05);
    expect(comma("0,1")).toBe(0.1);
  });
});

// Speed is measured by `npm run bench`; these check the fast paths give the same answers at scale.
describe("parseAmount: a million cells", () => {
  it("reads plain numbers and digit strings exactly", () => {
    let sum = 0;
    for (let i = 0; i < 1_000_000; i++)
      sum += parseAmount(i % 2 === 0 ? i * 0.5 : String(i), false);
    expect(sum).toBe(0.5 * 249_999_500_000 + 250_000_000_000);
  });

  it("reads every money text", () => {
    let bad = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const cell = `¥${(i % 999) + 1},${String(i % 1000).padStart(3, "0")}.50`;
      if (Number.isNaN(parseAmount(cell, false))) bad++;
    }
    expect(bad).toBe(0);
  });
});
