// TIER.NEXT_TIER against the core's next tier of the same customer summary (what the CLI's JSON
// and the customer sheet show), and its errors.
import { customerRecords } from "../../src/core/records";
import { segment } from "../../src/core/segment";
import { nextTier, rfmScore } from "../../src/functions/functions";
import { readPublicCsv } from "../../data/publicData";
import { column, expectCallError, expectError } from "./cells";

const rows = readPublicCsv("rfm-r/rfm_data_customer.csv");
const data = rows.slice(1);
const recency = column(data.map((r) => Number(r[4])));
const frequency = column(data.map((r) => Number(r[3])));
const monetary = column(data.map((r) => Number(r[1])));

describe.each([
  ["four", "quantile"],
  ["named", "fixed"],
  ["value-tiers", "rfm-r"],
] as const)("TIER.NEXT_TIER, %s scheme, %s scoring", (scheme, scoring) => {
  it("gives every customer the core's segment reached and step", () => {
    const core = segment(
      { values: rows },
      {
        shape: "summary",
        scheme,
        rfm: { scoring },
        mapping: {
          customer: "customer_id",
          recencyDays: "recency_days",
          frequency: "number_of_orders",
          monetary: "revenue",
        },
      }
    );
    const records = customerRecords(core, "en-US");
    const cells = nextTier(recency, frequency, monetary, scheme, scoring, "en-US");
    expect(cells).toHaveLength(records.length);
    let steps = 0;
    records.forEach((rec, i) => {
      if (rec.nextTier === null) {
        expect(cells[i]).toEqual([rec.segment, "Top segment"]);
      } else {
        steps++;
        expect(cells[i]).toEqual([rec.nextTier.to, rec.nextTier.text]);
      }
    });
    expect(steps).toBeGreaterThan(100);
  });
});

describe("TIER.NEXT_TIER and TIER.RFM_SCORE on bad rows", () => {
  it("names the argument of a negative recency, a negative frequency or text", () => {
    const r = column([10, -3, 20, 30]);
    const f = column([1, 2, -1, "many"]);
    const m = column([100, 200, 300, 400]);
    for (const out of [nextTier(r, f, m), rfmScore(r, f, m)]) {
      expectError(out[1][0], "recency", "row 2");
      expectError(out[2][0], "frequency", "row 3");
      expectError(out[3][0], "frequency", "row 4");
    }
  });

  it("refuses an unknown scheme by name", () => {
    expectCallError(nextTier(recency, frequency, monetary, "five"), "scheme");
  });
});
