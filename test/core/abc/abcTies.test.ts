// Issue 14 / method.md section 2: customers with equal value get the same class, the one the
// first of them gets, so the order of the rows never changes a class. Also in TIER.ABC_CLASS
// and in segment() itself.
import { ABC_LABELS, classifyAbc } from "../../../src/core/abc";
import { DEFAULT_OPTIONS } from "../../../src/core/options";
import { segment } from "../../../src/core/segment";
import type { AbcMode, CellValue } from "../../../src/core/types";
import { abcClass } from "../../../src/functions/functions";
import { column, firstColumn } from "../../functions/cells";

const classesOf = (values: number[], mode: AbcMode): string[] =>
  Array.from(
    classifyAbc(Float64Array.from(values), { ...DEFAULT_OPTIONS.abc, mode }).cls,
    (c) => ABC_LABELS[c]
  );

/** A seeded shuffle (mulberry32), so the test is the same every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let s = seed;
  const next = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("ABC ties", () => {
  it("gives 50 customers of equal value one class, the first one's: A", () => {
    const equal = new Array<number>(50).fill(100);
    expect(new Set(classesOf(equal, "value"))).toEqual(new Set(["A"]));
    expect(new Set(classesOf(equal, "count"))).toEqual(new Set(["A"]));
  });

  it("gives a tie straddling the 80% line the class of its first member", () => {
    // 60 then three of 10: the first 10 starts at 60% (A), so all three are A.
    expect(classesOf([60, 10, 10, 10, 6, 4], "value")).toEqual(["A", "A", "A", "A", "B", "C"]);
    // Count mode, 10 customers: positions 0-1 are A; a tie from position 1 to 3 is all A.
    expect(classesOf([9, 5, 5, 5, 4, 3, 2, 1, 1, 1], "count")).toEqual([
      "A",
      "A",
      "A",
      "A",
      "B",
      "C",
      "C",
      "C",
      "C",
      "C",
    ]);
  });

  it("never changes a class when the rows are shuffled", () => {
    const values = [50, 50, 50, 20, 20, 10, 10, 10, 10, 5, 5, 1, 1, 1, 1, 1];
    for (const mode of ["value", "count"] as const) {
      const byValue = new Map<number, string>();
      classesOf(values, mode).forEach((c, i) => byValue.set(values[i], c));
      for (let seed = 1; seed <= 20; seed++) {
        const order = shuffled(values, seed);
        classesOf(order, mode).forEach((c, i) => expect(c).toBe(byValue.get(order[i])));
      }
    }
  });

  it("holds in TIER.ABC_CLASS and in segment()", () => {
    const equal = new Array<number>(50).fill(100);
    expect(new Set(firstColumn(abcClass(column(equal), "value")))).toEqual(new Set(["A"]));
    const rows: CellValue[][] = [["customer", "date", "amount"]];
    for (let i = 0; i < 50; i++) rows.push([`C${i}`, 45300, 100]);
    const res = segment({ values: rows }, { language: "en-US" });
    expect(res.summary.abc.map((g) => [g.label, g.customers])).toEqual([
      ["A", 50],
      ["B", 0],
      ["C", 0],
    ]);
  });
});
