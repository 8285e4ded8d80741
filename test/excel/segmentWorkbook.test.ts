import { ABC_LABELS } from "../../src/core/abc";
import { tierHeaders, tierRows } from "../../src/excel/layout/tierColumns";
import { MODELS_SETTING, parseModels } from "../../src/excel/model";
import type { InMemoryWorkbook } from "../../src/excelDouble";
import {
  asRead,
  contents,
  EN_SUMMARY,
  expectWithinLimits,
  run,
  workbookWith,
  written,
  ZH_FORMATS,
  ZH_TRANSACTIONS,
} from "./workbookFixtures";

describe("Segment on transactions with Chinese headers", () => {
  let wb: InMemoryWorkbook;
  let outcome: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    outcome = await run(wb, { options: { language: "zh-CN" } });
  });

  it("writes the tier columns right of the data, row by row, headers in Chinese", () => {
    if (outcome.status !== "written") throw new Error(outcome.status);
    const rows = ZH_TRANSACTIONS.length;
    expect(wb.getValues(`订单!E1:L${rows}`)).toEqual(
      asRead(tierRows(outcome.result, "zh-CN", 0, rows))
    );
    expect(wb.getValues("订单!E1:L1")[0]).toEqual(tierHeaders(outcome.result, "zh-CN"));
    expect(wb.getValues("订单!A1:D11")).toEqual(ZH_TRANSACTIONS); // the data itself is untouched
  });

  it("writes a customer sheet as a table, most valuable customer first, with the action", () => {
    const snap = wb.toSnapshot();
    const table = snap.tables.find((t) => t.name === "CT_m1_Customers");
    expect(table).toBeDefined();
    const sheet = snap.sheets.find((s) => s.id === table?.sheetId);
    expect(sheet?.name).toBe("客户分级");
    if (outcome.status !== "written") throw new Error(outcome.status);
    const { ids } = outcome.result.customers;
    const byValue = Array.from(outcome.result.abc.order, (k) => ids[k]);
    expect(wb.getValues("客户分级!A2:A8").map((r) => r[0])).toEqual(byValue);
    const values = Array.from(outcome.result.abc.order, (k) => outcome.result.abcValue[k]);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(wb.getValues("客户分级!A1:Z1")[0]).toContain("建议措施");
  });

  it("writes the summary tables and every chart, named so a later run finds them", () => {
    const snap = wb.toSnapshot();
    const summary = snap.sheets.find((s) => s.name === "分级汇总");
    expect(summary).toBeDefined();
    const tables = snap.tables.filter((t) => t.sheetId === summary?.id).map((t) => t.name);
    expect(tables.sort()).toEqual([
      "CT_m1_abc",
      "CT_m1_clvTiers",
      "CT_m1_pareto",
      "CT_m1_segments",
      "CT_m1_stages",
      "CT_m1_thresholds",
    ]);
    const charts = snap.charts.filter((c) => c.sheetId === summary?.id);
    expect(charts.map((c) => c.name).sort()).toEqual([
      "CT_m1_abc",
      "CT_m1_clvTiers",
      "CT_m1_pareto",
      "CT_m1_revenueShare",
      "CT_m1_segments",
    ]);
    expect(charts.find((c) => c.name === "CT_m1_revenueShare")?.type).toBe("Doughnut");
    expect(charts.find((c) => c.name === "CT_m1_abc")?.title).toBe("各 ABC 类的客户与金额占比");
    expect(snap.conditionalFormats.some((f) => f.type === "ColorScale")).toBe(true);
  });

  it("stores the model: source, mapping, options and what it wrote", () => {
    const list = parseModels(wb.toSnapshot().settings[MODELS_SETTING]);
    expect(list.models).toHaveLength(1);
    const m = list.models[0];
    expect(m.source).toMatchObject({
      sheetName: "订单",
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 11,
      columnCount: 4,
    });
    expect(m.mapping).toMatchObject({ customer: 0, date: 1, orderId: 2, amount: 3 });
    expect(m.updatedAt).toBe("2026-11-23T09:00:00.000Z");
    expect(m.written.tierColumns).toMatchObject({ columnIndex: 4, columnCount: 8, rowCount: 11 });
    expect(
      wb
        .toSnapshot()
        .names.map((n) => n.name)
        .sort()
    ).toEqual([
      "CT_m1_CustomerSheet",
      "CT_m1_HistorySheet",
      "CT_m1_Source",
      "CT_m1_SummarySheet",
      "CT_m1_Tiers",
    ]);
  });

  it("keeps every request under 5 MB and never reads a property it did not load", () => {
    expectWithinLimits(wb);
  });

  it("matches the whole-workbook snapshot", () => {
    expect(wb.toSnapshot()).toMatchSnapshot();
  });

  it("replaces rather than duplicates on a second run", async () => {
    const first = contents(wb);
    wb.select("订单!B2");
    await run(wb, { options: { language: "zh-CN" } });
    expect(contents(wb)).toEqual(first);
  });
});

