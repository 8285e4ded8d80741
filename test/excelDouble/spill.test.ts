// Formula results and dynamic-array spills in the in-memory workbook, as Excel shows them.
import { InMemoryWorkbook, type FormulaResult } from "../../src/excelDouble";

async function write(wb: InMemoryWorkbook, address: string, values: unknown[][]): Promise<void> {
  await wb.run(async (ctx) => {
    const [sheet, ref] = address.includes("!") ? address.split("!") : ["Sheet1", address];
    ctx.workbook.worksheets.getItem(sheet).getRange(ref).values = values as never;
    await ctx.sync();
  });
}

/** An evaluator for "=ARRAY(rows,cols)" (a block of numbers) and "=SUMOF(A1:A3)". */
function workbook(): { wb: InMemoryWorkbook; calls: string[] } {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1", "Other"] });
  const calls: string[] = [];
  wb.setFormulaEvaluator((formula, sheet, address): FormulaResult | undefined => {
    calls.push(`${sheet}!${address}`);
    const array = /^=ARRAY\((\d+),(\d+)\)$/.exec(formula);
    if (array) {
      const [rows, cols] = [Number(array[1]), Number(array[2])];
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => 10 * (r + 1) + c + 1)
      );
    }
    const sum = /^=SUMOF\((.+)\)$/.exec(formula);
    if (sum) {
      const values = wb.getValues(sum[1].includes("!") ? sum[1] : `${sheet}!${sum[1]}`);
      return values.flat().reduce<number>((t, v) => t + (typeof v === "number" ? v : 0), 0);
    }
    if (formula === "=RAGGED()") return [[1, 2], [3]];
    if (formula === "=EMPTY()") return [];
    return undefined;
  });
  return { wb, calls };
}

describe("spilled arrays", () => {
  it("fill the cells right of and below the formula, which keeps only its formula", async () => {
    const { wb } = workbook();
    await write(wb, "B2", [["=ARRAY(2,3)"]]);
    expect(wb.getValues("Sheet1!B2:D3")).toEqual([
      [11, 12, 13],
      [21, 22, 23],
    ]);
    expect(wb.getFormulas("Sheet1!B2:C2")).toEqual([["=ARRAY(2,3)", 12]]);
    expect(wb.getValues("Sheet1!E2")).toEqual([[""]]);
    const snap = wb.toSnapshot().sheets[0];
    expect(snap.spills).toEqual({
      B2: [
        [11, 12, 13],
        [21, 22, 23],
      ],
    });
    expect(snap.formulas).toEqual({ B2: "=ARRAY(2,3)" });
  });

  it("are read through the API like any value", async () => {
    const { wb } = workbook();
    await write(wb, "A1", [["=ARRAY(2,1)"]]);
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").load("values");
      await ctx.sync();
      expect(range.values).toEqual([[11], [21]]);
    });
  });

  it("show #SPILL! when a cell in the way holds a value, and spill again once it is cleared", async () => {
    const { wb } = workbook();
    await write(wb, "C3", [["x"]]);
    await write(wb, "B2", [["=ARRAY(2,2)"]]);
    expect(wb.getValues("Sheet1!B2:C3")).toEqual([
      ["#SPILL!", ""],
      ["", "x"],
    ]);
    expect(wb.toSnapshot().sheets[0].spills).toEqual({ B2: [["#SPILL!"]] });
    await write(wb, "C3", [[""]]);
    expect(wb.getValues("Sheet1!B2:C3")).toEqual([
      [11, 12],
      [21, 22],
    ]);
  });

  it("let the formula earlier in reading order win where two would overlap", async () => {
    const { wb } = workbook();
    await write(wb, "A1", [["=ARRAY(3,1)"]]);
    await write(wb, "B1", [["=ARRAY(1,1)"]]);
    await write(wb, "B2", [["=ARRAY(1,2)"]]);
    await write(wb, "C1", [["=ARRAY(2,1)"]]);
    // B2 would spill into C2, which C1 (row 1 comes first) already spills into.
    expect(wb.getValues("Sheet1!A1:C2")).toEqual([
      [11, 11, 11],
      [21, "#SPILL!", 21],
    ]);
  });

  it("are blocked at the edge of the sheet", async () => {
    const { wb } = workbook();
    await write(wb, "A1048576", [["=ARRAY(2,1)"]]);
    expect(wb.getValues("Sheet1!A1048576")).toEqual([["#SPILL!"]]);
  });

  it("pad ragged rows with #N/A, and an empty array is #CALC!", async () => {
    const { wb } = workbook();
    await write(wb, "A1:C1", [["=RAGGED()", "", "=EMPTY()"]]);
    expect(wb.getValues("Sheet1!A1:C2")).toEqual([
      [1, 2, "#CALC!"],
      [3, "#N/A", ""],
    ]);
  });
});

describe("recalculation", () => {
  it("evaluates once per change, and again after a cell it reads changes", async () => {
    const { wb, calls } = workbook();
    await write(wb, "A1:A3", [[1], [2], [3]]);
    await write(wb, "B1", [["=SUMOF(A1:A3)"]]);
    expect(wb.getValues("Sheet1!B1")).toEqual([[6]]);
    expect(wb.getValues("Sheet1!B1:B2")).toEqual([[6], [""]]);
    expect(calls).toEqual(["Sheet1!B1"]);
    await write(wb, "A2", [[20]]);
    expect(wb.getValues("Sheet1!B1")).toEqual([[24]]);
    wb.setValues("Sheet1", "A3", [[300]]);
    expect(wb.getValues("Sheet1!B1")).toEqual([[321]]);
  });

  it("reads values spilled by another formula, on another sheet too", async () => {
    const { wb } = workbook();
    await write(wb, "Other!A1", [["=ARRAY(3,1)"]]);
    await write(wb, "B1", [["=SUMOF(Other!A1:A3)"]]);
    expect(wb.getValues("Sheet1!B1")).toEqual([[11 + 21 + 31]]);
  });

  it("shows 0 for a formula that reads its own result", async () => {
    const { wb } = workbook();
    await write(wb, "A1", [["=SUMOF(A1:A2)"]]);
    expect(wb.getValues("Sheet1!A1")).toEqual([[0]]);
  });

  it("keeps sheets without formulas free of any evaluation", async () => {
    const { wb, calls } = workbook();
    await write(wb, "A1:B2", [
      [1, ""],
      ["", 2],
    ]);
    expect(wb.getValues("Sheet1!A1:C3")[2]).toEqual(["", "", ""]);
    expect(wb.toSnapshot().sheets[0].spills).toBeUndefined();
    expect(calls).toEqual([]);
  });
});
