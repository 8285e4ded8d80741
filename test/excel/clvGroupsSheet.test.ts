// The CLV-by-group comparison sheet (method.md section 4) against the in-memory workbook: the
// same figures as `tiering clv --group --json` on the same data, its chart, a rewrite in place,
// and its removal by a run without groups and with the model.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonClvReport } from "../../src/cli/clvJson";
import { clean } from "../../src/core/records";
import { formatMessage } from "../../src/core/i18n";
import { deleteModel, relinkModel, sheetsToDelete } from "../../src/excel/manageModels";
import { parseModels, MODELS_SETTING, type StoredModel } from "../../src/excel/model";
import { refreshModels, type RefreshReport } from "../../src/excel/refreshModels";
import { InMemoryWorkbook, type WorkbookSnapshot } from "../../src/excelDouble";
import { cdnowSheet } from "../core/pipeline/cdnowInput";
import { runCli, tempDir } from "../cli/captureIo";
import {
  asRead,
  contents,
  FIXED_NOW,
  run,
  workbookWith,
  written,
  type Cell,
} from "./workbookFixtures";

jest.setTimeout(120_000);

const SHEET = "CLV groups";
/** Title lines, a blank row, then the table's header on row 4. */
const HEADER_ROW = 4;
const GROUPED = {
  language: "en-US" as const,
  clv: { model: "probabilistic" as const, probabilistic: { groupBy: "column" as const } },
};

/** The first 600 CDNOW customers with a channel: 40 "phone" (too few to fit), web and store. */
function cells(): Cell[][] {
  const [header, ...rows] = cdnowSheet().values as Cell[][];
  const channel = (id: number) => (id <= 40 ? "phone" : id % 2 === 1 ? "web" : "store");
  return [
    [...header, "Channel"],
    ...rows.filter((r) => Number(r[0]) <= 600).map((r) => [...r, channel(Number(r[0]))]),
  ];
}

const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

function tableRows(wb: InMemoryWorkbook, groups: number): (string | number | boolean)[][] {
  return asRead(wb.getValues(`${SHEET}!A${HEADER_ROW}:T${HEADER_ROW + groups}`));
}

