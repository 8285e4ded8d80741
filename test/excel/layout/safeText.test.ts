import { safeText } from "../../../src/excel/layout/safeText";

describe("safeText", () => {
  it.each([
    '=HYPERLINK("http://x")',
    "+1",
    "-A1",
    "@SUM(A1)",
    "'quoted",
    "00123",
    "TRUE",
    "(12)",
    "#N/A",
    "Jan 2020",
    "＝1+1",
    "张三",
  ])("marks %s as text for Excel", (text) => expect(safeText(text)).toBe(`'${text}`));

  it("leaves an empty cell empty", () => expect(safeText("")).toBe(""));
});
