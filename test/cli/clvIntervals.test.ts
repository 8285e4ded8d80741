// `tiering clv`: the CLV intervals and tier confidence in the JSON and in the tables.
import { join } from "node:path";
import type { JsonClvReport } from "../../src/cli/clvJson";
import { PUBLIC_DATA } from "../../data/publicData";
import { writeFileSync } from "node:fs";
import { readCdnow } from "../core/probabilistic/summary/cdnowTransactions";
import { runCli, tempDir } from "./captureIo";

const SUMMARY = join(PUBLIC_DATA, "lifetimes", "cdnow_customers_summary_with_transactions.csv");

async function json(argv: string[]): Promise<JsonClvReport> {
  const out = await runCli([...argv, "--json"]);
  expect(out.stderr).toBe("");
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as JsonClvReport;
}

describe("tiering clv --json: CLV intervals", () => {
  let report: JsonClvReport;
  beforeAll(async () => {
    report = await json(["clv", SUMMARY, "--interval-draws", "60"]);
  });

  it("gives every customer P10 <= P50 <= P90 around the CLV and a tier confidence in [0, 1]", () => {
    expect(report.clvIntervals?.draws).toBe(60);
    for (const c of report.customers) {
      expect(c.clvP10!).toBeLessThanOrEqual(c.clvP50!);
      expect(c.clvP50!).toBeLessThanOrEqual(c.clvP90!);
      expect(c.clvP10!).toBeLessThanOrEqual(c.clv! * 1.02);
      expect(c.clvP90!).toBeGreaterThanOrEqual(c.clv! * 0.98);
      expect(c.tierConfidence!).toBeGreaterThanOrEqual(0);
      expect(c.tierConfidence!).toBeLessThanOrEqual(1);
    }
    expect(new Set(report.customers.map((c) => c.clvTier))).toEqual(
      new Set(["high", "mid", "low"])
    );
  });

  it("totals each tier with an interval around the sum of its customers' CLVs", () => {
    const tiers = report.clvIntervals!.tiers;
    expect(tiers.map((t) => t.tier)).toEqual(["high", "mid", "low"]);
    for (const t of tiers) {
      const own = report.customers.filter((c) => c.clvTier === t.tier);
      expect(own).toHaveLength(t.customers);
      expect(t.total!).toBeCloseTo(
        own.reduce((s, c) => s + c.clv!, 0),
        2
      );
      expect(t.p10!).toBeLessThan(t.total!);
      expect(t.p90!).toBeGreaterThan(t.total!);
    }
  });

  it("gives the same figures on every run", async () => {
    const again = await json(["clv", SUMMARY, "--interval-draws", "60"]);
    expect(again.clvIntervals).toEqual(report.clvIntervals);
    expect(again.customers.slice(0, 50)).toEqual(report.customers.slice(0, 50));
  });

  it("--interval-draws 0 leaves them out; a fraction is refused", async () => {
    const none = await json(["clv", SUMMARY, "--interval-draws", "0"]);
    expect(none.clvIntervals).toBeNull();
    expect(none.customers.every((c) => c.clvP50 === null && c.tierConfidence === null)).toBe(true);
    const bad = await runCli(["clv", SUMMARY, "--interval-draws", "1.5"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("--interval-draws");
  });
});

describe("tiering clv --group: CLV intervals", () => {
  it("draws each customer around their group's fit, the same every run", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const csv = join(dir, "orders.csv");
      const lines = readCdnow().lines.filter((l) => l.id <= 1200);
      const date = (ymd: string) => `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`;
      // Customers 1-30 "phone" (too few: the pooled fit), the rest "web" or "store" by id.
      const channel = (id: number) => (id <= 30 ? "phone" : id % 2 ? "web" : "store");
      const rows = lines.map((l) => `${l.id},${date(l.ymd)},${l.dollars},${channel(l.id)}`);
      writeFileSync(csv, ["customer,date,amount,Channel", ...rows].join("\n"));
      const argv = ["clv", csv, "--group", "Channel", "--interval-draws", "20"];
      const grouped = await json(argv);
      expect(grouped.groups?.map((g) => g.ownFit)).toEqual([false, true, true]);
      expect(grouped.clvIntervals?.draws).toBe(20);
      expect(grouped.warnings.map((w) => w.code)).not.toContain("clvGroupIntervalsLeftOut");
      const priced = grouped.customers.filter((c) => c.clv !== null && c.clv > 0);
      expect(priced.length).toBeGreaterThan(500);
      for (const c of priced) {
        expect(c.clvP10!).toBeLessThanOrEqual(c.clvP50!);
        expect(c.clvP50!).toBeLessThanOrEqual(c.clvP90!);
        // A customer with a CLV tier has a tier confidence; one without (no-value orders) none.
        expect(c.tierConfidence === null).toBe(c.clvTier === null);
      }
      const again = await json(argv);
      expect(again.customers.map((c) => c.clvP50)).toEqual(grouped.customers.map((c) => c.clvP50));
    } finally {
      cleanup();
    }
  });
});

describe("tiering clv tables: CLV intervals", () => {
  it("prints each tier's value give or take, and how sure each listed customer's tier is", async () => {
    const out = await runCli(["clv", SUMMARY, "--interval-draws", "40"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("CLV by tier over 12 months, give or take (P10 – P90 of 40");
    expect(out.stdout).toMatch(/High CLV, \d+% sure/);
    const zh = await runCli(["clv", SUMMARY, "--interval-draws", "40", "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("各 CLV 等级 12 个月的价值及其区间");
    expect(zh.stdout).toMatch(/高 CLV，把握 \d+%/);
  });
});
