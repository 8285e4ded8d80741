// Segment with the probabilistic CLV (issue 7, method.md sections 4, 6 and 8) against the
// in-memory workbook, on the CDNOW sample as a user would paste it: the extra tier and customer
// columns, the summary blocks and charts, the fit stored with the model, and what a later run
// with the other CLV model leaves behind (nothing stale).
import type { SegmentResult } from "../../src/core/result";
import { clean } from "../../src/core/records";
import { SHARE_FORMAT } from "../../src/core";
import { probabilisticWarnings } from "../../src/core/i18n/fitText";
import { pAliveBins } from "../../src/excel/layout/pAliveBins";
import { tierHeaders, tierRows } from "../../src/excel/layout/tierColumns";
import { MODELS_SETTING, parseModels, type StoredModel } from "../../src/excel/model";
import { refreshModels } from "../../src/excel/refreshModels";
import type { InMemoryWorkbook, WorkbookSnapshot } from "../../src/excelDouble";
import { cellAddress, parseRef, type Rect } from "../../src/excelDouble/address";
import type { SheetSnapshot } from "../../src/excelDouble/snapshot";
import { cdnowSheet } from "../core/pipeline/cdnowInput";
import {
  asRead,
  contents,
  expectWithinLimits,
  FIXED_NOW,
  run,
  workbookWith,
  written,
  type Cell,
} from "./workbookFixtures";

jest.setTimeout(120_000);

const CALIBRATION_END = "1997-09-30";
const PROBABILISTIC = {
  language: "en-US" as const,
  clv: { model: "probabilistic" as const, probabilistic: { calibrationEnd: CALIBRATION_END } },
};
const SIMPLE = { language: "en-US" as const };

/** The first `customers` CDNOW customers' orders: enough for a fit, quick to write. */
function cdnowCells(customers = 600): Cell[][] {
  const values = cdnowSheet().values as Cell[][];
  return [values[0], ...values.slice(1).filter((row) => Number(row[0]) <= customers)];
}

async function probabilisticRun(
  wb: InMemoryWorkbook
): Promise<{ result: SegmentResult; model: StoredModel }> {
  const outcome = await run(wb, { options: PROBABILISTIC });
  if (outcome.status !== "written") throw new Error(outcome.status);
  return outcome;
}

const sheetOf = (snap: WorkbookSnapshot, name: string) => snap.sheets.find((s) => s.name === name);

/** Rows and columns the tests' sheets stay within: style layers are resolved cell by cell inside. */
const BOUNDS: Rect = { row: 0, col: 0, rows: 2_000, cols: 30 };

/**
 * Each cell's style once the layers are applied (null resets a property). The layers themselves
 * record the runs' history, which differs even when the cells end up the same.
 */
function resolvedStyles(sheet: SheetSnapshot): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const layer of sheet.styles) {
    const rect = parseRef(layer.address, "test");
    if (!rect) throw new Error(`bad address ${layer.address}`);
    const rows = Math.min(rect.row + rect.rows, BOUNDS.rows);
    const cols = Math.min(rect.col + rect.cols, BOUNDS.cols);
    for (let r = rect.row; r < rows; r++)
      for (let c = rect.col; c < cols; c++) {
        const key = cellAddress(r, c);
        const style: Record<string, unknown> = { ...out[key] };
        for (const [k, v] of Object.entries(layer.style))
          if (v === null) delete style[k];
          else style[k] = v;
        if (Object.keys(style).length > 0) out[key] = style;
        else delete out[key];
      }
  }
  return out;
}

/**
 * One sheet with its tables, charts and conditional formats, ids aside (they count up per
 * workbook). Without `chartPlaces`, where the charts stand is left out too: a chart keeps the
 * place it was created at, and column widths at that time depend on what the first run wrote.
 */
function sheetContents(snap: WorkbookSnapshot, name: string, chartPlaces = true): unknown {
  const found = sheetOf(snap, name);
  if (!found) throw new Error(`no sheet ${name}`);
  const id = found.id;
  const sheet = { ...found, styles: resolvedStyles(found) };
  const strip = <T extends { id?: string }>(x: T): Omit<T, "id"> => ({ ...x, id: undefined });
  return {
    sheet,
    tables: snap.tables.filter((t) => t.sheetId === id).map(strip),
    charts: snap.charts
      .filter((c) => c.sheetId === id)
      .map(strip)
      .map((c) => (chartPlaces ? c : { ...c, left: 0, top: 0 })),
    conditionalFormats: snap.conditionalFormats.filter((f) => f.sheetId === id),
  };
}

