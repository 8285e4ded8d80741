// TIER.RFM_SCORE against the core's scoring of the same customer summary, and its errors.
import { segment } from "../../src/core/segment";
import type { SegmentResult } from "../../src/core/result";
import { rfmScore } from "../../src/functions/functions";
import { setHostLanguage } from "../../src/functions/language";
import { readPublicCsv } from "../../data/publicData";
import { column, expectCallError, expectError, firstColumn } from "./cells";

// The R rfm package's customer table: customer_id, revenue, most_recent_visit, number_of_orders,
// recency_days. The core reads it as a customer summary; the function gets the three columns.
const rows = readPublicCsv("rfm-r/rfm_data_customer.csv");
const data = rows.slice(1);
const recency = column(data.map((r) => Number(r[4])));
const frequency = column(data.map((r) => Number(r[3])));
const monetary = column(data.map((r) => Number(r[1])));

function coreRun(scoring: "quantile" | "fixed" | "rfm-r"): SegmentResult {
  return segment(
    { values: rows },
    {
      shape: "summary",
      rfm: { scoring },
      mapping: {
        customer: "customer_id",
        recencyDays: "recency_days",
        frequency: "number_of_orders",
        monetary: "revenue",
      },
    }
  );
}

afterEach(() => setHostLanguage("en-US"));

describe.each(["quantile", "fixed", "rfm-r"] as const)("TIER.RFM_SCORE with %s scoring", (how) => {
  const core = coreRun(how);

  it("scores every customer as the core does", () => {
    expect(core.counts.rejected).toBe(0);
    const codes = firstColumn(rfmScore(recency, frequency, monetary, "code", how));
    const totals = firstColumn(rfmScore(recency, frequency, monetary, "total", how));
    const scores = rfmScore(recency, frequency, monetary, "scores", how);
    // One comparison per column: the core's results placed at each customer's input row.
    const expected = { codes: [...codes], totals: [...totals], scores: [...scores] };
    for (let k = 0; k < core.customers.n; k++) {
      // firstRow is the sheet row: the header is row 1.
      const i = core.customers.firstRow[k] - 2;
      expected.codes[i] = core.rfmCode[k];
      expected.totals[i] = core.rfmTotal[k];
      expected.scores[i] = [core.scores.r[k], core.scores.f[k], core.scores.m[k]];
    }
    expect(core.customers.n).toBe(data.length);
    expect(codes).toEqual(expected.codes);
    expect(totals).toEqual(expected.totals);
    expect(scores).toEqual(expected.scores);
  });
});

describe("TIER.RFM_SCORE on single values", () => {
  it("uses the literature's thresholds with fixed scoring (method.md section 3)", () => {
    // 30 days <= 30: R 5; 5 purchases >= 5: F 5; 1,200 > 1,000: M 5.
    expect(rfmScore([[30]], [[5]], [[1200]], "code", "fixed")).toEqual([[555]]);
    // 31 days <= 90: R 4; 4 purchases (3-4): F 4; exactly 1,000 (500 to 1,000): M 4.
    expect(rfmScore([[31]], [[4]], [[1000]], "scores", "fixed")).toEqual([[4, 4, 4]]);
    // 366 days: R 1; 1 purchase: F 2; 99.99: M 1.
    expect(rfmScore([[366]], [[1]], [[99.99]], "total", "fixed")).toEqual([[4]]);
  });

  it("takes bare values, options in any case, and money text as the core reads it", () => {
    const bare = rfmScore as unknown as (...args: unknown[]) => unknown[][];
    expect(bare(30, 5, 1200, "Code", " FIXED ")).toEqual([[555]]);
    expect(rfmScore([["30"]], [["5"]], [["¥1,200.00"]], "code", "fixed")).toEqual([[555]]);
  });

  it("alone in its quantile population, a customer is in the lowest band", () => {
    // N = 1: no customer ranks below, so L = 0 and every score is 1 + floor(0) = 1.
    expect(rfmScore([[30]], [[5]], [[1200]])).toEqual([[111]]);
  });
});

describe("TIER.RFM_SCORE rows", () => {
  it("ranks only the usable rows: a bad row is #VALUE! and takes no part", () => {
    const r = [10, 20, "n/a", 30, 40, 50];
    const f = [1, 2, 3, 4, 5, 6];
    const m = [100, 200, 300, 400, 500, 600];
    const withBad = rfmScore(column(r), column(f), column(m), "code");
    expectError(withBad[2][0], "recency, row 3", 'cannot read "n/a" as a number');
    const without = rfmScore(
      column([10, 20, 30, 40, 50]),
      column([1, 2, 4, 5, 6]),
      column([100, 200, 400, 500, 600])
    );
    expect([...withBad.slice(0, 2), ...withBad.slice(3)]).toEqual(without);
  });

  it("gives blank rows blank results and customers without a purchase no score", () => {
    const out = rfmScore(
      column([10, "", 5, null]),
      column([2, "", 0, null]),
      column([50, "", -20, null]),
      "scores"
    );
    expect(out[1]).toEqual(["", "", ""]);
    expect(out[3]).toEqual(["", "", ""]);
    expect(out[2]).toEqual(["No purchase", "No purchase", "No purchase"]);
    // The one customer with a purchase is scored alone.
    expect(out[0]).toEqual([1, 1, 1]);
  });

  it("rejects purchase counts that are negative or not whole, as the core's reader does", () => {
    const out = rfmScore(column([1, 2, 3]), column([-1, 2.5, 3]), column([1, 2, 3]));
    expectError(out[0][0], "frequency, row 1", "negative");
    expectError(out[1][0], "frequency, row 2", "2.5");
    expect(typeof out[2][0]).toBe("number");
  });

  it("reads a blank recency as missing only when the customer has purchases", () => {
    const out = rfmScore(column(["", ""]), column([0, 3]), column([0, 30]));
    expect(out[0]).toEqual(["No purchase"]);
    expectError(out[1][0], "recency, row 2", "blank");
  });

  it("lays results across when the ranges are rows", () => {
    const out = rfmScore([[10, 20]], [[1, 2]], [[5, 6]], "scores");
    expect(out).toHaveLength(3);
    expect(out.map((line) => line.length)).toEqual([2, 2, 2]);
  });
});

describe("TIER.RFM_SCORE errors", () => {
  it("names the argument whose length differs", () => {
    const out = rfmScore(column([1, 2, 3]), column([1, 2]), column([1, 2, 3]));
    expectCallError(out, "frequency has 2 rows", "recency has 3");
  });

  it("names the allowed options", () => {
    expectCallError(rfmScore([[1]], [[1]], [[1]], "codes"), "output", "code, total, scores");
    expectCallError(
      rfmScore([[1]], [[1]], [[1]], "code", "rank"),
      "scoring",
      "quantile, fixed, rfm-r"
    );
  });

  it("wants one column or one row", () => {
    const block = [
      [1, 2],
      [3, 4],
    ];
    expectCallError(rfmScore(block, block, block), "recency must be one column or one row");
  });

  it("speaks the host's language", () => {
    setHostLanguage("zh-CN");
    expectCallError(rfmScore([[1]], [[1]], [[1]], "x"), "output 必须是 code, total, scores 之一");
    expect(rfmScore(column([1]), column([0]), column([0]))).toEqual([["无购买"]]);
  });
});
