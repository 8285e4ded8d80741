// The backtest sheet (method.md section 11): the core's backtest of the model's data, written as
// tables with a chart, and written again in place (one sheet) on a second click.
import { backtest } from "../../src/core";
import { backtestModel } from "../../src/excel";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { run, workbookWith, type Cell } from "./workbookFixtures";

describe("backtest sheet", () => {
  it("writes the groups, the deciles and the chart, and replaces them on a second run", async () => {
    const sheet = generateTransactions(2000, 31);
    const wb = workbookWith("Orders", sheet.values as Cell[][], sheet.numberFormats as string[][]);
    const outcome = await run(wb, { options: { language: "en-US" } });
    if (outcome.status !== "written") throw new Error(outcome.status);
    const first = await wb.run((context) => backtestModel(context, outcome.model));
    if (!("result" in first)) throw new Error("gone");
    const core = backtest(sheet, { ...outcome.model.options, asOf: null }, { months: 6 });
    expect(first.result.groups.abc).toEqual(core.groups.abc);
    const again = await wb.run((context) => backtestModel(context, outcome.model));
    const snap = wb.toSnapshot();
    const sheets = snap.sheets.filter((s) => s.name.startsWith("Backtest"));
    expect(sheets).toHaveLength(1);
    expect("sheetId" in again && sheets[0].id === again.sheetId).toBe(true);
    const tables = snap.tables.filter((t) => t.sheetId === sheets[0].id).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(["CT_m1_btAbc", "CT_m1_btSegments", "CT_m1_btClvSimple"])
    );
    expect(snap.charts.filter((c) => c.sheetId === sheets[0].id)).toHaveLength(1);
    const title = wb.getValues(`Backtest!A1`)[0][0];
    expect(String(title)).toContain(`Scored as of ${core.cut}`);
  });
});