describe("Segment with the probabilistic CLV on the CDNOW sample", () => {
  const cells = cdnowCells();
  let wb: InMemoryWorkbook;
  let result: SegmentResult;
  let model: StoredModel;

  beforeAll(async () => {
    wb = workbookWith("Orders", cells);
    ({ result, model } = await probabilisticRun(wb));
  });

  it("fits the models and lets the probabilistic CLV drive the CLV tiers", () => {
    expect(result.probabilistic?.fit.converged).toBe(true);
    expect(result.clvModel).toBe("probabilistic");
    expect(result.probabilistic?.calibration).not.toBeNull();
  });

  it("writes 12 tier columns, headers stating the horizon, the discount and the churn window", () => {
    const headers = wb.getValues("Orders!D1:O1")[0];
    expect(headers).toEqual(tierHeaders(result, "en-US"));
    expect(headers).toEqual([
      "ABC",
      "R",
      "F",
      "M",
      "RFM code",
      "Segment",
      "Exp. purchases (12 mo)",
      "P(alive)",
      "P(no purchase 90 d)",
      "Exp. spend",
      "Revenue CLV (12 mo, 1%/mo)",
      "Stage",
    ]);
    expect(wb.getValues("Orders!P1")).toEqual([[""]]);
    const rows = cells.length;
    expect(wb.getValues(`Orders!D1:O${rows}`)).toEqual(asRead(tierRows(result, "en-US", 0, rows)));
  });

  it("gives each row its customer's figures from the fit, P(alive) as a percentage", () => {
    const p = result.probabilistic;
    if (p === null) throw new Error("no probabilistic result");
    const row = 42; // a data row: sheet row 43
    const k = result.rowCustomer[row];
    const [expected, alive, none, spend, clv] = wb.getValues(`Orders!J${row + 1}:N${row + 1}`)[0];
    expect(expected).toBeCloseTo(p.expectedPurchases[k], 6);
    expect(alive).toBeCloseTo(p.pAlive[k], 6);
    expect(none).toBeCloseTo(p.pNoPurchase[k], 6);
    // No purchase in 90 days is at least as likely as having dropped out.
    expect(none).toBeGreaterThanOrEqual(1 - (alive as number) - 1e-9);
    expect(spend).toBeCloseTo(p.expectedSpend[k], 6);
    expect(clv).toBeCloseTo(p.clv[k], 6);
    expect(alive).toBeGreaterThanOrEqual(0);
    expect(alive).toBeLessThanOrEqual(1);
    expect(wb.getNumberFormats(`Orders!J${row + 1}:N${row + 1}`)[0]).toEqual([
      "#,##0.00",
      SHARE_FORMAT,
      SHARE_FORMAT,
      "#,##0.00",
      "#,##0.00",
    ]);
  });

  it("adds the same figures to the customer sheet, before the CLV", () => {
    const header = wb.getValues("Customer tiers!A1:Z1")[0];
    const at = header.indexOf("P(alive)");
    expect(header.slice(at - 1, at + 4)).toEqual([
      "Expected purchases (next 12 months)",
      "P(alive)",
      "P(no purchase in 90 days)",
      "Expected spend per purchase",
      "Revenue CLV (12 months, 1%/month)",
    ]);
    const top = result.abc.order[0];
    const first = wb.getValues("Customer tiers!A2:Z2")[0];
    expect(first[0]).toBe(result.customers.ids[top]);
    expect(first[at]).toBe(clean(result.probabilistic?.pAlive[top] ?? NaN));
  });

  it("writes the fit, calibration and P(alive) blocks with their charts", () => {
    const snap = wb.toSnapshot();
    const summary = sheetOf(snap, "Tier summary");
    const tables = snap.tables.filter((t) => t.sheetId === summary?.id).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(["CT_m1_probabilisticFit", "CT_m1_calibration", "CT_m1_pAlive"])
    );
    const charts = snap.charts.filter((c) => c.sheetId === summary?.id);
    expect(charts.map((c) => c.name).sort()).toEqual(
      [
        "CT_m1_abc",
        "CT_m1_calibration",
        "CT_m1_clvTiers",
        "CT_m1_pAlive",
        "CT_m1_pareto",
        "CT_m1_projection",
        "CT_m1_revenueShare",
        "CT_m1_segments",
      ].sort()
    );
    const calibration = wb.chartData("Tier summary", "CT_m1_calibration");
    expect(calibration.type).toBe("ColumnClustered");
    expect(calibration.series.map((s) => s.name)).toEqual(["Actual (mean)", "Predicted (mean)"]);
    const pAlive = wb.chartData("Tier summary", "CT_m1_pAlive");
    expect(pAlive.series).toHaveLength(1);
  });

  it("counts the P(alive) distribution from the customers' figures", () => {
    const block = model.written.summarySheet.blocks.find((b) => b.id === "pAlive");
    if (!block) throw new Error("no P(alive) block");
    const range = `Tier summary!B${block.rowIndex + 2}:B${block.rowIndex + block.rowCount}`;
    const counts = wb.getValues(range).map((r) => r[0]);
    const pAlive = result.probabilistic?.pAlive ?? new Float64Array();
    expect(counts).toEqual(pAliveBins(pAlive));
    // Independently: customers below 10% and at 90% or more.
    expect(counts[0]).toBe(Array.from(pAlive).filter((x) => x < 0.1).length);
    expect(counts[9]).toBe(Array.from(pAlive).filter((x) => x >= 0.9).length);
  });

  it("shows every fitted parameter with the unit of alpha", () => {
    const block = model.written.summarySheet.blocks.find((b) => b.id === "probabilisticFit");
    if (!block) throw new Error("no fit block");
    const rows = wb.getValues(
      `Tier summary!A${block.rowIndex + 2}:B${block.rowIndex + block.rowCount}`
    );
    const value = (item: string) => rows.find((r) => r[0] === item)?.[1];
    const fit = result.probabilistic?.fit;
    const spend = result.probabilistic?.spend;
    expect(value("Purchase model")).toBe("BG/NBD");
    expect(value("Time unit")).toBe("weeks");
    expect(value("r")).toBeCloseTo(fit?.params.r ?? NaN, 6);
    expect(value("alpha (weeks)")).toBeCloseTo(fit?.params.alpha ?? NaN, 6);
    expect(value("Log-likelihood")).toBeCloseTo(fit?.logLikelihood ?? NaN, 6);
    expect(value("Iterations")).toBe(fit?.iterations);
    expect(value("q")).toBeCloseTo(spend?.params.q ?? NaN, 6);
    expect(value("Calibration period ends")).toBe(CALIBRATION_END);
  });

  it("stores the fit with the model", () => {
    const stored = parseModels(wb.toSnapshot().settings[MODELS_SETTING]).models[0];
    expect(stored.fit).toMatchObject({
      model: "bgnbd",
      modelName: "BG/NBD",
      unit: "weeks",
      horizonMonths: 12,
      monthlyDiscount: 0.01,
      fittedAt: FIXED_NOW().toISOString(),
      purchase: {
        params: result.probabilistic?.fit.params,
        logLikelihood: result.probabilistic?.fit.logLikelihood,
        converged: true,
      },
    });
    expect(stored.fit?.spend?.params).toEqual(result.probabilistic?.spend?.params);
    expect(stored.written.tierColumns.columnCount).toBe(12);
  });

  it("keeps every request under 5 MB and never reads a property it did not load", () => {
    expectWithinLimits(wb);
  });

  it("refreshes in place, as the same probabilistic model", async () => {
    const before = contents(wb);
    const report = await wb.run((context) => refreshModels(context, { now: FIXED_NOW }));
    expect(report.models.map((m) => m.status)).toEqual(["refreshed"]);
    expect(contents(wb)).toEqual(before);
  });
});

