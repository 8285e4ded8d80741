import { toHalfWidth } from "../../../src/core/cells/fullWidth";

describe("toHalfWidth", () => {
  it("maps full-width digits, punctuation and letters to ASCII", () => {
    expect(toHalfWidth("１２３４．５０")).toBe("1234.50");
    expect(toHalfWidth("（１，２３４）")).toBe("(1,234)");
    expect(toHalfWidth("－５％")).toBe("-5%");
    expect(toHalfWidth("２０２４／１／５　１０：３０")).toBe("2024/1/5 10:30");
    expect(toHalfWidth("ＵＳＤ")).toBe("USD");
  });

  it("maps the typeset minus sign", () => {
    expect(toHalfWidth("\u221212")).toBe("-12");
  });

  it("leaves other text alone, including the full-width yen sign and CJK", () => {
    expect(toHalfWidth("￥12")).toBe("￥12");
    expect(toHalfWidth("2024年1月5日")).toBe("2024年1月5日");
    expect(toHalfWidth("ab1２")).toBe("ab12");
    expect(toHalfWidth("")).toBe("");
  });

  it("returns the same string when nothing needs mapping", () => {
    const s = "plain 123";
    expect(toHalfWidth(s)).toBe(s);
  });
});
