// What real Excel refuses, as the double now does: protected sheets and workbook structure,
// merged cells, cell-edit mode, a refusal at any sync of a run, GeneralException for a big
// request, a sync that never answers. Each run either writes nothing (and says why in words) or,
// when it fails midway, leaves what the next run recognises and finishes: never orphans, never
// "Tier summary (2)".
import { excelRunner } from "../../src/commands/excelRunner";
import { formatMessage } from "../../src/core/i18n";
import { ExcelRunError } from "../../src/excel/excelErrors";
import { refreshModels } from "../../src/excel/refreshModels";
import { PENDING_RUN_SETTING } from "../../src/excel/runIntent";
import { InMemoryWorkbook, type WorkbookSnapshot } from "../../src/excelDouble";
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

const zh = { options: { language: "zh-CN" as const } };

/** The message the pane shows for an error, in zh-CN. */
function zhMessage(error: unknown): string {
  if (!(error instanceof ExcelRunError)) throw error;
  return formatMessage(`excel.${error.problem}`, error.params, "zh-CN");
}

async function refused(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return zhMessage(error);
  }
  throw new Error("the run was not refused");
}

/**
 * A workbook's contents with ids that depend on history (sheet, table, chart numbers) replaced by
 * names, so that a workbook that recovered from a failed run compares equal to one that never
 * failed.
 */
function recognisable(wb: InMemoryWorkbook): unknown {
  const snap = wb.toSnapshot();
  let text = JSON.stringify({ ...snap, selection: null });
  for (const s of snap.sheets) text = text.split(s.id).join(`sheet:${s.name}`);
  // Chart ids are counted per workbook, and the model stores them (its charts' second key).
  for (const c of snap.charts) text = text.split(c.id).join(`chart:${c.name}`);
  const parsed = JSON.parse(text) as WorkbookSnapshot;
  return {
    ...parsed,
    tables: parsed.tables.map((t) => ({ ...t, id: null })),
    charts: parsed.charts.map((c) => ({ ...c, id: null })),
  };
}

const fresh = (): InMemoryWorkbook => workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);

describe("refused before the first write, in words, with nothing written", () => {
  it("a protected data sheet", async () => {
    const wb = fresh();
    wb.protectSheet("订单");
    const before = contents(wb);
    expect(await refused(run(wb, zh))).toBe(
      "工作表 订单 受保护：请撤消工作表保护（审阅 > 撤消工作表保护）或选择其他区域。未写入任何内容。"
    );
    expect(contents(wb)).toEqual(before);
  });

  it("a protected sheet of ours on a refresh", async () => {
    const wb = fresh();
    await written(wb, zh);
    wb.protectSheet("客户分级");
    wb.setValues("订单", "D11", [[99000]]);
    const before = contents(wb);
    const report = await wb.run((context) => refreshModels(context, { now: FIXED_NOW }));
    const entry = report.models[0];
    expect(entry.status).toBe("failed");
    expect(entry.status === "failed" && zhMessage(entry.error)).toMatch(/^工作表 客户分级 受保护/);
    expect(contents(wb)).toEqual(before);
  });

  it("a workbook whose structure is protected when the run must add sheets", async () => {
    const wb = fresh();
    wb.protectWorkbookStructure();
    const before = contents(wb);
    expect(await refused(run(wb, zh))).toMatch(/^工作簿结构受保护/);
    expect(contents(wb)).toEqual(before);
    // The double refuses the sheet itself too, as Excel does.
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.add("新表");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("merged cells where the tier columns go", async () => {
    const wb = fresh();
    wb.merge("订单!F3:G3");
    const before = contents(wb);
    expect(await refused(run(wb, zh))).toBe(
      "订单!F3:G3 在分级列的位置有合并单元格：请取消合并或选择其他区域。未写入任何内容。"
    );
    expect(contents(wb)).toEqual(before);
  });

  it("the double refuses writes to a protected sheet and values over merged cells", async () => {
    const wb = fresh();
    wb.protectSheet("订单");
    wb.merge("订单!H1:I1");
    const write = (address: string): Promise<void> =>
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("订单").getRange(address).values = [["x"]];
        await context.sync();
      });
    await expect(write("F1")).rejects.toMatchObject({ code: "AccessDenied" });
    wb.protectSheet("订单", false);
    await expect(write("I1")).rejects.toMatchObject({ code: "MergedRangeConflict" });
    await write("F1");
    expect(wb.getValues("订单!F1")).toEqual([["x"]]);
  });
});

