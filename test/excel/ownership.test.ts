// A stored model never writes onto a sheet it cannot prove is its own: sheet ids can change
// between sessions or be lost by another program (the double's reloadWithSheetIds), a user may
// delete our sheet and make their own under its name, or a model may arrive in another workbook.
// In every case nothing of the user's is touched.
import { ExcelRunError } from "../../src/excel/excelErrors";
import { deleteModel, forgetModel, relinkModel } from "../../src/excel/manageModels";
import { MODELS_SETTING, parseModels } from "../../src/excel/model";
import { refreshModels, type RefreshReport } from "../../src/excel/refreshModels";
import { InMemoryWorkbook, type WorkbookSnapshot } from "../../src/excelDouble";
import { formatMessage } from "../../src/core/i18n";
import {
  contents,
  FIXED_NOW,
  run,
  workbookWith,
  written,
  ZH_FORMATS,
  ZH_TRANSACTIONS,
} from "./workbookFixtures";

const refresh = (wb: InMemoryWorkbook): Promise<RefreshReport> =>
  wb.run((context) => refreshModels(context, { now: FIXED_NOW }));

const statuses = (report: RefreshReport): string[] =>
  report.models.map((m) => `${m.model.id}:${m.status}`);

const sheetNamed = (snap: WorkbookSnapshot, name: string): WorkbookSnapshot["sheets"][number] => {
  const sheet = snap.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** The message the pane shows for a refresh that stopped, in zh-CN. */
function stopMessage(report: RefreshReport): string {
  const entry = report.models[0];
  if (entry.status !== "unproven") throw new Error(`expected unproven, got ${entry.status}`);
  return formatMessage(`excel.${entry.error.problem}`, entry.error.params, "zh-CN");
}

async function segmented(): Promise<InMemoryWorkbook> {
  const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
  await written(wb, { options: { language: "zh-CN" } });
  // A second run, so that the migration and history sheets exist too.
  wb.setValues("订单", "D11", [[99000]]);
  expect(statuses(await refresh(wb))).toEqual(["m1:refreshed"]);
  return wb;
}

async function deleteSheet(wb: InMemoryWorkbook, name: string): Promise<void> {
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}

describe("owned sheets that cannot be mistaken", () => {
  it("stops when the sheet ids were shuffled, writes nothing, and re-links to the marked sheets", async () => {
    const wb = await segmented();
    wb.reloadWithSheetIds("shuffle");
    const before = contents(wb);
    const report = await refresh(wb);
    expect(statuses(report)).toEqual(["m1:unproven"]);
    expect(contents(wb)).toEqual(before);
    // The message names the model and the sheets, and says what to do.
    expect(stopMessage(report)).toMatch(/^订单：未写入任何内容。.*“.+”.*“.+”.*重新关联/);

    // Re-link: the marks say which sheet is which; the next refresh writes where it wrote before.
    await wb.run((context) => relinkModel(context, "m1"));
    wb.setValues("订单", "D11", [[50]]);
    expect(statuses(await refresh(wb))).toEqual(["m1:refreshed"]);
    const after = wb.toSnapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(
      (before as WorkbookSnapshot).sheets.map((s) => s.name)
    );
    expect(wb.getValues("订单!E11")).toEqual([["C"]]);
  });

  it("stops when the workbook comes back with every sheet id new (saved by another program)", async () => {
    const wb = await segmented();
    wb.reloadWithSheetIds("fresh");
    const before = contents(wb);
    const report = await refresh(wb);
    expect(statuses(report)).toEqual(["m1:unproven"]);
    expect(contents(wb)).toEqual(before);
    const entry = report.models[0];
    expect(entry.status === "unproven" && entry.error.problem).toBe("notOurSheet.idMissing");
    await wb.run((context) => relinkModel(context, "m1"));
    expect(statuses(await refresh(wb))).toEqual(["m1:refreshed"]);
    expect(wb.toSnapshot().sheets.map((s) => s.name)).toEqual(
      (before as WorkbookSnapshot).sheets.map((s) => s.name)
    );
  });

  it("never writes on a sheet the user made under the name of an owned sheet they deleted", async () => {
    const wb = await segmented();
    await deleteSheet(wb, "分级汇总");
    wb.addSheet("分级汇总");
    wb.setValues("分级汇总", "A1", [["我的笔记", 1, 2, 3]]);
    const mine = sheetNamed(wb.toSnapshot(), "分级汇总");
    expect(statuses(await refresh(wb))).toEqual(["m1:refreshed"]);
    const after = wb.toSnapshot();
    expect(sheetNamed(after, "分级汇总")).toEqual(mine);
    // The model made its summary again, beside the user's sheet, with its tables and charts.
    const own = sheetNamed(after, "分级汇总 (2)");
    expect(after.tables.some((t) => t.sheetId === own.id)).toBe(true);
    expect(after.charts.filter((c) => c.sheetId === mine.id)).toEqual([]);
  });

  it("also when the user's new sheet took the deleted sheet's id", async () => {
    const wb = await segmented();
    const summaryId = sheetNamed(wb.toSnapshot(), "分级汇总").id;
    await deleteSheet(wb, "分级汇总");
    wb.addSheet("分级汇总");
    wb.setValues("分级汇总", "A1", [["我的笔记"]]);
    // A new session handing the old id to the user's sheet: the worst case for an id alone.
    const snap = wb.toSnapshot();
    const users = snap.sheets.find((s) => s.name === "分级汇总");
    if (!users) throw new Error("no sheet");
    const reopened = InMemoryWorkbook.fromSnapshot(
      JSON.parse(JSON.stringify(snap).split(users.id).join(summaryId)) as WorkbookSnapshot
    );
    const before = contents(reopened);
    const report = await refresh(reopened);
    expect(statuses(report)).toEqual(["m1:unproven"]);
    expect(contents(reopened)).toEqual(before);
    expect(stopMessage(report)).toContain("“分级汇总”");
  });

  it("makes again an owned sheet the user deleted, touching nothing else", async () => {
    const wb = await segmented();
    await deleteSheet(wb, "客户分级");
    const data = sheetNamed(wb.toSnapshot(), "订单");
    expect(statuses(await refresh(wb))).toEqual(["m1:refreshed"]);
    const after = wb.toSnapshot();
    expect(after.sheets.map((s) => s.name)).toContain("客户分级");
    expect(after.tables.filter((t) => t.name === "CT_m1_Customers")).toHaveLength(1);
    expect(sheetNamed(after, "订单").cells).toEqual(data.cells);
  });

  it("does nothing with a model copied into another workbook whose sheets have its ids", async () => {
    const original = await segmented();
    const setting = original.toSnapshot().settings[MODELS_SETTING];
    // Another workbook of the user's: its sheets happen to have the stored ids (ids are per file).
    const other = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    for (const name of ["预算", "联系人", "笔记", "备份"]) {
      other.addSheet(name);
      other.setValues(name, "A1", [[`${name}的内容`, 42]]);
    }
    await other.run(async (context) => {
      context.workbook.settings.add(MODELS_SETTING, setting as string);
      await context.sync();
    });
    const before = contents(other);
    const report = await refresh(other);
    expect(statuses(report)).toEqual(["m1:unproven"]);
    expect(contents(other)).toEqual(before);
    // Segment on the same cells finds the copied model, and stops the same way.
    other.select("订单!A1");
    await expect(run(other, { options: { language: "zh-CN" } })).rejects.toBeInstanceOf(
      ExcelRunError
    );
    expect(contents(other)).toEqual(before);
    // Deleting the model would delete sheets by id: refused too.
    await expect(other.run((context) => deleteModel(context, "m1"))).rejects.toBeInstanceOf(
      ExcelRunError
    );
    expect(contents(other)).toEqual(before);
    // Re-link cannot adopt sheets without the model's mark.
    await expect(other.run((context) => relinkModel(context, "m1"))).rejects.toMatchObject({
      problem: "relinkNeedsData",
    });
    expect(contents(other)).toEqual(before);
  });

  it("starts fresh: the model is forgotten, every sheet stays, and a new run uses a new id", async () => {
    const wb = await segmented();
    wb.reloadWithSheetIds("shuffle");
    const sheetsBefore = wb.toSnapshot().sheets;
    await wb.run((context) => forgetModel(context, "m1"));
    const list = parseModels(wb.toSnapshot().settings[MODELS_SETTING]);
    expect(list.models).toEqual([]);
    expect(list.retired).toEqual(["m1"]);
    expect(wb.toSnapshot().sheets).toEqual(sheetsBefore);
    wb.select("订单!A1:D11");
    // The old tier columns beside the data are no longer provably ours: the run asks first.
    const asked = await run(wb, { options: { language: "zh-CN" } });
    expect(asked.status).toBe("conflict");
    const model = await written(wb, { options: { language: "zh-CN" }, overwrite: true });
    expect(model.id).toBe("m2");
    // The old sheets are the user's now: untouched by the new model.
    const after = wb.toSnapshot();
    for (const old of sheetsBefore.filter((s) => s.name !== "订单"))
      expect(after.sheets.find((s) => s.id === old.id)).toEqual(old);
  });
});
