// TIER.ABC_CLASS against the core's ABC classes of the same values, and its errors.
import { ABC_LABELS, classifyAbc } from "../../src/core/abc";
import { DEFAULT_OPTIONS } from "../../src/core/options";
import type { AbcMode } from "../../src/core/types";
import { abcClass } from "../../src/functions/functions";
import { readPublicCsv } from "../../data/publicData";
import { column, expectCallError, expectError, firstColumn } from "./cells";

// Revenue of the R rfm package's 39,999 customers.
const revenue = readPublicCsv("rfm-r/rfm_data_customer.csv")
  .slice(1)
  .map((r) => Number(r[1]));

function coreClasses(values: number[], mode: AbcMode, cuts?: [number, number]): string[] {
  const abc = { ...DEFAULT_OPTIONS.abc, mode };
  if (cuts && mode === "value") abc.valueCuts = cuts;
  if (cuts && mode === "count") abc.countCuts = cuts;
  if (cuts && mode === "absolute") abc.absoluteCuts = cuts;
  const result = classifyAbc(Float64Array.from(values), abc);
  return Array.from(result.cls, (c) => ABC_LABELS[c]);
}

describe("TIER.ABC_CLASS on the R rfm package's customers", () => {
  it.each(["value", "count"] as const)("classes by %s share as the core does", (mode) => {
    const out = firstColumn(abcClass(column(revenue), mode));
    expect(out).toEqual(coreClasses(revenue, mode));
    expect(new Set(out)).toEqual(new Set(["A", "B", "C"]));
  });

  it("takes the cut-offs of the mode given", () => {
    const out = firstColumn(abcClass(column(revenue), "value", 0.7, 0.9));
    expect(out).toEqual(coreClasses(revenue, "value", [0.7, 0.9]));
    expect(out).not.toEqual(coreClasses(revenue, "value"));
    const amounts = firstColumn(abcClass(column(revenue), "absolute", 2000, 1000));
    expect(amounts).toEqual(coreClasses(revenue, "absolute", [2000, 1000]));
  });
});

describe("TIER.ABC_CLASS rows", () => {
  it("keeps the customer that crosses 80% in A (method.md section 2)", () => {
    // Shares before each: 0, 0.5, 0.75, 0.9 -> A, A, A, B.
    expect(firstColumn(abcClass(column([50, 25, 15, 10])))).toEqual(["A", "A", "A", "B"]);
  });

  it("classes the usable rows only; blank rows stay blank, others show #VALUE!", () => {
    const out = firstColumn(abcClass(column([50, "", 25, "lots", 15, null, 10])));
    expect([out[0], out[2], out[4], out[6]]).toEqual(["A", "A", "A", "B"]);
    expect([out[1], out[5]]).toEqual(["", ""]);
    expectError(out[3], "values, row 4", '"lots"');
  });

  it("puts zero and negative values in C", () => {
    expect(firstColumn(abcClass(column([100, 0, -5])))).toEqual(["A", "C", "C"]);
  });
});

describe("TIER.ABC_CLASS errors", () => {
  it("names the allowed modes", () => {
    expectCallError(abcClass([[1]], "pareto"), "mode", "value, count, absolute");
  });

  it("checks the cut-offs", () => {
    expectCallError(abcClass([[1]], "value", 0.9, 0.8), "a_cut must not be above b_cut");
    expectCallError(abcClass([[1]], "absolute", 10, 20), "a_cut must not be below b_cut");
    expectCallError(abcClass([[1]], "count", 1.5), "a_cut must be between 0 and 1");
  });

  it("wants one value for a cut-off", () => {
    const range = [[0.8], [0.9]] as unknown as number;
    expectCallError(abcClass([[1]], "value", range), "a_cut must be a single value");
  });
});