describe("switching the CLV model", () => {
  const cells = cdnowCells(300);

  it("simple, then probabilistic, then simple leaves no stale cells, blocks or charts", async () => {
    const only = workbookWith("Orders", cells);
    await written(only, { options: SIMPLE });
    const wb = workbookWith("Orders", cells);
    await written(wb, { options: SIMPLE });
    wb.select("Orders!A1");
    await probabilisticRun(wb);
    expect(wb.getValues("Orders!O1")[0][0]).toBe("Stage");
    wb.select("Orders!B2");
    const back = await written(wb, { options: SIMPLE });
    const snap = wb.toSnapshot();
    expect(sheetOf(snap, "Orders")?.cells[0]).toHaveLength(3 + 8);
    expect(sheetContents(snap, "Orders")).toEqual(sheetContents(only.toSnapshot(), "Orders"));
    expect(sheetContents(snap, "Tier summary")).toEqual(
      sheetContents(only.toSnapshot(), "Tier summary")
    );
    expect(back.fit).toBeUndefined();
    expect(back.written.summarySheet.charts).toHaveLength(5);
    const customers = snap.tables.find((t) => t.name === "CT_m1_Customers");
    expect(customers?.columns).not.toContain("P(alive)");
  });

  it("reads neither more nor fewer tier columns as data when their count changes", async () => {
    const wb = workbookWith("Orders", cells);
    const first = await written(wb, { options: SIMPLE });
    wb.select("Orders!C7");
    const second = await probabilisticRun(wb);
    expect(second.model.source.columnCount).toBe(3);
    expect(second.result.headers).toEqual(["Customer", "Order date", "Amount"]);
    wb.select("Orders!A1");
    const third = await written(wb, { options: SIMPLE });
    expect(third.id).toBe(first.id);
    expect(third.source.columnCount).toBe(3);
    expect(parseModels(wb.toSnapshot().settings[MODELS_SETTING]).models).toHaveLength(1);
  });

  it("asks before the extra columns of a probabilistic run cover the user's cells", async () => {
    const wb = workbookWith("Orders", cells);
    await written(wb, { options: SIMPLE });
    wb.setValues("Orders", "M5", [["my note"]]);
    wb.select("Orders!A1");
    const outcome = await run(wb, { options: PROBABILISTIC });
    if (outcome.status !== "conflict") throw new Error(outcome.status);
    expect(outcome.conflicts).toEqual([
      {
        sheetName: "Orders",
        address: `Orders!D1:O${cells.length}`,
        cells: 1,
        examples: ["Orders!M5"],
      },
    ]);
  });

  it("grows and shrinks the columns of an Excel table with the model", async () => {
    const wb = workbookWith("Data", cells);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add(`A1:C${cells.length}`, true).name =
        "Orders";
      await context.sync();
    });
    const table = () => wb.toSnapshot().tables.find((t) => t.name === "Orders");
    wb.select("Data!B3");
    await written(wb, { options: SIMPLE });
    const simpleColumns = table()?.columns;
    expect(simpleColumns).toHaveLength(3 + 8);
    wb.select("Data!B3");
    const prob = await probabilisticRun(wb);
    expect(table()?.columns).toEqual([...cells[0], ...tierHeaders(prob.result, "en-US")]);
    expect(prob.model.written.tierColumns.tableColumns).toHaveLength(12);
    wb.select("Data!B3");
    await written(wb, { options: SIMPLE });
    expect(table()?.columns).toEqual(simpleColumns);
    expect(table()?.address).toBe(`A1:K${cells.length}`);
    expect(sheetOf(wb.toSnapshot(), "Data")?.cells[0]).toHaveLength(3 + 8);
  });
});

