// End to end against the R rfm package's own test (tests/testthat/test-rfm-segment.R, rfm 0.3.0):
// rfm_table_order(rfm_data_orders, analysis date 2006-12-31) + rfm_segment with the vignette's
// named segments. The package's data is in data/public/rfm-r (see data/public/SOURCES.md).
import { rPackageScores } from "../../../src/core/rfm/rPackageScores";
import { applyScheme } from "../../../src/core/segments/applyScheme";
import { BUILT_IN_SCHEMES } from "../../../src/core/segments/schemes";
import { readPublicCsv } from "../../../data/publicData";

const DAY_MS = 86_400_000;

interface Customers {
  ids: string[];
  recency: Float64Array;
  orders: Float64Array;
  revenue: Float64Array;
}

/** As rfm_table_order does: per customer, days since the last order, order rows, summed revenue. */
function customersFromOrders(rows: string[][], analysisDate: string): Customers {
  const asOf = Date.parse(analysisDate);
  const byId = new Map<string, { last: number; orders: number; revenue: number }>();
  for (const [id, date, revenue] of rows.slice(1)) {
    const entry = byId.get(id) ?? { last: -Infinity, orders: 0, revenue: 0 };
    entry.last = Math.max(entry.last, Date.parse(date));
    entry.orders += 1;
    entry.revenue += Number(revenue);
    byId.set(id, entry);
  }
  const ids = [...byId.keys()];
  const customers = [...byId.values()];
  return {
    ids,
    recency: Float64Array.from(customers, (c) => (asOf - c.last) / DAY_MS),
    orders: Float64Array.from(customers, (c) => c.orders),
    revenue: Float64Array.from(customers, (c) => c.revenue),
  };
}

describe("R rfm package compatibility on rfm_data_orders", () => {
  const data = customersFromOrders(readPublicCsv("rfm-r/rfm_data_orders.csv"), "2006-12-31");
  const eligible = new Uint8Array(data.ids.length).fill(1);
  const scores = {
    r: rPackageScores(data.recency, eligible, "lowerIsBetter"),
    f: rPackageScores(data.orders, eligible, "higherIsBetter"),
    m: rPackageScores(data.revenue, eligible, "higherIsBetter"),
  };
  const scheme = BUILT_IN_SCHEMES.named;
  const segment = applyScheme(scores, scheme);
  const labelOf = (id: string) => scheme.segments[segment[data.ids.indexOf(id)]].label["en-US"];

  it("reads the package's 995 customers and 4,906 orders", () => {
    expect(data.ids).toHaveLength(995);
    expect(data.orders.reduce((a, b) => a + b, 0)).toBe(4906);
  });

  it("gives the ten customers the package's test lists the package's segments", () => {
    // The test names "Abbey O'Reilly DVM", "Aden Lesch Sr.", "Aiyanna Bruen PhD" and
    // "Ala Schmidt DDS"; the 0.3.0 data set has the same customers without those titles.
    const expected: [string, string][] = [
      ["Abbey O'Reilly", "Loyal Customers"],
      ["Add Senger", "Potential Loyalist"],
      ["Aden Lesch", "Potential Loyalist"],
      ["Admiral Senger", "Loyal Customers"],
      ["Agness O'Keefe", "Champions"],
      ["Aileen Barton", "Champions"],
      ["Ailene Hermann", "Loyal Customers"],
      ["Aiyanna Bruen", "Potential Loyalist"],
      ["Ala Schmidt", "About To Sleep"],
      ["Alannah Borer", "Lost"],
    ];
    // The package writes its names in Title Case; ours are in Sentence case (one rule for all labels).
    const sentence = (name: string): string => name.charAt(0) + name.slice(1).toLowerCase();
    expect(expected.map(([id]) => [id, labelOf(id)])).toEqual(
      expected.map(([id, name]) => [id, sentence(name)])
    );
  });

  it("finds the package's Champions: 158 customers, 1,234 orders, revenue 120,178", () => {
    const champions = scheme.segments.findIndex((s) => s.id === "champions");
    let customers = 0;
    let orders = 0;
    let revenue = 0;
    for (let i = 0; i < data.ids.length; i++) {
      if (segment[i] !== champions) continue;
      customers++;
      orders += data.orders[i];
      revenue += data.revenue[i];
    }
    expect([customers, orders, revenue]).toEqual([158, 1234, 120178]);
  });
});
