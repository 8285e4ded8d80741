import { formatMessage, label } from "../../src/core/i18n";
import { HISTORY_MARK, historyErrorMessage, type Direction } from "../../src/core/migration";
import type { SegmentResult } from "../../src/core/result";
import { a1 } from "../../src/excel/address";
import { loadModels } from "../../src/excel/modelStore";
import { refreshModels, type ModelRefresh } from "../../src/excel/refreshModels";
import type { InMemoryWorkbook } from "../../src/excelDouble";
import {
  FIXED_NOW,
  run,
  workbookWith,
  ZH_FORMATS,
  ZH_TRANSACTIONS,
  type Cell,
} from "./workbookFixtures";

const DATE_ROW = ["General", "yyyy-mm-dd", "General", "General"];

async function refreshOne(
  wb: InMemoryWorkbook
): Promise<Extract<ModelRefresh, { status: "refreshed" }>> {
  const report = await wb.run((context) => refreshModels(context, { now: FIXED_NOW }));
  const m = report.models[0];
  if (m.status !== "refreshed") throw new Error(m.status);
  return m;
}

/**
 * A cell of the stored model's baseline or latest snapshot on its history sheet, wherever the
 * model's slots are now (historyStore.ts writes new snapshots to spare slots).
 */
async function historyCell(
  wb: InMemoryWorkbook,
  snapshot: "baseline" | "latest",
  row: number,
  column: number,
  rowCount = 1
): Promise<string> {
  const { models } = await wb.run((context) => loadModels(context));
  const history = models[0].written.history;
  if (!history) throw new Error("no history stored");
  const start =
    snapshot === "baseline" ? (history.baselineColumn ?? 0) : (history.latestColumn ?? 8);
  return `CT_m1_History!${a1(row, start + column, rowCount)}`;
}

/** The expected moves, computed naively from the two results' own ABC classes. */
function naiveMoves(before: SegmentResult, after: SegmentResult) {
  const classOf = (r: SegmentResult): Map<string, number> =>
    new Map(r.customers.ids.slice(0, r.customers.n).map((id, k) => [id, r.abc.cls[k]]));
  const a = classOf(before);
  const b = classOf(after);
  const counts = { up: 0, down: 0, new: 0, gone: 0, same: 0 };
  const direction = new Map<string, string>();
  for (const [id, now] of b) {
    const was = a.get(id);
    const d = was === undefined ? "new" : now < was ? "up" : now > was ? "down" : "same";
    counts[d as keyof typeof counts]++;
    direction.set(id, d);
  }
  for (const id of a.keys()) if (!b.has(id)) counts.gone++;
  return { counts, direction, previous: a };
}

/** Segment, then a quarter's changes: new orders, a new customer, a customer gone. */
async function segmentedThenChanged(): Promise<{ wb: InMemoryWorkbook; first: SegmentResult }> {
  const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
  const outcome = await run(wb, { options: { language: "zh-CN" } });
  if (outcome.status !== "written") throw new Error(outcome.status);
  const changes: Cell[][] = [
    ["新客户", 45397, "D011", 500], // replaces 吴九's only order: 吴九 is gone, 新客户 is new
    ["孙七", 45398, "D012", 9000], // 孙七, a small customer, places a large order
    ["王五", 45399, "D013", 40],
  ];
  wb.setValues(
    "订单",
    "A11",
    changes,
    changes.map(() => DATE_ROW)
  );
  return { wb, first: outcome.result };
}

