// One answer from every face (issue 18): the customer sheet's CLV interval columns and the summary
// sheet's CLV-tier totals equal `tiering clv --json` on the same transactions.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonClvReport } from "../../src/cli/clvJson";
import { cdnowSheet } from "../core/pipeline/cdnowInput";
import { label } from "../../src/core";
import { runCli, tempDir } from "../cli/captureIo";
import { run, workbookWith, type Cell } from "./workbookFixtures";

jest.setTimeout(120_000);

const OPTIONS = {
  language: "en-US" as const,
  clv: { model: "probabilistic" as const, probabilistic: { intervalDraws: 80 } },
};

const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

describe("CLV intervals in the workbook and the CLI", () => {
  const values = cdnowSheet().values as Cell[][];
  const cells = [values[0], ...values.slice(1).filter((row) => Number(row[0]) <= 500)];
  const csv = join(dir, "orders.csv");
  writeFileSync(csv, cells.map((row) => row.join(",")).join("\n"));

  let report: JsonClvReport;
  const wb = workbookWith("Orders", cells);
  beforeAll(async () => {
    const outcome = await run(wb, { options: OPTIONS });
    if (outcome.status !== "written") throw new Error(outcome.status);
    const out = await runCli(["clv", csv, "--interval-draws", "80", "--json"]);
    expect(out.stderr).toBe("");
    report = JSON.parse(out.stdout) as JsonClvReport;
  });

  it("writes P10, P50, P90 and the tier confidence of every customer as the CLI gives them", () => {
    const sheet = wb.getValues("Customer tiers!A1:AD501");
    const header = sheet[0];
    const at = (name: string) => header.indexOf(name);
    const columns = [
      at("CLV P10 (12 months)"),
      at("CLV P50 (12 months)"),
      at("CLV P90 (12 months)"),
      at("CLV tier confidence"),
    ];
    expect(columns.every((c) => c > 0)).toBe(true);
    expect(at("CLV tier confidence")).toBe(at("CLV tier") + 4);
    const byId = new Map(report.customers.map((c) => [c.customer, c]));
    let checked = 0;
    for (const row of sheet.slice(1)) {
      const c = byId.get(String(row[0]));
      if (!c) continue;
      // A blank cell where the JSON has null (a customer with only $0 orders has no CLV tier).
      const expected = [c.clvP10, c.clvP50, c.clvP90, c.tierConfidence].map((v) => v ?? "");
      expect(columns.map((k) => row[k])).toEqual(expected);
      const tier = c.clvTier as "high" | "mid" | "low" | null;
      expect(row[at("CLV tier")]).toBe(tier === null ? "" : label(`clvTier.${tier}`, "en-US"));
      checked++;
    }
    expect(checked).toBe(500);
  });

  it("totals each CLV tier with its P10, P50 and P90 as the CLI does, within the tables' columns", () => {
    const sheet = wb.getValues("Tier summary!A1:J400");
    const headerRow = sheet.findIndex((row) => row.includes("Total P10"));
    expect(headerRow).toBeGreaterThan(0);
    const header = sheet[headerRow];
    // Left of the charts, which stand from column K.
    expect(header.filter((h) => h !== "").length).toBeLessThanOrEqual(10);
    const tiers = report.clvIntervals!.tiers;
    tiers.forEach((t, i) => {
      const row = sheet[headerRow + 1 + i];
      expect(row[0]).toBe(t.label);
      expect(row[header.indexOf("Total CLV (12 months)")]).toBeCloseTo(t.total!, 4);
      expect(row[header.indexOf("Total P10")]).toBeCloseTo(t.p10!, 4);
      expect(row[header.indexOf("Total P50")]).toBeCloseTo(t.p50!, 4);
      expect(row[header.indexOf("Total P90")]).toBeCloseTo(t.p90!, 4);
    });
  });
});
