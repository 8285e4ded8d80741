// Display rows skip the rows a table filter hid, and map back to the same sheet rows.
import { rowMap } from "../../src/preview/grid/rowMap";

describe("rowMap", () => {
  test("without hidden rows display and sheet rows are the same", () => {
    const map = rowMap(new Set());
    expect(map.filtered).toBe(false);
    expect([0, 1, 7].map((d) => map.sheetRow(d))).toEqual([0, 1, 7]);
  });

  test("hidden rows are skipped both ways", () => {
    const map = rowMap(new Set([5, 2, 3]));
    expect(map.filtered).toBe(true);
    expect([0, 1, 2, 3, 4].map((d) => map.sheetRow(d))).toEqual([0, 1, 4, 6, 7]);
    for (const row of [0, 1, 4, 6, 7]) expect(map.sheetRow(map.displayRow(row))).toBe(row);
    // A hidden row sits where the next shown row is.
    expect(map.displayRow(3)).toBe(2);
  });
});

test("agrees with counting the hidden rows one by one, on many random filters", () => {
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let trial = 0; trial < 200; trial++) {
    const hidden = new Set(Array.from({ length: random(40) }, () => random(60)));
    const map = rowMap(hidden);
    const shown = Array.from({ length: 80 }, (_, r) => r).filter((r) => !hidden.has(r));
    shown.forEach((row, display) => {
      expect(map.sheetRow(display)).toBe(row);
      expect(map.displayRow(row)).toBe(display);
    });
    for (const row of hidden) expect(map.displayRow(row)).toBe(shown.filter((r) => r < row).length);
  }
});
