// CLV by group (method.md section 4) on the CDNOW sample: per-group fits are fits on the group's
// rows alone, a tiny group falls back to the pooled fit and says so, cohorts are first-purchase
// quarters, and each customer's figures come from their group's fit.
import { clvAnalysis, type ClvAnalysis } from "../../../../src/core/pipeline/clvAnalysis";
import { segment } from "../../../../src/core/segment";
import { groupFitText } from "../../../../src/core/i18n/groupText";
import { expectedPurchasesNewCustomer, MONTH_IN_UNIT } from "../../../../src/core/probabilistic";
import type { CellValue, SheetInput } from "../../../../src/core/types";
import { cdnowSheet } from "../cdnowInput";
import { cohortQuarter } from "../../../../src/core/pipeline/clvGroups/cohortQuarter";
import { dayToIso, isoToDay } from "../../../../src/core/cells/dayNumber";

const AS_OF = "1997-09-30";
const CALIBRATION = cdnowSheet("19970930");

/** CDNOW customers 1-40 "phone" (too few), the rest "web" (odd id) or "store" (even id). */
function channelOf(id: number): string {
  if (id <= 40) return "phone";
  return id % 2 === 1 ? "web" : "store";
}

function withChannel(sheet: SheetInput, keep: (channel: string) => boolean = () => true) {
  const [header, ...rows] = sheet.values;
  const values: CellValue[][] = [[...header, "Channel"]];
  for (const row of rows) {
    const channel = channelOf(Number(row[0]));
    if (keep(channel)) values.push([...row, channel]);
  }
  return { values };
}

const byColumn = (input: SheetInput): ClvAnalysis =>
  clvAnalysis(input, { asOf: AS_OF, clv: { probabilistic: { groupBy: "column" } } });

describe("CLV by a group column on CDNOW", () => {
  const all = byColumn(withChannel(CALIBRATION));
  const groups = all.probabilistic.groups;
  if (groups === null) throw new Error("no groups");
  const named = (label: string) => {
    const g = groups.groups.find((x) => x.label === label);
    if (!g) throw new Error(`no group ${label}`);
    return g;
  };

  it("finds the Channel column by its header and lists the groups in order", () => {
    expect(groups.by).toBe("column");
    expect(groups.column).toBe("Channel");
    expect(groups.groups.map((g) => g.label)).toEqual(["phone", "store", "web"]);
    expect(groups.groups.reduce((n, g) => n + g.customers, 0)).toBe(2357);
  });

  it.each(["store", "web"])("fits %s exactly as a run on its rows alone", (label) => {
    const run = clvAnalysis(
      withChannel(CALIBRATION, (c) => c === label),
      { asOf: AS_OF }
    );
    const alone = run.probabilistic;
    const g = named(label);
    expect(g.fallback).toBeNull();
    expect(g.customers).toBe(alone.customers);
    expect(g.purchase.params).toEqual(alone.fit.params);
    expect(g.purchase.standardErrors).toEqual(alone.fit.standardErrors);
    expect(g.spend?.params).toEqual(alone.spend?.params);
    // Each customer's CLV and P(alive) come from their group's fit.
    const index = new Map(all.ids.map((id, k) => [id, k]));
    alone.clv.forEach((clv, k) => {
      const j = index.get(run.ids[k]) as number;
      expect(all.probabilistic.clv[j]).toBeCloseTo(clv, 9);
    });
  });

  it("gives a group under the minimum the pooled fit, and says why", () => {
    const phone = named("phone");
    expect(phone.fallback).toEqual({
      code: "tooSmall",
      customers: 40,
      repeatBuyers: expect.any(Number),
    });
    expect(phone.purchase).toBe(all.probabilistic.fit);
    expect(groupFitText(phone.fallback, "en-US")).toMatch(
      /^pooled: too small \(40 customers, \d+ repeat buyers\)$/
    );
    expect(groupFitText(phone.fallback, "zh-CN")).toMatch(/^合并拟合：组太小（40 个客户/);
  });

  it("values a new customer by the model's E[X(t)] month by month, discounted like the CLV", () => {
    const g = named("web");
    const u = MONTH_IN_UNIT.weeks;
    const upTo = expectedPurchasesNewCustomer(
      Float64Array.from({ length: 13 }, (_, k) => k * u),
      g.purchase.params
    );
    const s = g.spend?.params;
    if (!s) throw new Error("no spend fit");
    let value = 0;
    for (let k = 1; k <= 12; k++) value += (upTo[k] - upTo[k - 1]) / 1.01 ** k;
    value *= (s.p * s.v) / (s.q - 1);
    expect(g.newCustomerValue).toBeCloseTo(value, 9);
    expect(g.newCustomerPurchases).toBeCloseTo(upTo[12], 12);
    expect(g.newCustomerValue).toBeGreaterThan(0);
  });

  it("spreads P(alive) over the group's customers in order", () => {
    const { p10, p25, p50, p75, p90, mean } = named("store").pAlive;
    expect(p10).toBeLessThanOrEqual(p25);
    expect(p25).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p75);
    expect(p75).toBeLessThanOrEqual(p90);
    expect(mean).toBeGreaterThan(0);
    expect(p90).toBeLessThanOrEqual(1);
  });
});

