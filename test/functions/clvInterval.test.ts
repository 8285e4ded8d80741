// TIER.CLV_INTERVAL against `tiering clv --json` on the same summary rows: one answer from both faces.
import { join } from "node:path";
import type { JsonClvReport } from "../../src/cli/clvJson";
import { PUBLIC_DATA } from "../../data/publicData";
import { clvInterval } from "../../src/functions/functions";
import { label } from "../../src/core";
import { cdnowSummary } from "../core/probabilistic/cdnowSummary";
import { runCli } from "../cli/captureIo";
import { column, expectCallError, expectError } from "./cells";

const SUMMARY = join(PUBLIC_DATA, "lifetimes", "cdnow_customers_summary_with_transactions.csv");

describe("TIER.CLV_INTERVAL", () => {
  const s = cdnowSummary();
  const [xs, txs, Ts, ms] = [s.frequency, s.recency, s.T, s.monetary].map((a) =>
    column(Array.from(a))
  );

  it("gives each row the CLI's CLV, P10, P50, P90, CLV tier and tier confidence", async () => {
    const [cells, out] = await Promise.all([
      clvInterval(xs, txs, Ts, ms, "weeks", 12, undefined, "en-US"),
      runCli(["clv", SUMMARY, "--json"]),
    ]);
    const report = JSON.parse(out.stdout) as JsonClvReport;
    expect(cells).toHaveLength(s.n);
    for (let i = 0; i < s.n; i++) {
      const c = report.customers[i];
      const [clv, p10, p50, p90, tier, sure] = cells[i] as [
        number,
        number,
        number,
        number,
        string,
        number,
      ];
      // The JSON rounds to 6 decimals (clean()).
      expect(clv).toBeCloseTo(c.clv!, 5);
      expect(p10).toBeCloseTo(c.clvP10!, 5);
      expect(p50).toBeCloseTo(c.clvP50!, 5);
      expect(p90).toBeCloseTo(c.clvP90!, 5);
      expect(tier).toBe(label(`clvTier.${c.clvTier as "high" | "mid" | "low"}`, "en-US"));
      expect(sure).toBeCloseTo(c.tierConfidence!, 6);
    }
  });

  it("names a bad row, and a bad option", async () => {
    const few = [xs, txs, Ts, ms].map((c) => c.slice(0, 300));
    few[1] = [...few[1]];
    few[1][4] = [-3];
    const cells = await clvInterval(
      few[0],
      few[1],
      few[2],
      few[3],
      undefined,
      undefined,
      undefined,
      "en-US"
    );
    expectError(cells[4][0], "Row 5");
    expect(typeof cells[5][0]).toBe("number");
    expectCallError(await clvInterval(xs, txs, Ts, ms, "years"), "unit");
  });
});
