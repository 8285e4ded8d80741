// Agreement with the R rfm package (rsquaredacademy/rfm 0.3.0) on its own example data.
// Its tests expect Champions: 158 customers, 1,234 orders, revenue 120,178 with analysis date
// 2006-12-31 and the named-segment scheme.
import { segment } from "../../src/core/segment";
import { readPublicCsv } from "../../data/publicData";

describe("agreement with the R rfm package", () => {
  const rows = readPublicCsv("rfm-r/rfm_data_orders.csv");
  const result = segment(
    { values: rows },
    { asOf: "2006-12-31", rfm: { scoring: "rfm-r" }, scheme: "named" }
  );

  it("reads every order", () => {
    expect(result.shape).toBe("transactions");
    expect(result.counts).toMatchObject({ input: 4906, used: 4906, rejected: 0, blank: 0 });
    expect(result.customers.n).toBe(995);
  });

  it("finds the Champions the package's tests expect", () => {
    const champions = result.summary.segments.find((s) => s.key === "champions");
    expect(champions?.customers).toBe(158);
    expect(champions?.value).toBeCloseTo(120178, 6);
    let orders = 0;
    const idx = result.scheme.segments.findIndex((s) => s.id === "champions");
    for (let k = 0; k < result.customers.n; k++)
      if (result.segment[k] === idx) orders += result.customers.frequency[k];
    expect(orders).toBe(1234);
  });

  it("gives every customer exactly one segment", () => {
    const total = result.summary.segments.reduce((n, s) => n + s.customers, 0);
    expect(total).toBe(995);
  });
});