describe("CLV by cohort", () => {
  it("puts the whole CDNOW sample (first purchases Jan-Mar 1997) in 1997-Q1, fitted as the pool", () => {
    const a = clvAnalysis(CALIBRATION, {
      asOf: AS_OF,
      clv: { probabilistic: { groupBy: "cohort" } },
    });
    const groups = a.probabilistic.groups;
    expect(groups?.by).toBe("cohort");
    expect(groups?.groups.map((g) => [g.label, g.customers, g.fallback])).toEqual([
      ["1997-Q1", 2357, null],
    ]);
    expect(groups?.groups[0].purchase.params).toEqual(a.probabilistic.fit.params);
  });

  it("names quarters right at the year's and the quarters' boundaries", () => {
    const quarter = (iso: string) => cohortQuarter(isoToDay(iso));
    expect(
      ["2023-12-31", "2024-01-01", "2024-03-31", "2024-04-01", "2024-09-30", "2024-10-01"].map(
        quarter
      )
    ).toEqual(["2023-Q4", "2024-Q1", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(quarter("2000-02-29")).toBe("2000-Q1");
  });

  it("splits CDNOW moved 20 days earlier at the year's end: first purchases in 1996-Q4 and 1997-Q1", () => {
    const shifted = CALIBRATION.values.map((row, i) =>
      i === 0 ? row : [row[0], dayToIso(isoToDay(String(row[1])) - 20), row[2]]
    );
    const a = clvAnalysis(
      { values: shifted },
      { asOf: "1997-09-10", clv: { probabilistic: { groupBy: "cohort" } } }
    );
    const firstDay = new Map<string, string>();
    for (const [id, day] of shifted.slice(1) as [string, string][])
      if (!firstDay.has(id) || day < (firstDay.get(id) as string)) firstDay.set(id, day);
    const december = [...firstDay.values()].filter((d) => d <= "1996-12-31").length;
    expect(december).toBeGreaterThan(100);
    expect(a.probabilistic.groups?.groups.map((g) => [g.label, g.customers])).toEqual([
      ["1996-Q4", december],
      ["1997-Q1", 2357 - december],
    ]);
  });
});

describe("grouping that cannot be done says so", () => {
  it("warns when no column is mapped to the group role", () => {
    const a = byColumn(CALIBRATION);
    expect(a.probabilistic.groups).toBeNull();
    expect(a.warnings.map((w) => w.code)).toContain("clvGroupNoColumn");
  });

  it("is off by default, and segment() carries the groups with the probabilistic CLV", () => {
    expect(clvAnalysis(CALIBRATION, { asOf: AS_OF }).probabilistic.groups).toBeNull();
    const res = segment(withChannel(CALIBRATION), {
      asOf: AS_OF,
      clv: { model: "probabilistic", probabilistic: { groupBy: "column" } },
    });
    expect(res.probabilistic?.groups?.groups.map((g) => g.label)).toEqual([
      "phone",
      "store",
      "web",
    ]);
  });
});
