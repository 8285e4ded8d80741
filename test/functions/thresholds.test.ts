// TIER.THRESHOLDS against the core's thresholds of the same customer summary (what the summary
// sheet and the CLI show; test/faces/oneAnswer.test.ts compares the faces on one table), a bad
// row left out and reported, and the errors of the whole call.
import { segment } from "../../src/core/segment";
import { thresholdRows } from "../../src/core";
import { thresholds } from "../../src/functions/functions";
import { readPublicCsv } from "../../data/publicData";
import { column, expectCallError } from "./cells";

const rows = readPublicCsv("rfm-r/rfm_data_customer.csv");
const data = rows.slice(1);
const recency = data.map((r) => Number(r[4]));
const frequency = data.map((r) => Number(r[3]));
const monetary = data.map((r) => Number(r[1]));

function coreRows(scoring: "quantile" | "fixed" | "rfm-r", language: "en-US" | "zh-CN") {
  const core = segment(
    { values: rows },
    {
      shape: "summary",
      rfm: { scoring },
      language,
      mapping: {
        customer: "customer_id",
        recencyDays: "recency_days",
        frequency: "number_of_orders",
        monetary: "revenue",
      },
    }
  );
  const t = thresholdRows(core.thresholds, language);
  return [t.header, ...t.rows];
}

describe.each(["quantile", "fixed", "rfm-r"] as const)("TIER.THRESHOLDS, %s scoring", (how) => {
  it.each(["en-US", "zh-CN"] as const)("gives the core's table in %s", (language) => {
    const cells = thresholds(column(recency), column(frequency), column(monetary), how, language);
    expect(cells).toEqual(coreRows(how, language));
    expect(cells.map((r) => r[0])).toEqual([
      language === "en-US" ? "Score" : "分数",
      5,
      4,
      3,
      2,
      1,
    ]);
  });
});

describe("TIER.THRESHOLDS on bad rows and bad arguments", () => {
  it("leaves a bad row out and says so in a last row", () => {
    const r = [...recency.slice(0, 50), -3];
    const f = [...frequency.slice(0, 50), 2];
    const m = [...monetary.slice(0, 50), 100];
    const withBad = thresholds(column(r), column(f), column(m), "quantile", "en-US");
    const without = thresholds(
      column(recency.slice(0, 50)),
      column(frequency.slice(0, 50)),
      column(monetary.slice(0, 50)),
      "quantile",
      "en-US"
    );
    expect(withBad.slice(0, 6)).toEqual(without);
    expect(withBad).toHaveLength(7);
    expect(withBad[6][0]).toBe(
      "Rows left out of the scoring: 1; the first: recency, row 51: -3 is negative"
    );
  });

  it("refuses an unknown scoring and ranges of different lengths by name", () => {
    expectCallError(thresholds(column([1]), column([1]), column([1]), "deciles"), "scoring");
    expectCallError(thresholds(column([1, 2]), column([1]), column([1])), "frequency");
  });
});