describe("the comparison sheet", () => {
  let wb: InMemoryWorkbook;
  let report: JsonClvReport;
  beforeAll(async () => {
    wb = workbookWith("Orders", cells());
    await written(wb, { options: GROUPED });
    const csv = join(dir, "orders.csv");
    writeFileSync(
      csv,
      cells()
        .map((r) => r.join(","))
        .join("\n")
    );
    const out = await runCli(["clv", csv, "--group", "Channel", "--json"]);
    expect(out.stderr).toBe("");
    report = JSON.parse(out.stdout) as JsonClvReport;
  });

  it("shows the same groups, fits and figures as tiering clv --group --json", () => {
    const groups = report.groups ?? [];
    expect(groups.map((g) => g.group)).toEqual(["phone", "store", "web"]);
    const [header, ...rows] = tableRows(wb, groups.length);
    expect(header.slice(0, 4)).toEqual(["Channel", "Customers", "Repeat buyers", "Fit"]);
    groups.forEach((g, i) => {
      const row = rows[i];
      const p = g.purchaseModel.params as unknown as Record<string, number>;
      const s = g.spendModel?.params;
      expect(row.slice(0, 4)).toEqual([g.group, g.customers, g.repeatBuyers, g.fit]);
      const figures = [
        p.r,
        p.alpha,
        p.a,
        p.b,
        s?.p,
        s?.q,
        s?.v,
        g.newCustomerPurchases,
        g.newCustomerValue,
        g.pAlive.p10,
        g.pAlive.p25,
        g.pAlive.p50,
        g.pAlive.p75,
        g.pAlive.p90,
        g.pAlive.mean,
        g.meanClv,
      ];
      // The JSON rounds with clean(); the sheet keeps every digit.
      expect(row.slice(4).map((v) => clean(v as number))).toEqual(figures);
    });
    expect(groups[0]).toMatchObject({ ownFit: false, fallback: "tooSmall" });
    expect(groups[0].fit).toMatch(/^pooled: too small \(40 customers, \d+ repeat buyers\)$/);
    expect(groups[1]).toMatchObject({ ownFit: true, fallback: null, fit: "own fit" });
    expect(report.grouping).toEqual({
      by: "column",
      column: "Channel",
      minCustomers: 100,
      minRepeatBuyers: 20,
    });
  });

  it("writes each customer's interval from their group's fit, as tiering clv --group does", () => {
    const sheet = wb.getValues("Customer tiers!A1:AH601");
    const header = sheet[0];
    const at = (name: string) => header.indexOf(name);
    const columns = ["CLV P10 (12 months)", "CLV P50 (12 months)", "CLV P90 (12 months)"]
      .map(at)
      .concat(at("CLV tier confidence"));
    expect(columns.every((c) => c > 0)).toBe(true);
    expect(report.clvIntervals?.draws).toBe(200);
    const byId = new Map(report.customers.map((c) => [c.customer, c]));
    let checked = 0;
    for (const row of sheet.slice(1)) {
      const c = byId.get(String(row[0]));
      if (!c) continue;
      const expected = [c.clvP10, c.clvP50, c.clvP90, c.tierConfidence].map((v) => v ?? "");
      expect(columns.map((k) => row[k])).toEqual(expected);
      checked++;
    }
    expect(checked).toBe(600);
  });

  it("projects each group month by month below the comparison, as the JSON does", () => {
    const table = wb.toSnapshot().tables.find((t) => t.name === "CT_m1_ClvGroupMonths");
    if (!table) throw new Error("no months table");
    const address = table.address.includes("!") ? table.address : `${SHEET}!${table.address}`;
    const [header, ...rows] = asRead(wb.getValues(address));
    const groups = report.groups ?? [];
    expect(header).toEqual(["Month", ...groups.map((g) => g.group), "Total"]);
    expect(rows).toHaveLength(12 + 1);
    rows.slice(0, 12).forEach((row, k) => {
      expect(row[0]).toBe(k + 1);
      groups.forEach((g, i) =>
        expect(clean(row[i + 1] as number)).toBe(g.projection?.months[k].value.total)
      );
      expect(clean(row[groups.length + 1] as number)).toBe(
        report.projection?.months[k].value.total
      );
    });
    const totals = rows[12];
    expect(totals[0]).toBe("Total");
    groups.forEach((g, i) =>
      expect(totals[i + 1] as number).toBeCloseTo(g.projection?.totals.value.total ?? NaN, 4)
    );
    // Right below the comparison table, after a blank row and its title line.
    const top = Number(/\$?[A-Z]+\$?(\d+)/.exec(address.split("!")[1])?.[1]);
    expect(top).toBe(HEADER_ROW + groups.length + 3);
    expect(asRead(wb.getValues(`${SHEET}!A${top - 1}`))[0][0]).toMatch(/^Value by month and group/);
  });

  it("charts the new-customer value of every group", () => {
    const snap = wb.toSnapshot();
    const sheetId = snap.sheets.find((s) => s.name === SHEET)?.id;
    const chart = snap.charts.find((c) => c.sheetId === sheetId);
    expect(chart?.title).toBe("New customer value by group, 12 months");
    expect(chart?.series).toHaveLength(1);
    expect(chart?.series[0].name).toBe("New customer: value in 12 months");
  });

  it("is rewritten in place by the next run, then deleted by a run without groups", async () => {
    const sheetsBefore = wb.toSnapshot().sheets.map((s) => s.name);
    await written(wb, { options: GROUPED });
    const snap = wb.toSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(snap.charts.filter((c) => c.title.startsWith("New customer value"))).toHaveLength(1);
    await written(wb, { options: { ...GROUPED, clv: { model: "probabilistic" as const } } });
    const after = wb.toSnapshot();
    expect(after.sheets.map((s) => s.name)).not.toContain(SHEET);
    expect(after.tables.map((t) => t.name)).not.toContain("CT_m1_ClvGroups");
  });
});

describe("deleting the model", () => {
  it("deletes the comparison sheet with it", async () => {
    const wb = workbookWith("Orders", cells());
    const model = await written(wb, { options: GROUPED });
    expect(await wb.run((context) => sheetsToDelete(context, model))).toContain(SHEET);
    await wb.run((context) => deleteModel(context, model.id));
    expect(wb.toSnapshot().sheets.map((s) => s.name)).toEqual(["Orders"]);
    const stored = wb.toSnapshot().settings[MODELS_SETTING];
    expect(parseModels(stored).models).toEqual([]);
  });
});

describe("a run without a group column", () => {
  it("writes no comparison sheet and warns", async () => {
    const values = cells().map((r) => r.slice(0, 3));
    const wb = workbookWith("Orders", values);
    const outcome = await run(wb, { options: GROUPED });
    if (outcome.status !== "written") throw new Error(outcome.status);
    expect(wb.toSnapshot().sheets.map((s) => s.name)).not.toContain(SHEET);
    expect(outcome.result.warnings.map((w) => w.code)).toContain("clvGroupNoColumn");
  });
});

