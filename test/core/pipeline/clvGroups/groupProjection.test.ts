// The monthly projection with CLV by group (method.md section 4): each group's months come from
// its own fit and add up to its customers' CLV; the run's months are the groups' summed.
import { clvAnalysis } from "../../../../src/core/pipeline/clvAnalysis";
import { projectionTotals } from "../../../../src/core/probabilistic/clv/monthlyProjection";
import { NO_CLV_TIER } from "../../../../src/core/clv/clvTiers";
import type { CellValue, SheetInput } from "../../../../src/core/types";
import { cdnowSheet } from "../cdnowInput";

/** CDNOW customers 1-40 "phone" (too few to fit), the rest "web" (odd id) or "store" (even). */
const channel = (id: number) => (id <= 40 ? "phone" : id % 2 === 1 ? "web" : "store");

function withChannel(sheet: SheetInput): SheetInput {
  const [header, ...rows] = sheet.values;
  const values: CellValue[][] = [[...header, "Channel"]];
  for (const row of rows) values.push([...row, channel(Number(row[0]))]);
  return { values };
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-9);

describe("the monthly projection with one fit per group", () => {
  const run = clvAnalysis(withChannel(cdnowSheet("19970930")), {
    asOf: "1997-09-30",
    clv: { probabilistic: { groupBy: "column", intervalDraws: 0, horizonMonths: 6 } },
  });
  const p = run.probabilistic;
  const groups = p.groups?.groups ?? [];

  it("gives every group its months, adding up to its customers' tiered CLV", () => {
    expect(groups.map((g) => g.label)).toEqual(["phone", "store", "web"]);
    for (const g of groups) {
      expect(g.projection).toHaveLength(6);
      const members = run.ids
        .map((_, k) => k)
        .filter((k) => channel(Number(run.ids[k])) === g.label && p.clvTier[k] !== NO_CLV_TIER);
      const clv = members.reduce((sum, k) => sum + p.clv[k], 0);
      const months = projectionTotals(g.projection ?? []);
      expect(relative(months.value.total, clv)).toBeLessThan(1e-6);
    }
  });

  it("sums the groups' months into the run's projection", () => {
    const total = p.projection;
    if (total === null) throw new Error("no projection");
    total.forEach((m, k) => {
      const summed = groups.reduce((sum, g) => sum + (g.projection?.[k].value.total ?? NaN), 0);
      expect(relative(m.value.total, summed)).toBeLessThan(1e-12);
      const orders = groups.reduce((sum, g) => sum + (g.projection?.[k].orders.high ?? NaN), 0);
      expect(relative(m.orders.high, orders)).toBeLessThan(1e-12);
    });
    const tiered = p.clv.filter((_, k) => p.clvTier[k] !== NO_CLV_TIER);
    const clv = tiered.reduce((sum, v) => sum + v, 0);
    expect(relative(projectionTotals(total).value.total, clv)).toBeLessThan(1e-6);
  });

  it("uses the group's own fit: the web group's months are not the pooled fit's", () => {
    const web = groups.find((g) => g.label === "web");
    const phone = groups.find((g) => g.label === "phone");
    expect(web?.fallback).toBeNull();
    expect(phone?.fallback?.code).toBe("tooSmall");
    expect(web?.purchase.params).not.toEqual(phone?.purchase.params);
  });
});
