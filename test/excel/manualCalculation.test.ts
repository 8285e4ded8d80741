// A workbook in manual calculation: a run writes right tiers but does not force a recalculation
// (the user chose manual, and a forced one can take minutes); the outcome says the user's formulas
// update at their next F9. In automatic calculation the run recalculates as before.
import { refreshModels } from "../../src/excel/refreshModels";
import type { InMemoryWorkbook } from "../../src/excelDouble";
import { FIXED_NOW, run, workbookWith, ZH_FORMATS, ZH_TRANSACTIONS } from "./workbookFixtures";

/** A user's formula on another sheet counting the A customers in the tier column E. */
async function withUserFormula(): Promise<InMemoryWorkbook> {
  const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
  wb.addSheet("Notes");
  wb.setFormulaEvaluator((formula) =>
    formula === '=COUNTIF(订单!E2:E11,"A")'
      ? wb.getValues("订单!E2:E11").filter((row) => row[0] === "A").length
      : undefined
  );
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("Notes").getRange("A1").formulas = [
      ['=COUNTIF(订单!E2:E11,"A")'],
    ];
    await context.sync();
  });
  wb.select("订单!A1");
  return wb;
}

const countOfA = (wb: InMemoryWorkbook): unknown => wb.getValues("Notes!A1")[0][0];
const tierColumnA = (wb: InMemoryWorkbook): number =>
  wb.getValues("订单!E2:E11").filter((row) => row[0] === "A").length;

async function refreshAfterBigOrder(wb: InMemoryWorkbook) {
  // 吴九's one small order becomes the largest: the A class changes.
  wb.setValues("订单", "D11", [[99000]]);
  const report = await wb.run((context) => refreshModels(context, { now: FIXED_NOW }));
  const entry = report.models[0];
  if (entry.status !== "refreshed") throw new Error(`not refreshed: ${entry.status}`);
  return entry.outcome;
}

describe("manual calculation", () => {
  it("is left manual: tiers are written, the user's formulas wait for F9, and the outcome says so", async () => {
    const wb = await withUserFormula();
    const first = await run(wb, { options: { language: "zh-CN" } });
    expect(first.status === "written" && first.manualCalculation).toBe(false);
    const before = countOfA(wb);
    expect(before).toBe(tierColumnA(wb));
    wb.setCalculationMode("Manual");
    const outcome = await refreshAfterBigOrder(wb);
    expect(outcome.manualCalculation).toBe(true);
    expect(wb.getValues("订单!E11")).toEqual([["A"]]);
    // Not recalculated by the add-in: the formula still shows the count before the run.
    expect(tierColumnA(wb)).not.toBe(before);
    expect(countOfA(wb)).toBe(before);
    wb.recalculate();
    expect(countOfA(wb)).toBe(tierColumnA(wb));
  });

  it("recalculates when calculation is automatic", async () => {
    const wb = await withUserFormula();
    await run(wb, { options: { language: "zh-CN" } });
    const before = countOfA(wb);
    const outcome = await refreshAfterBigOrder(wb);
    expect(outcome.manualCalculation).toBe(false);
    expect(tierColumnA(wb)).not.toBe(before);
    expect(countOfA(wb)).toBe(tierColumnA(wb));
  });
});
