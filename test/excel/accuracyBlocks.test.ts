// The model comparison, holdout accuracy and monthly projection blocks of the summary sheet (issue
// 18), against the in-memory workbook on 600 CDNOW customers: the same figures as `tiering clv
// --json` on the same orders, the projection adding up to the CLV tiers, and its stacked chart.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonClvReport } from "../../src/cli/clvJson";
import type { SegmentResult } from "../../src/core/result";
import type { StoredModel } from "../../src/excel/model";
import type { InMemoryWorkbook } from "../../src/excelDouble";
import { runCli, tempDir } from "../cli/captureIo";
import { cdnowSheet } from "../core/pipeline/cdnowInput";
import { run, workbookWith, type Cell } from "./workbookFixtures";

jest.setTimeout(180_000);

const CALIBRATION_END = "1997-09-30";
const OPTIONS = {
  language: "en-US" as const,
  clv: {
    model: "probabilistic" as const,
    probabilistic: { calibrationEnd: CALIBRATION_END, purchaseModel: "auto" as const },
  },
};

function cdnowCells(customers = 600): Cell[][] {
  const values = cdnowSheet().values as Cell[][];
  return [values[0], ...values.slice(1).filter((row) => Number(row[0]) <= customers)];
}

const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

/** A block's body rows as the sheet holds them. */
function blockRows(wb: InMemoryWorkbook, model: StoredModel, id: string): unknown[][] {
  const block = model.written.summarySheet.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`no ${id} block`);
  const last = String.fromCharCode(64 + block.columnCount);
  return wb.getValues(
    `Tier summary!A${block.rowIndex + 2}:${last}${block.rowIndex + block.rowCount}`
  );
}

describe("model comparison, holdout accuracy and projection on the summary sheet", () => {
  const cells = cdnowCells();
  let wb: InMemoryWorkbook;
  let result: SegmentResult;
  let model: StoredModel;
  let cli: JsonClvReport;

  beforeAll(async () => {
    wb = workbookWith("Orders", cells);
    const outcome = await run(wb, { options: OPTIONS });
    if (outcome.status !== "written") throw new Error(outcome.status);
    ({ result, model } = outcome);
    const csv = join(dir, "orders.csv");
    writeFileSync(csv, cells.map((row) => row.join(",")).join("\n"));
    const out = await runCli([
      "clv",
      csv,
      "--calibration-end",
      CALIBRATION_END,
      "--model",
      "auto",
      "--json",
    ]);
    expect(out.stderr).toBe("");
    cli = JSON.parse(out.stdout) as JsonClvReport;
  });

  it("says which model auto picked and why, as the CLI does", () => {
    const p = result.probabilistic!;
    expect(p.modelChoice?.by).toBe("holdoutMae");
    expect(p.model).toBe(p.modelChoice?.picked);
    expect(cli.modelChoice?.picked).toBe(p.model);
    expect(blockRows(wb, model, "modelChoice")).toEqual([[cli.modelChoice?.reason]]);
    expect(cli.modelChoice?.reason).toMatch(/picked automatically: the smallest mean absolute/);
  });

  it("compares the three models with the CLI's log-likelihood, AIC, BIC and holdout MAE", () => {
    const rows = blockRows(wb, model, "modelComparison");
    expect(rows.map((r) => r[0])).toEqual(["BG/NBD", "MBG/NBD", "Pareto/NBD"]);
    const scores = cli.modelChoice!.scores;
    rows.forEach((r, i) => {
      expect(r[2]).toBe(scores[i].parameters);
      expect(r[3]).toBe(scores[i].customers);
      expect(r[4]).toBeCloseTo(scores[i].logLikelihood!, 5);
      expect(r[5]).toBeCloseTo(scores[i].aic!, 5);
      expect(r[6]).toBeCloseTo(scores[i].bic!, 5);
      expect(r[7]).toBeCloseTo(scores[i].holdoutMae!, 6);
      expect(r[8]).toBe(scores[i].model === cli.modelChoice?.picked ? "Yes" : "");
    });
    // The picked model has the smallest holdout MAE.
    const best = Math.min(...scores.map((s) => s.holdoutMae ?? Infinity));
    expect(scores.find((s) => s.model === cli.modelChoice?.picked)?.holdoutMae).toBe(best);
  });

  it("lists every model's accuracy rows with the CLI's figures", () => {
    const rows = blockRows(wb, model, "accuracy");
    const json = cli.accuracy!.flatMap((m) => m.rows ?? []);
    expect(rows).toHaveLength(json.length);
    rows.forEach((r, i) => {
      const j = json[i];
      expect(r[3]).toBe(j.customers);
      expect(r[4]).toBeCloseTo(j.purchases.mae!, 6);
      expect(r[5]).toBeCloseTo(j.purchases.rmse!, 6);
      expect(r[6]).toBeCloseTo(j.purchases.bias!, 6);
      expect(r[7]).toBeCloseTo(j.spend!.mae!, 5);
      expect(r[9]).toBeCloseTo(j.spend!.bias!, 5);
    });
    // Per model: the overall row, 8 frequency groups, 3 tiers and the P(alive) bands that have customers.
    expect(rows.filter((r) => r[1] === "All customers").map((r) => r[3])).toEqual([600, 600, 600]);
  });

  it("projects month by month with the CLI's figures, adding up to the CLV tiers", () => {
    const rows = blockRows(wb, model, "projection") as number[][];
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const months = cli.projection!.months;
    rows.forEach((r, i) => {
      expect(r[4]).toBeCloseTo(months[i].orders.total, 5);
      expect(r[8]).toBeCloseTo(months[i].revenue.total, 4);
      expect(r[12]).toBeCloseTo(months[i].value.total, 4);
    });
    // Value columns 9..11 are high, mid, low: each adds up to that tier's CLV on the sheet.
    const tiers = model.written.summarySheet.blocks.find((b) => b.id === "clvTiers")!;
    const tierRows = wb.getValues(
      `Tier summary!A${tiers.rowIndex + 2}:I${tiers.rowIndex + tiers.rowCount}`
    );
    [9, 10, 11].forEach((column, k) => {
      const projected = rows.reduce((s, r) => s + r[column], 0);
      const clv = Array.from(result.clv).reduce(
        (s, v, c) => (result.clvTier[c] === k ? s + v : s),
        0
      );
      expect(projected).toBeCloseTo(clv, 2);
      // The CLV-tier table's customers x mean CLV.
      const row = tierRows[k];
      expect(projected).toBeCloseTo((row[1] as number) * (row[8] as number), 0);
    });
    const total = rows.reduce((s, r) => s + r[12], 0);
    const cliClv = cli.customers.reduce((s, c) => (c.clvTier === null ? s : s + (c.clv ?? 0)), 0);
    expect(total).toBeCloseTo(cliClv, 2);
    expect(cli.projection!.totals.value.total).toBeCloseTo(cliClv, 3);
  });

  it("draws the projection as columns stacked by CLV tier", () => {
    const chart = wb.chartData("Tier summary", "CT_m1_projection");
    expect(chart.type).toBe("ColumnStacked");
    expect(chart.series.map((s) => s.name)).toEqual([
      "Discounted value: High CLV",
      "Discounted value: Mid CLV",
      "Discounted value: Low CLV",
    ]);
  });
});
