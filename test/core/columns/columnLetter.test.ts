import { columnIndexOfLetter, columnLetter } from "../../../src/core/columns/columnLetter";

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i -> %s", (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
    expect(columnIndexOfLetter(letter)).toBe(index);
  });

  it("round-trips every Excel column", () => {
    for (let i = 0; i <= 16383; i++) expect(columnIndexOfLetter(columnLetter(i))).toBe(i);
  });

  it("gives an empty text for a negative index", () => {
    expect(columnLetter(-1)).toBe("");
  });

  it("reads letters case-insensitively and rejects what is not a column letter", () => {
    expect(columnIndexOfLetter(" c ")).toBe(2);
    expect(columnIndexOfLetter("xfd")).toBe(16383);
    expect(columnIndexOfLetter("A1")).toBe(-1);
    expect(columnIndexOfLetter("ABCD")).toBe(-1);
    expect(columnIndexOfLetter("")).toBe(-1);
    expect(columnIndexOfLetter("客户")).toBe(-1);
  });
});