/** The first sheet named so; throws when there is none. */
function sheetOf(snap: WorkbookSnapshot, name: string): WorkbookSnapshot["sheets"][number] {
  const sheet = snap.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/**
 * The workbook reopened with two sheets' ids exchanged (everything on them follows its sheet),
 * while the stored model keeps the ids it wrote: what a session that renumbered sheets looks like.
 */
function withIdsSwapped(wb: InMemoryWorkbook, a: string, b: string): InMemoryWorkbook {
  const snap = wb.toSnapshot();
  const [idA, idB] = [sheetOf(snap, a).id, sheetOf(snap, b).id];
  const swapped = JSON.stringify({ ...snap, settings: {} })
    .split(idA)
    .join("\u0000")
    .split(idB)
    .join(idA)
    .split("\u0000")
    .join(idB);
  return InMemoryWorkbook.fromSnapshot({
    ...(JSON.parse(swapped) as WorkbookSnapshot),
    settings: snap.settings,
  });
}

const refreshAll = (wb: InMemoryWorkbook): Promise<RefreshReport> =>
  wb.run((context) => refreshModels(context, { now: FIXED_NOW }));

describe("the comparison sheet is owned like the summary", () => {
  let grouped: InMemoryWorkbook;
  let model: StoredModel;
  beforeAll(async () => {
    grouped = workbookWith("Orders", cells());
    grouped.addSheet("Notes");
    grouped.setValues("Notes", "A1", [["my notes", 1, 2]]);
    model = await written(grouped, { options: GROUPED });
  });

  it("is stored with the model and anchored by a workbook-scoped name", () => {
    const snap = grouped.toSnapshot();
    expect(model.written.clvGroupsSheet?.sheetId).toBe(sheetOf(snap, SHEET).id);
    const anchor = snap.names.find((n) => n.name === "CT_m1_ClvGroupsSheet");
    expect(anchor?.reference).toBe("='CLV groups'!$1:$1048576");
  });

  it("stops, writing nothing, when its stored id names the user's sheet; re-link restores it", async () => {
    const wb = withIdsSwapped(grouped, SHEET, "Notes");
    const before = contents(wb);
    const report = await refreshAll(wb);
    const entry = report.models[0];
    expect(entry.status).toBe("unproven");
    if (entry.status !== "unproven") return;
    expect(entry.error.problem).toBe("notOurSheet.idElsewhere");
    expect(formatMessage(`excel.${entry.error.problem}`, entry.error.params, "en-US")).toContain(
      "Notes"
    );
    expect(contents(wb)).toEqual(before);
    // Re-link: the anchor says which sheet is the comparison; the next refresh rewrites it there.
    const relinked = await wb.run((context) => relinkModel(context, "m1"));
    expect(relinked.written.clvGroupsSheet?.sheetId).toBe(sheetOf(wb.toSnapshot(), SHEET).id);
    expect((await refreshAll(wb)).models[0].status).toBe("refreshed");
    const after = wb.toSnapshot();
    expect(sheetOf(after, "Notes").cells).toEqual(sheetOf(grouped.toSnapshot(), "Notes").cells);
    expect(after.sheets.map((s) => s.name)).toEqual(grouped.toSnapshot().sheets.map((s) => s.name));
  });

  it("never writes on a sheet the user made under its name after deleting it", async () => {
    const wb = InMemoryWorkbook.fromSnapshot(grouped.toSnapshot());
    const oldId = sheetOf(wb.toSnapshot(), SHEET).id;
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).delete();
      await context.sync();
    });
    wb.addSheet(SHEET);
    wb.setValues(SHEET, "A1", [["mine", 7]]);
    const mine = sheetOf(wb.toSnapshot(), SHEET);
    expect((await refreshAll(wb)).models[0].status).toBe("refreshed");
    const after = wb.toSnapshot();
    expect(sheetOf(after, SHEET)).toEqual(mine);
    const own = sheetOf(after, `${SHEET} (2)`);
    expect(after.tables.find((t) => t.name === "CT_m1_ClvGroups")?.sheetId).toBe(own.id);
    expect(own.id).not.toBe(oldId);
    const stored = parseModels(after.settings[MODELS_SETTING]).models[0];
    expect(stored.written.clvGroupsSheet?.sheetId).toBe(own.id);
  });

  it("stops when the user's sheet under its name took its id in a new session", async () => {
    const wb = InMemoryWorkbook.fromSnapshot(grouped.toSnapshot());
    const oldId = sheetOf(wb.toSnapshot(), SHEET).id;
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).delete();
      await context.sync();
    });
    wb.addSheet(SHEET);
    wb.setValues(SHEET, "A1", [["mine", 7]]);
    const snap = wb.toSnapshot();
    const reopened = InMemoryWorkbook.fromSnapshot(
      JSON.parse(
        JSON.stringify(snap).split(sheetOf(snap, SHEET).id).join(oldId)
      ) as WorkbookSnapshot
    );
    const before = contents(reopened);
    const entry = (await refreshAll(reopened)).models[0];
    expect(entry.status).toBe("unproven");
    expect(contents(reopened)).toEqual(before);
  });

  it("is made again when the user deleted it, and goes with its anchor when grouping is off", async () => {
    const wb = InMemoryWorkbook.fromSnapshot(grouped.toSnapshot());
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).delete();
      await context.sync();
    });
    expect((await refreshAll(wb)).models[0].status).toBe("refreshed");
    expect(wb.toSnapshot().sheets.map((s) => s.name)).toContain(SHEET);
    await written(wb, { options: { ...GROUPED, clv: { model: "probabilistic" as const } } });
    const after = wb.toSnapshot();
    expect(after.sheets.map((s) => s.name)).not.toContain(SHEET);
    expect(after.names.map((n) => n.name)).not.toContain("CT_m1_ClvGroupsSheet");
    const stored = parseModels(after.settings[MODELS_SETTING]).models[0];
    expect(stored.written.clvGroupsSheet).toBeUndefined();
  });
});
