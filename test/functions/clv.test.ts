// TIER.CLV against the core's simple CLV on the same customers, cell by cell, and its errors.
import { simpleClv } from "../../src/core/clv";
import { clv } from "../../src/functions/functions";
import { summaryTable } from "../../src/functions/summaryTable";
import { readPublicCsv } from "../../data/publicData";
import { column, expectCallError, expectError, firstColumn } from "./cells";

// The R rfm package's customers: average order value = revenue / orders; purchases per year as
// if their orders were spread over two years.
const customers = readPublicCsv("rfm-r/rfm_data_customer.csv").slice(1);
const aov = customers.map((r) => Number(r[1]) / Number(r[3]));
const perYear = customers.map((r) => Number(r[3]) / 2);

/** The core's CLV of customers whose annual spend (AOV x purchases per year) is known. */
function coreClv(lifespanYears: number, margin: number | null): number[] {
  const n = aov.length;
  const table = summaryTable({
    recencyDays: new Float64Array(n),
    frequency: Float64Array.from(perYear),
    monetary: new Float64Array(n),
    hasPurchase: new Uint8Array(n).fill(1),
  });
  table.annualSpend = Float64Array.from(aov, (a, i) => a * perYear[i]);
  return Array.from(simpleClv(table, 0, { lifespanYears, minTenureDays: 365, margin }).clv);
}

describe("TIER.CLV", () => {
  it("is the core's simple CLV, with a margin and without (revenue CLV)", () => {
    // Same operations in the same order as the core, so the same numbers to the last bit.
    expect(firstColumn(clv(column(aov), column(perYear), [[3]], [[0.25]]))).toEqual(
      coreClv(3, 0.25)
    );
    expect(firstColumn(clv(column(aov), column(perYear), [[3]]))).toEqual(coreClv(3, null));
  });

  it("multiplies single values: 200 x 4 x 3 x 0.25", () => {
    expect(clv([[200]], [[4]], [[3]], [[0.25]])).toEqual([[600]]);
  });

  it("works cell by cell over ranges of one shape, single values applying to every cell", () => {
    const out = clv(
      [
        [100, 200],
        [300, 400],
      ],
      [[2]],
      [
        [1, 2],
        [3, 4],
      ]
    );
    expect(out).toEqual([
      [200, 800],
      [1800, 3200],
    ]);
  });

  it("projects nothing from a spend rate of zero or less, as the core", () => {
    expect(clv([[-50]], [[4]], [[3]])).toEqual([[0]]);
    expect(clv([[50]], [[0]], [[3]])).toEqual([[0]]);
  });

  it("gives blank cells blank results and bad cells #VALUE! in that row only", () => {
    const out = firstColumn(clv(column([100, "", "x", 100]), column([1, "", 1, -1]), [[2]]));
    expect(out[0]).toBe(200);
    expect(out[1]).toBe("");
    expectError(out[2], "average_order_value, row 3", '"x"');
    expectError(out[3], "purchases_per_year, row 4", "negative");
  });

  it("keeps lifespan and margin within the core's limits", () => {
    expectError(clv([[1]], [[1]], [[101]])[0][0], "lifespan_years, row 1", "0 and 100");
    expectError(clv([[1]], [[1]], [[1]], [[1.5]])[0][0], "margin", "-1 and 1");
  });

  it("names the argument whose shape differs", () => {
    expectCallError(
      clv(column([1, 2]), column([1, 2, 3]), [[1]]),
      "purchases_per_year is 3×1",
      "average_order_value is 2×1"
    );
  });
});
