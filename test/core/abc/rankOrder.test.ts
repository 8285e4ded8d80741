import { descendingOrder, descendingOrders } from "../../../src/core/abc/rankOrder";

/** Reference: a comparator sort with an explicit index tie-break, NaN last. */
function reference(values: number[]): number[] {
  const key = (i: number) => (Number.isNaN(values[i]) ? -Infinity : values[i]);
  return values
    .map((_, i) => i)
    .sort((a, b) => {
      const nanA = Number.isNaN(values[a]);
      const nanB = Number.isNaN(values[b]);
      if (nanA !== nanB) return nanA ? 1 : -1;
      return key(b) - key(a) || a - b;
    });
}

describe("descendingOrder", () => {
  it("orders largest first across signs, infinities, zeros and NaN", () => {
    const values = [3, -2, NaN, Infinity, 0, -Infinity, -0, 1e-300, -1e-300, 2.5, NaN, 3];
    expect(Array.from(descendingOrder(Float64Array.from(values)))).toEqual([
      3, 0, 11, 9, 7, 4, 6, 8, 1, 5, 2, 10,
    ]);
  });

  it("matches a comparator sort on random data with many ties", () => {
    let seed = 42;
    const values: number[] = [];
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const r = seed / 2147483648;
      values.push(r < 0.05 ? NaN : Math.round((r - 0.3) * 200) / 4);
    }
    expect(Array.from(descendingOrder(Float64Array.from(values)))).toEqual(reference(values));
  });

  it("handles empty and single inputs", () => {
    expect(Array.from(descendingOrder(new Float64Array(0)))).toEqual([]);
    expect(Array.from(descendingOrder(Float64Array.from([NaN])))).toEqual([0]);
  });
});

describe("descendingOrders", () => {
  it("gives each column's descendingOrder, sorting a column once however often it is asked", () => {
    const orderOf = descendingOrders();
    const spend = Float64Array.from([5, NaN, 7, 5, -1]);
    const clv = Float64Array.from([1, 2, 3]);
    const first = orderOf(spend);
    expect(Array.from(first)).toEqual(Array.from(descendingOrder(spend)));
    expect(orderOf(spend)).toBe(first);
    expect(Array.from(orderOf(clv))).toEqual([2, 1, 0]);
    // Another array with the same values is another column: sorted for itself.
    const copy = Float64Array.from(spend);
    expect(orderOf(copy)).not.toBe(first);
    expect(Array.from(orderOf(copy))).toEqual(Array.from(first));
  });

  it("keeps nothing from one memo to the next", () => {
    const values = Float64Array.from([1, 3, 2]);
    const before = descendingOrders()(values);
    values[0] = 9;
    expect(Array.from(descendingOrders()(values))).toEqual([0, 1, 2]);
    expect(Array.from(before)).toEqual([1, 2, 0]);
  });
});
