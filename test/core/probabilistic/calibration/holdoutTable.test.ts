import { HOLDOUT_GROUPS, holdoutTable } from "../../../../src/core/probabilistic/calibration";

describe("holdoutTable", () => {
  it("groups by calibration frequency 0..6 and 7+, empty groups kept", () => {
    const frequency = Float64Array.of(0, 0, 1, 7, 12, 3);
    const actual = Float64Array.of(0, 1, 2, 5, 9, 1);
    const predicted = Float64Array.of(0.2, 0.4, 1, 6, 8, 2);
    const table = holdoutTable(frequency, actual, predicted);
    expect(table).toHaveLength(HOLDOUT_GROUPS);
    expect(table.map((g) => g.frequency)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(table.map((g) => g.orMore)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(table[0]).toEqual({
      frequency: 0,
      orMore: false,
      customers: 2,
      meanActual: 0.5,
      meanPredicted: expect.closeTo(0.3, 12),
    });
    expect(table[2]).toMatchObject({ customers: 0, meanActual: null, meanPredicted: null });
    // 7 and 12 repeat purchases share the last group: (5 + 9) / 2 and (6 + 8) / 2.
    expect(table[7]).toMatchObject({ customers: 2, meanActual: 7, meanPredicted: 7 });
    expect(table.reduce((s, g) => s + g.customers, 0)).toBe(frequency.length);
  });
});
