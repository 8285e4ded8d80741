// Issue 14: a purchase model the data cannot identify is not "converged": every purchase on one
// day reported "Converged: yes" after 0 iterations, P(alive) 1.000 and 12.83 purchases for all.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonClvReport } from "../../src/cli/clvJson";
import { segment } from "../../src/core/segment";
import { runCli, tempDir } from "./captureIo";

const CASES: [string, string, string][] = [
  [
    "every purchase on one day",
    "customer,date,amount\nA,2024-01-05,10\nB,2024-01-05,20\nC,2024-01-05,30\nA,2024-01-05,5\n",
    "fit.oneDayOfHistory",
  ],
  [
    "no repeat purchases",
    "customer,date,amount\nA,2024-01-05,10\nB,2024-02-05,20\nC,2024-03-05,30\n",
    "fit.noRepeatPurchases",
  ],
  ["one customer", "customer,date,amount\nA,2024-01-05,10\nA,2024-02-05,20\n", "fit.oneCustomer"],
];

describe("tiering clv on data that cannot identify the model", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it.each(CASES)("%s: says so, never 'converged', no figures", async (_, csv, code) => {
    const file = join(dir, "orders.csv");
    writeFileSync(file, csv);
    const out = await runCli(["clv", file, "--json"]);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as JsonClvReport;
    expect(report.purchaseModel.converged).toBe(false);
    expect(report.warnings.map((w) => w.code)).toContain("probabilisticNotIdentified");
    expect(report.customers.every((c) => c.pAlive === null && c.expectedPurchases === null)).toBe(
      true
    );
    const text = await runCli(["clv", file]);
    expect(text.stdout).not.toMatch(/Converged\s*│\s*yes/);
    expect(text.stdout).toMatch(/cannot be identified from these data/);
    // segment() with the probabilistic CLV falls back to the simple CLV.
    const res = segment(
      {
        values: csv
          .trim()
          .split("\n")
          .map((l) => l.split(",")),
      },
      { clv: { model: "probabilistic" } }
    );
    expect(res.probabilistic?.fit.message).toBe(code);
    expect(res.clvModel).toBe("simple");
  });
});