describe("Segment on a customer summary with English headers", () => {
  it("writes English tiers and a snapshot-stable workbook", async () => {
    const wb = workbookWith("Customers", EN_SUMMARY);
    const outcome = await run(wb, { options: { language: "en-US", asOf: "2024-04-01" } });
    if (outcome.status !== "written") throw new Error(outcome.status);
    expect(outcome.result.shape).toBe("summary");
    expect(wb.getValues("Customers!E1:K1")[0]).toEqual(tierHeaders(outcome.result, "en-US"));
    const abc = wb.getValues("Customers!E2:E9").map((r) => r[0]);
    expect(abc.every((v) => (ABC_LABELS as readonly string[]).includes(v as string))).toBe(true);
    const sheets = wb.toSnapshot().sheets;
    expect(sheets.map((s) => s.name)).toEqual([
      "Customers",
      "Customer tiers",
      "Tier summary",
      "CT_m1_History",
    ]);
    // The tiers kept for the next run's migration are out of the user's way.
    expect(sheets.map((s) => s.visibility)).toEqual([
      "Visible",
      "Visible",
      "Visible",
      "VeryHidden",
    ]);
    expectWithinLimits(wb);
    expect(wb.toSnapshot()).toMatchSnapshot();
  });
});

describe("conflicts with the user's cells", () => {
  it("writes nothing and reports the range when a tier cell is the user's", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    wb.setValues("订单", "F3", [["my note"]]);
    const before = wb.toSnapshot();
    const outcome = await run(wb, { options: { language: "zh-CN" } });
    expect(outcome.status).toBe("conflict");
    if (outcome.status !== "conflict") return;
    expect(outcome.conflicts).toEqual([
      { sheetName: "订单", address: "订单!E1:L11", cells: 1, examples: ["订单!F3"] },
    ]);
    expect(wb.toSnapshot()).toEqual(before);
  });

  it("guards the user's cells on the add-in's own sheets on a later run", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    // Notes typed right under the customer table and inside the summary's area, then new data
    // that makes both grow over them.
    wb.setValues("客户分级", "A9", [["follow up"]]);
    wb.setValues("分级汇总", "B2", [["my remark"]]);
    wb.setValues("订单", "A12", [["新客户", 45397, "D011", 10]], [ZH_FORMATS[1]]);
    const before = wb.toSnapshot();
    wb.select("订单!A1");
    const outcome = await run(wb, { options: { language: "zh-CN" } });
    if (outcome.status !== "conflict") throw new Error(outcome.status);
    expect(outcome.conflicts.map((c) => [c.sheetName, c.examples])).toEqual([
      ["客户分级", ["客户分级!A9"]],
      ["分级汇总", ["分级汇总!B2"]],
    ]);
    expect(contents(wb)).toEqual({ ...before, selection: null });
  });

  it("leaves the user's cells on its own sheets alone when the run does not reach them", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    wb.setValues("客户分级", "A30", [["far below"]]);
    wb.setValues("分级汇总", "Z1", [["far right"]]);
    wb.select("订单!A1");
    expect((await run(wb, { options: { language: "zh-CN" } })).status).toBe("written");
    expect(wb.getValues("客户分级!A30")).toEqual([["far below"]]);
    expect(wb.getValues("分级汇总!Z1")).toEqual([["far right"]]);
  });

  it("writes over them once the user agrees", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    wb.setValues("订单", "F3", [["my note"]]);
    const model = await written(wb, { options: { language: "zh-CN" }, overwrite: true });
    expect(model.id).toBe("m1");
    expect(wb.getValues("订单!F3")[0][0]).not.toBe("my note");
  });

  it("does not count the cells an earlier run wrote as the user's", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    wb.setValues(
      "订单",
      "A12",
      [["钱十", 45397, "D011", 99]],
      [["General", "yyyy-mm-dd", "General", "General"]]
    );
    wb.select("订单!A1");
    const outcome = await run(wb, { options: { language: "zh-CN" } });
    expect(outcome.status).toBe("written");
    expect(wb.getValues("订单!A1:L1")[0].slice(4)).toEqual(wb.getValues("订单!E1:L1")[0]);
    expect(wb.getValues("订单!E12")[0][0]).not.toBe("");
  });
});

describe("formula injection", () => {
  it("writes customer names that look like formulas as the same text", async () => {
    const evil = ['=HYPERLINK("http://evil","x")', "+SUM(1,2)", "-cmd", "@A1", "00123"];
    const data = [
      EN_SUMMARY[0],
      ...evil.map((name, i) => [name, "2024-03-01", i + 1, 100 * (i + 1)]),
    ];
    const wb = workbookWith("Customers", data);
    const outcome = await run(wb, { options: { language: "en-US", asOf: "2024-04-01" } });
    expect(outcome.status).toBe("written");
    const names = wb.getValues("Customer tiers!A2:A6").map((r) => r[0]);
    expect([...names].sort()).toEqual([...evil].sort());
    const sheet = wb.toSnapshot().sheets.find((s) => s.name === "Customer tiers");
    expect(Object.keys(sheet?.formulas ?? {})).toEqual([]);
  });
});

describe("data in an Excel table", () => {
  it("adds the tier columns to the table once, and updates them on the next run", async () => {
    const wb = workbookWith("Data", ZH_TRANSACTIONS, ZH_FORMATS);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:D11", true).name = "Orders";
      await context.sync();
    });
    wb.select("Data!B3");
    await written(wb, { options: { language: "en-US" } });
    const table = () => wb.toSnapshot().tables.find((t) => t.name === "Orders");
    const headers = wb.getValues("Data!E1:L1")[0];
    expect(table()?.columns).toEqual([...ZH_TRANSACTIONS[0], ...headers]);
    expect(headers.slice(0, 4)).toEqual(["ABC", "R", "F", "M"]);
    expect(table()?.address).toBe("A1:L11");
    const first = contents(wb);
    wb.select("Data!C5");
    await written(wb, { options: { language: "en-US" } });
    expect(contents(wb)).toEqual(first);
  });
});