describe("a probabilistic fit that fails", () => {
  // Nobody buys twice: the purchase model has nothing to learn a repeat rate from.
  const cells: Cell[][] = [["Customer", "Order date", "Amount"]];
  for (let i = 0; i < 30; i++) cells.push([`c${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`, 10 + i]);

  it("writes the warnings as text, no P(alive) chart, and a later simple run removes them", async () => {
    const wb = workbookWith("Orders", cells);
    const { result, model } = await probabilisticRun(wb);
    expect(result.probabilistic?.fit.converged).toBe(false);
    const notes = model.written.summarySheet.blocks.find((b) => b.id === "probabilisticNotes");
    if (!notes) throw new Error("no notes block");
    expect(notes.tableName).toBeNull();
    const texts = wb
      .getValues(`Tier summary!A${notes.rowIndex + 2}:A${notes.rowIndex + notes.rowCount}`)
      .map((r) => r[0]);
    expect(texts).toEqual(probabilisticWarnings(result, "en-US"));
    expect(model.written.summarySheet.charts.map((c) => c.id)).not.toContain("pAlive");
    expect(model.fit?.purchase.converged).toBe(false);
    // The CLV shown is the simple one, so its header has no horizon.
    expect(wb.getValues("Orders!N1")).toEqual([["Revenue CLV"]]);

    const only = workbookWith("Orders", cells);
    await written(only, { options: SIMPLE });
    wb.select("Orders!A1");
    await written(wb, { options: SIMPLE });
    expect(sheetContents(wb.toSnapshot(), "Tier summary", false)).toEqual(
      sheetContents(only.toSnapshot(), "Tier summary", false)
    );
  });
});
