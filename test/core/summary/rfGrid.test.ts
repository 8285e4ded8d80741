import { rfGrid } from "../../../src/core/summary/rfGrid";

describe("rfGrid", () => {
  const scores = {
    r: Uint8Array.from([5, 5, 1, 3, 0, 5]),
    f: Uint8Array.from([1, 1, 5, 2, 0, 1]),
    m: Uint8Array.from([2, 2, 4, 3, 0, 1]),
  };
  const monetary = Float64Array.from([100, 300, 900, 50, -20, NaN]);
  const grid = rfGrid(scores, monetary);

  it("has 25 cells, rows r = 5..1 by columns f = 1..5", () => {
    expect(grid).toHaveLength(25);
    expect(grid.slice(0, 6).map((c) => [c.r, c.f])).toEqual([
      [5, 1],
      [5, 2],
      [5, 3],
      [5, 4],
      [5, 5],
      [4, 1],
    ]);
    expect([grid[24].r, grid[24].f]).toEqual([1, 5]);
  });

  it("counts scored customers and averages M where it is known", () => {
    // r5 f1: customers 0, 1 and 5 (M unknown): mean of 100 and 300.
    expect(grid[0]).toEqual({ r: 5, f: 1, count: 3, meanMonetary: 200 });
    expect(grid[24]).toEqual({ r: 1, f: 5, count: 1, meanMonetary: 900 });
    expect(grid[(5 - 3) * 5 + 1]).toEqual({ r: 3, f: 2, count: 1, meanMonetary: 50 });
  });

  it("leaves out unscored customers and gives empty cells null", () => {
    expect(grid.reduce((s, c) => s + c.count, 0)).toBe(5);
    expect(grid[1]).toEqual({ r: 5, f: 2, count: 0, meanMonetary: null });
  });
});
