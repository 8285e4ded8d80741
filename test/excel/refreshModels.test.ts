import { segment } from "../../src/core/segment";
import { MODELS_SETTING } from "../../src/excel/model";
import { refreshModels, type RefreshReport } from "../../src/excel/refreshModels";
import type { InMemoryWorkbook } from "../../src/excelDouble";
import {
  contents,
  EN_SUMMARY,
  FIXED_NOW,
  run,
  workbookWith,
  written,
  ZH_FORMATS,
  ZH_TRANSACTIONS,
} from "./workbookFixtures";

const refresh = (wb: InMemoryWorkbook, ids?: string[]): Promise<RefreshReport> =>
  wb.run((context) => refreshModels(context, { ids, now: FIXED_NOW }));

const statuses = (report: RefreshReport): string[] =>
  report.models.map((m) => `${m.model.id}:${m.status}`);

describe("refreshModels", () => {
  it("re-runs a stored model with its options after the data changed, in place", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN", scheme: "eight" } });
    const before = wb.toSnapshot();
    wb.setValues("订单", "D11", [[99000]]); // 吴九's one small order becomes the largest
    const report = await refresh(wb);
    expect(statuses(report)).toEqual(["m1:refreshed"]);
    expect(report.unreadable).toEqual([]);
    expect(wb.getValues("订单!E11")).toEqual([["A"]]);
    const after = wb.toSnapshot();
    // The same sheets, charts and tables, plus the migration sheet with its chart and tables.
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      "分级变动",
    ]);
    const migrationSheet = after.sheets.find((s) => s.name === "分级变动");
    const charts = after.charts.filter((c) => c.sheetId !== migrationSheet?.id);
    expect(charts.map((c) => c.name)).toEqual(before.charts.map((c) => c.name));
    const tables = after.tables.filter((t) => t.sheetId !== migrationSheet?.id);
    expect(tables.map((t) => t.name)).toEqual(before.tables.map((t) => t.name));
    const migrationCharts = after.charts.filter((c) => c.sheetId === migrationSheet?.id);
    expect(migrationCharts.map((c) => c.name)).toEqual(["CT_m1_migrationAbc"]);
  });

  it("is idempotent: refreshing twice without changes equals refreshing once", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    wb.setValues(
      "订单",
      "A12",
      [["新客户", 45397, "D011", 5000]],
      [["General", "yyyy-mm-dd", "General", "General"]]
    );
    await refresh(wb);
    const once = contents(wb);
    await refresh(wb);
    expect(contents(wb)).toEqual(once);
  });

  it("extends a plain range down to its current region and says by how many rows", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    const added = [
      ["新客户", 45397, "D011", 5000],
      ["张三", 45398, "D012", 100],
    ];
    wb.setValues(
      "订单",
      "A12",
      added,
      added.map(() => ["General", "yyyy-mm-dd", "General", "General"])
    );
    const report = await refresh(wb);
    const m = report.models[0];
    if (m.status !== "refreshed") throw new Error(m.status);
    expect(m.grownBy).toBe(2);
    expect(m.model.source.rowCount).toBe(ZH_TRANSACTIONS.length + 2);
    expect(m.outcome.result.customers.ids).toContain("新客户");
    // The new rows got their tier cells; the new customer is the largest, so class A.
    expect(wb.getValues("订单!E12")).toEqual([["A"]]);
    expect(wb.getValues("订单!E13:E13")[0][0]).not.toBe("");
  });

  it("lets a table grow by itself and re-reads it whole", async () => {
    const wb = workbookWith("Data", EN_SUMMARY);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.tables.add(sheet.getRange(`A1:D${EN_SUMMARY.length}`), true).name = "Customers";
      await context.sync();
    });
    await written(wb, { options: { language: "en-US", asOf: "2024-04-01" } });
    await wb.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Customers");
      const sheet = context.workbook.worksheets.getItem("Data");
      const rows = EN_SUMMARY.length;
      sheet.getRange(`A${rows + 1}:D${rows + 1}`).values = [["Cyberdyne", "2024-03-31", 20, 9900]];
      table.resize(sheet.getRange(`A1:L${rows + 1}`));
      await context.sync();
    });
    const report = await refresh(wb);
    const m = report.models[0];
    if (m.status !== "refreshed") throw new Error(m.status);
    expect(m.grownBy).toBe(1);
    expect(m.outcome.result.customers.ids).toContain("Cyberdyne");
    expect(wb.getValues(`Data!E${EN_SUMMARY.length + 1}`)).toEqual([["A"]]);
    expect(wb.toSnapshot().tables.filter((t) => t.name.startsWith("Customers"))).toHaveLength(1);
  });

  it("follows a renamed sheet by its id and recreates a chart the user deleted", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("订单").name = "Orders 2024";
      context.workbook.worksheets
        .getItem("分级汇总")
        .charts.getItemOrNullObject("CT_m1_pareto")
        .delete();
      await context.sync();
    });
    const report = await refresh(wb);
    expect(statuses(report)).toEqual(["m1:refreshed"]);
    const snap = wb.toSnapshot();
    expect(snap.charts.filter((c) => c.name === "CT_m1_pareto")).toHaveLength(1);
    expect(snap.sheets.map((s) => s.name)).not.toContain("订单");
    if (report.models[0].status !== "refreshed") throw new Error("not refreshed");
    expect(report.models[0].model.source.sheetName).toBe("Orders 2024");
  });

  it("finds a chart Excel on the web renamed by its id: one chart, its name back (office-js#3034)", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    const before = wb.toSnapshot().charts;
    const pareto = before.find((c) => c.name === "CT_m1_pareto");
    const defaultName = wb.moveChartOnWeb("分级汇总", "CT_m1_pareto");
    expect(defaultName).toMatch(/^Chart \d+$/);
    wb.setValues("订单", "D11", [[99000]]);
    expect(statuses(await refresh(wb))).toEqual(["m1:refreshed"]);
    const summaryId = wb.toSnapshot().sheets.find((s) => s.name === "分级汇总")?.id;
    const after = wb.toSnapshot().charts.filter((c) => c.sheetId === summaryId);
    // Not drawn a second time: the same chart object, under our name again, with today's data.
    expect(after).toHaveLength(before.length);
    expect(after.map((c) => c.name).sort()).toEqual(before.map((c) => c.name).sort());
    expect(after.find((c) => c.name === "CT_m1_pareto")?.id).toBe(pareto?.id);
    expect(after.some((c) => c.name === defaultName)).toBe(false);
  });

  it("reports a deleted source by name and changes nothing", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("订单").delete();
      await context.sync();
    });
    const before = contents(wb);
    const report = await refresh(wb);
    expect(report.models.map((m) => m.status)).toEqual(["sourceGone"]);
    const gone = report.models[0];
    if (gone.status !== "sourceGone") throw new Error(gone.status);
    expect(gone.sourceName).toBe("订单");
    expect(contents(wb)).toEqual(before);
  });

  it("reports a cleared plain range as gone", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("订单").getRange("A1:L20").clear("All");
      await context.sync();
    });
    const report = await refresh(wb);
    expect(report.models.map((m) => m.status)).toEqual(["sourceGone"]);
  });

  it("refreshes several models, each on its own or all at once", async () => {
    const wb = workbookWith("North", ZH_TRANSACTIONS, ZH_FORMATS);
    wb.addSheet("South");
    wb.setValues("South", "A1", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    wb.select("South!A1");
    const second = await written(wb, { options: { language: "zh-CN" } });
    expect(second.id).toBe("m2");
    wb.setValues("South", "D11", [[77777]]);
    wb.setValues("North", "D11", [[77777]]);
    const one = await refresh(wb, ["m2"]);
    expect(statuses(one)).toEqual(["m2:refreshed"]);
    // Only South's model ran: 吴九 is A there, and still C in North until North is refreshed.
    expect(wb.getValues("South!E11")).toEqual([["A"]]);
    expect(wb.getValues("North!E11")).toEqual([["C"]]);
    const all = await refresh(wb);
    expect(statuses(all)).toEqual(["m1:refreshed", "m2:refreshed"]);
    const names = wb.toSnapshot().charts.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("reports stored models of a newer or corrupt version and still refreshes the sound ones", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    await wb.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(MODELS_SETTING).load("value");
      await context.sync();
      const stored = JSON.parse(String(setting.value)) as { models: unknown[] };
      stored.models.push({ version: 99, id: "m7" }, { version: 1, id: "m8", source: "oops" });
      context.workbook.settings.add(MODELS_SETTING, JSON.stringify(stored));
      await context.sync();
    });
    const report = await refresh(wb);
    expect(statuses(report)).toEqual(["m1:refreshed"]);
    expect(report.unreadable.map((u) => u.reason)).toEqual(["newerVersion", "corrupt"]);
    const setting = await wb.run(async (context) => {
      const s = context.workbook.settings.getItemOrNullObject(MODELS_SETTING).load("value");
      await context.sync();
      return JSON.parse(String(s.value)) as { models: { id: string }[] };
    });
    // The newer model is written back untouched, for the newer add-in that made it.
    expect(setting.models.map((m) => m.id)).toEqual(["m1", "m7"]);
  });

  it("leaves a model whose run would overwrite the user's cells and reports it", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    wb.setValues("客户分级", "A9", [["my note"]]);
    wb.setValues("订单", "A2", [["新客户"]]); // one customer more: the customer table grows a row
    const before = contents(wb);
    const report = await refresh(wb);
    expect(statuses(report)).toEqual(["m1:conflict"]);
    expect(contents(wb)).toEqual(before);
    const overwritten = await wb.run((context) =>
      refreshModels(context, { overwrite: true, now: FIXED_NOW })
    );
    expect(statuses(overwritten)).toEqual(["m1:refreshed"]);
  });

  it("runs again from the pane's Segment button on the same data as a refresh would", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    const outcome = await run(wb, { options: { language: "zh-CN" } });
    expect(outcome.status).toBe("written");
    if (outcome.status === "written") expect(outcome.model.id).toBe("m1");
  });
  it("keeps the rows below a blank row inside a plain range", async () => {
    const rows = ZH_TRANSACTIONS.map((r, i) => (i === 5 ? [null, null, null, null] : r));
    const wb = workbookWith("订单", rows, ZH_FORMATS);
    wb.select("订单!A1:D11");
    await written(wb, { options: { language: "zh-CN" } });
    const report = await refresh(wb);
    const m = report.models[0];
    if (m.status !== "refreshed") throw new Error(m.status);
    expect(m.grownBy).toBe(0);
    expect(m.outcome.result.customers.ids).toContain(String(ZH_TRANSACTIONS[10][0]));
    expect(wb.getValues("订单!E11")[0][0]).not.toBe("");
  });

  it("follows a table the user moved to another sheet", async () => {
    const wb = workbookWith("Data", EN_SUMMARY);
    wb.addSheet("Moved");
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.tables.add(sheet.getRange(`A1:D${EN_SUMMARY.length}`), true).name = "Customers";
      await context.sync();
    });
    await written(wb, { options: { language: "en-US", asOf: "2024-04-01" } });
    const before = wb.getValues(`Data!A1:L${EN_SUMMARY.length}`);
    // Excel's cut and paste, as the double can do it: the same table name on another sheet.
    await wb.run(async (context) => {
      context.workbook.tables.getItemOrNullObject("Customers").delete();
      context.workbook.worksheets.getItem("Data").getRange("A1:L20").clear("All");
      const moved = context.workbook.worksheets.getItem("Moved");
      moved.getRange(`C3:N${EN_SUMMARY.length + 2}`).values = before;
      moved.tables.add(moved.getRange(`C3:N${EN_SUMMARY.length + 2}`), true).name = "Customers";
      await context.sync();
    });
    const report = await refresh(wb);
    expect(statuses(report)).toEqual(["m1:refreshed"]);
    expect(wb.getValues("Moved!G3")).toEqual([["ABC"]]);
    expect(
      wb
        .getValues("Data!A1:L3")
        .flat()
        .every((v) => v === "")
    ).toBe(true);
    const table = wb.toSnapshot().tables.find((t) => t.name === "Customers");
    expect(table?.columns).toHaveLength(before[0].length);
  });

  it("reports a model Excel refused and still refreshes the others", async () => {
    const wb = workbookWith("North", ZH_TRANSACTIONS, ZH_FORMATS);
    wb.addSheet("South");
    wb.setValues("South", "A1", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    wb.select("South!A1");
    await written(wb, { options: { language: "zh-CN" } });
    let calls = 0;
    const report = await wb.run((context) =>
      refreshModels(context, {
        now: FIXED_NOW,
        score: (input, options) => {
          calls++;
          if (calls === 1) throw Object.assign(new Error("refused"), { code: "InvalidArgument" });
          return segment(input, options);
        },
      })
    );
    expect(statuses(report)).toEqual(["m1:failed", "m2:refreshed"]);
  });
});
