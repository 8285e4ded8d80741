import { safeText } from "../../../src/excel/layout/safeText";

describe("safeText", () => {
  it.each([
    '=HYPERLINK("http://x")',
    "+1",
    "-A1",
    "@SUM(A1)",
    "'quoted",
    "00123",
    "1.5",
    " 42",
    ".5",
    "2024-01-05",
  ])("quotes %s, which Excel would not keep as typed text", (text) =>
    expect(safeText(text)).toBe(`'${text}`)
  );

  it.each(["张三", "Acme Ltd", "A", "x=1", "a-b", "Mr. 5"])("leaves %s alone", (text) =>
    expect(safeText(text)).toBe(text)
  );
});