describe("cell-edit mode", () => {
  it("fails a plain batch, and waits with delayForCellEdit as the add-in runs every batch", async () => {
    const wb = fresh();
    wb.startCellEdit();
    await expect(run(wb, zh)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const runner = excelRunner((batch, options) => wb.run(batch, options), 5_000);
    let done = false;
    const waiting = runner((context) =>
      import("../../src/excel/segmentWorkbook").then(({ segmentWorkbook }) =>
        segmentWorkbook(context, { ...zh, now: FIXED_NOW })
      )
    ).then((outcome) => {
      done = true;
      return outcome;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    wb.endCellEdit();
    expect((await waiting).status).toBe("written");
  });
});

describe("a run refused midway is recognised and finished by the next run", () => {
  /** Command syncs of a clean run, and the clean result to compare with. */
  async function clean(setUp: (wb: InMemoryWorkbook) => Promise<void>): Promise<{
    syncs: number;
    result: unknown;
    migration: string | null;
  }> {
    const wb = fresh();
    await setUp(wb);
    const start = wb.syncLog.length;
    const outcome = await run(wb, zh);
    if (outcome.status !== "written") throw new Error("the clean run did not write");
    return {
      syncs: wb.syncLog.length - start,
      result: recognisable(wb),
      migration: outcome.migration?.headline ?? null,
    };
  }

  const cases: [string, (wb: InMemoryWorkbook) => Promise<void>][] = [
    ["a first run", async () => undefined],
    [
      "a later run (migration sheet added)",
      async (wb) => {
        await written(wb, zh);
        wb.setValues("订单", "D11", [[99000]]);
      },
    ],
  ];

  /**
   * What must hold after any failure and one more run: the workbook is fully recognised (no
   * orphan, no "(2)", no unfinished intent, every sheet provably the model's) and the data's tier
   * columns are the clean run's. The migration the next run shows is the clean run's too: new tier
   * snapshots go to spare slots of the history sheet and the model switches to them only when it
   * is saved, at the end (historyStore.ts).
   */
  async function expectRecognised(wb: InMemoryWorkbook, reference: unknown, at: number) {
    const snap = wb.toSnapshot();
    expect({ at, twos: snap.sheets.filter((s) => /\(2\)$/.test(s.name)) }).toEqual({
      at,
      twos: [],
    });
    expect(snap.settings[PENDING_RUN_SETTING]).toBeUndefined();
    const ref = reference as WorkbookSnapshot;
    const names = snap.sheets.map((s) => s.name);
    expect({ at, extra: names.filter((n) => !ref.sheets.some((s) => s.name === n)) }).toEqual({
      at,
      extra: [],
    });
    const mine = recognisable(wb) as WorkbookSnapshot;
    const tierCells = (x: WorkbookSnapshot): unknown =>
      x.sheets.find((s) => s.name === "订单")?.cells.map((row) => row.slice(0, 12));
    expect({ at, cells: tierCells(mine) }).toEqual({ at, cells: tierCells(ref) });
    // Every stored sheet is provably the model's: a later refresh writes without a question.
    const report = await wb.run((context) => refreshModels(context, { now: FIXED_NOW }));
    expect({ at, statuses: report.models.map((m) => m.status) }).toEqual({
      at,
      statuses: ["refreshed"],
    });
  }

  it.each(cases)("%s, at every sync", async (name, setUp) => {
    const reference = await clean(setUp);
    expect(reference.syncs).toBeGreaterThan(5);
    for (let at = 1; at <= reference.syncs; at++) {
      const wb = fresh();
      await setUp(wb);
      wb.faults.refuseSync = { at, code: "AccessDenied" };
      const failed = await run(wb, zh).then(
        () => false,
        () => true
      );
      expect({ at, failed }).toEqual({ at, failed: true });
      // The next run recognises what was written and finishes it: no question, no orphan.
      const again = await run(wb, zh);
      expect({ at, status: again.status }).toEqual({ at, status: "written" });
      // Whatever the failed run wrote of the history, the change is still shown as a migration.
      const migration = again.status === "written" ? (again.migration?.headline ?? null) : null;
      expect({ at, migration }).toEqual({ at, migration: reference.migration });
      if (name === "a first run") {
        // Nothing of the failed run is left: the workbook is the clean run's.
        expect({ at, result: recognisable(wb) }).toEqual({ at, result: reference.result });
      }
      await expectRecognised(wb, reference.result, at);
    }
  });
});

describe("GeneralException for a big request", () => {
  const many = (n: number): (string | number)[][] => [
    ["Customer", "Last purchase date", "Frequency", "Monetary"],
    ...Array.from({ length: n }, (_, i) => [`Customer ${i}`, "2024-03-01", (i % 9) + 1, 100 + i]),
  ];

  it("is met by halving the chunk once", async () => {
    const wb = workbookWith("Customers", many(3000));
    const reference = workbookWith("Customers", many(3000));
    await written(reference);
    const biggest = Math.max(...reference.syncLog.map((s) => s.requestBytes));
    // Refuse the biggest writes but accept them halved.
    wb.faults.generalExceptionAboveBytes = Math.floor(biggest * 0.75);
    await written(wb);
    expect(wb.stats.errors.GeneralException).toBeGreaterThan(0);
    expect(recognisable(wb)).toEqual(recognisable(reference));
  });

  it("fails the run when halving once is not enough, and the next run finishes it", async () => {
    const wb = workbookWith("Customers", many(3000));
    const reference = workbookWith("Customers", many(3000));
    await written(reference);
    wb.faults.generalExceptionAboveBytes = 20_000;
    await expect(run(wb)).rejects.toMatchObject({ code: "GeneralException" });
    wb.faults.generalExceptionAboveBytes = null;
    await written(wb);
    expect(recognisable(wb)).toEqual(recognisable(reference));
  });
});

describe("a sync that never answers", () => {
  it("is reported after the timeout and releases the queue; the next run finishes the work", async () => {
    const wb = workbookWith("Customers", EN_SUMMARY);
    const reference = workbookWith("Customers", EN_SUMMARY);
    await written(reference);
    const runner = excelRunner((batch, options) => wb.run(batch, options), 100);
    const segment = (): Promise<unknown> =>
      runner((context) =>
        import("../../src/excel/segmentWorkbook").then(({ segmentWorkbook }) =>
          segmentWorkbook(context, { now: FIXED_NOW })
        )
      );
    wb.faults.hangSync = { at: 6 };
    const first = segment();
    // Queued behind the hung batch: it runs once the first is given up.
    const second = segment();
    await expect(first).rejects.toMatchObject({ problem: "syncTimeout" });
    expect(formatMessage("excel.syncTimeout", { seconds: 60 }, "en-US")).toMatch(
      /^Excel has not answered for 60 seconds/
    );
    await expect(second).resolves.toMatchObject({ status: "written" });
    expect(recognisable(wb)).toEqual(recognisable(reference));
  });
});