describe("migration since the last run", () => {
  it("counts who moved up, down, in and out exactly as the two runs' classes say", async () => {
    const { wb, first } = await segmentedThenChanged();
    const refreshed = await refreshOne(wb);
    const expected = naiveMoves(first, refreshed.outcome.result);
    const migration = refreshed.outcome.migration;
    expect(migration?.counts).toEqual(expected.counts);
    expect(expected.counts.new).toBe(1);
    expect(expected.counts.gone).toBe(1);
    expect(expected.counts.up).toBeGreaterThan(0);
    expect(migration?.headline).toBe(
      formatMessage("migration.headline", { ...expected.counts }, "zh-CN")
    );
    expect(refreshed.grownBy).toBe(2);
  });

  it("writes the previous class and the direction beside each customer on the customer sheet", async () => {
    const { wb, first } = await segmentedThenChanged();
    const refreshed = await refreshOne(wb);
    const result = refreshed.outcome.result;
    const { direction, previous } = naiveMoves(first, result);
    const header = wb.getValues("客户分级!A1:Z1")[0];
    const prevCol = header.indexOf(label("migration.col.previousAbc", "zh-CN"));
    const changeCol = header.indexOf(label("migration.col.change", "zh-CN"));
    expect(prevCol).toBeGreaterThan(0);
    expect(changeCol).toBe(prevCol + 1);
    const body = wb.getValues(`客户分级!A2:Z${result.customers.n + 1}`);
    const texts = (d: Direction): string => label(`migration.direction.${d}`, "zh-CN");
    for (const row of body) {
      const id = String(row[0]);
      const was = previous.get(id);
      expect(row[prevCol]).toBe(was === undefined ? "" : "ABC"[was]);
      const d = direction.get(id);
      expect(d).toBeDefined();
      expect(row[changeCol]).toBe(texts(d as Direction));
    }
  });

  it("writes the migration sheet with its matrices, lists and one flow chart, and a full snapshot", async () => {
    const { wb } = await segmentedThenChanged();
    const refreshed = await refreshOne(wb);
    const snap = wb.toSnapshot();
    const sheet = snap.sheets.find((s) => s.id === refreshed.outcome.migration?.sheetId);
    expect(sheet?.name).toBe("分级变动");
    const tables = snap.tables.filter((t) => t.sheetId === sheet?.id).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(["CT_m1_migrationAbcCounts", "CT_m1_migrationGone"])
    );
    const chart = wb.chartData("分级变动", "CT_m1_migrationAbc");
    expect(chart.series.map((s) => s.name)).toEqual(["A", "B", "C", "退出"]);
    // Series values are the movers matrix's columns: every customer who moved, arrived or left is
    // in one; those who stayed in their class are left out, and the title counts them.
    const total = chart.series.reduce(
      (sum, s) => sum + (s.values ?? []).reduce((a: number, v) => a + Number(v), 0),
      0
    );
    const counts = refreshed.outcome.migration?.counts;
    expect(counts).toBeDefined();
    const { up, down, gone, same } = counts ?? { up: 0, down: 0, gone: 0, same: 0 };
    expect(total).toBe(up + down + (counts?.new ?? 0) + gone);
    expect(total + same).toBe(new Set(ZH_TRANSACTIONS.slice(1).map((r) => r[0])).size + 1);
    expect(chart.title.text).toContain(`${same} 位未变动`);
    expect(snap).toMatchSnapshot();
  });

  it("refreshing again without changes keeps the migration and the workbook as they were", async () => {
    const { wb } = await segmentedThenChanged();
    const once = await refreshOne(wb);
    const snapshot = { ...wb.toSnapshot(), selection: null };
    const twice = await refreshOne(wb);
    expect(twice.outcome.migration?.counts).toEqual(once.outcome.migration?.counts);
    expect({ ...wb.toSnapshot(), selection: null }).toEqual(snapshot);
  });

  it("a later change is measured from the run before it, not from the first Segment", async () => {
    const { wb } = await segmentedThenChanged();
    const second = await refreshOne(wb);
    wb.setValues("订单", "D2", [[1]]); // 张三's large order shrinks to almost nothing
    const third = await refreshOne(wb);
    const expected = naiveMoves(second.outcome.result, third.outcome.result);
    expect(third.outcome.migration?.counts).toEqual(expected.counts);
    expect(expected.counts.new + expected.counts.gone).toBe(0);
  });

  it("keeps customer names that look like formulas as text in the hidden history", async () => {
    const rows: Cell[][] = [
      ["客户名称", "订单日期", "金额"],
      ['=HYPERLINK("x")', 45300, 100],
      ["+86 138", 45301, 200],
      ["00123", 45302, 300],
    ];
    const wb = workbookWith(
      "订单",
      rows,
      rows.map((r, i) => r.map((_, j) => (i > 0 && j === 1 ? "yyyy-mm-dd" : "General")))
    );
    await run(wb, { options: { language: "zh-CN" } });
    wb.setValues("订单", "C2", [[5000]]);
    const refreshed = await refreshOne(wb);
    expect(refreshed.outcome.historyProblem).toBeNull();
    expect(refreshed.outcome.migration?.counts.new).toBe(0);
    const history = wb.toSnapshot().sheets.find((s) => s.name === "CT_m1_History");
    expect(history?.formulas).toEqual({});
    expect(
      wb
        .getValues(await historyCell(wb, "latest", 1, 0, 3))
        .map((r) => r[0])
        .sort()
    ).toEqual(["+86 138", "00123", '=HYPERLINK("x")'].sort());
  });

  it("reports a history the user damaged, and refreshes without a migration rather than a wrong one", async () => {
    const { wb } = await segmentedThenChanged();
    await refreshOne(wb); // a migration sheet exists from here on
    wb.setValues("订单", "D2", [[1]]);
    const [idCell, classCell] = [
      await historyCell(wb, "latest", 2, 0),
      await historyCell(wb, "latest", 2, 2),
    ];
    wb.setValues("CT_m1_History", idCell.split("!")[1], [["not a customer row"]]);
    wb.setValues("CT_m1_History", classCell.split("!")[1], [["Z"]]);
    const refreshed = await refreshOne(wb);
    expect(refreshed.outcome.historyProblem?.code).toBe("corrupt");
    expect(refreshed.outcome.migration).toBeNull();
    // The history is written afresh: the next refresh compares again.
    const cell = wb.getValues(await historyCell(wb, "latest", 0, 0))[0][0];
    expect(cell).toBe(HISTORY_MARK);
    // The migration sheet no longer shows moves from tiers that could not be trusted: it says why.
    const snap = wb.toSnapshot();
    const sheet = snap.sheets.find((s) => s.name === "分级变动");
    expect(snap.tables.filter((t) => t.sheetId === sheet?.id)).toEqual([]);
    expect(snap.charts.filter((c) => c.sheetId === sheet?.id)).toEqual([]);
    const problem = refreshed.outcome.historyProblem;
    if (!problem) throw new Error("expected a history problem");
    expect(wb.getValues("分级变动!A1")).toEqual([[historyErrorMessage(problem, "zh-CN")]]);
    // Repaired: the next refresh reads its history without complaint, even with nothing changed.
    const again = await refreshOne(wb);
    expect(again.outcome.historyProblem).toBeNull();
  });

  it("repairs a damaged baseline even when the tiers did not change", async () => {
    const { wb } = await segmentedThenChanged();
    await refreshOne(wb);
    const cell = await historyCell(wb, "baseline", 1, 2);
    wb.setValues("CT_m1_History", cell.split("!")[1], [["Z"]]);
    const damaged = await refreshOne(wb);
    expect(damaged.outcome.historyProblem?.code).toBe("corrupt");
    const repaired = await refreshOne(wb);
    expect(repaired.outcome.historyProblem).toBeNull();
  });

  it("leaves a chart and formatting the user added on the add-in's sheets alone", async () => {
    const { wb } = await segmentedThenChanged();
    await wb.run(async (context) => {
      const summary = context.workbook.worksheets.getItem("分级汇总");
      const mine = summary.charts.add("Pie", summary.getRange("B4:B6"), "Columns");
      mine.name = "My pie";
      context.workbook.worksheets.getItem("客户分级").getRange("A2").format.font.bold = true;
      await context.sync();
    });
    await refreshOne(wb);
    const snap = wb.toSnapshot();
    expect(snap.charts.filter((c) => c.name === "My pie")).toHaveLength(1);
    const bold = await wb.run(async (context) => {
      const cell = context.workbook.worksheets
        .getItem("客户分级")
        .getRange("A2")
        .load("format/font/bold");
      await context.sync();
      return cell.format.font.bold;
    });
    expect(bold).toBe(true);
  });
});
