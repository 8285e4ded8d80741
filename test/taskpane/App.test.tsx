/**
 * @jest-environment jsdom
 */
// The pane as a user meets it, rendered in jsdom on the in-memory workbook: Segment waits for the
// roles, a run ends in the results or in a localised error. Scoring runs on the test's thread
// (jsdom has no Web Worker); the worker's own path is tested in test/taskpane/scoring.
import "../helpers/jsdomTextEncoder";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";
import { BUILT_IN_SCHEMES, formatMessage, label, type Language } from "../../src/core";
import { segmentWorkbook } from "../../src/excel";
import { InMemoryWorkbook, type SeedValue } from "../../src/excelDouble";
import { App } from "../../src/taskpane/App";
import type { ExcelHost } from "../../src/taskpane/excelHost";
import { translator } from "../../src/taskpane/uiText";
import { ZH_FORMATS, ZH_TRANSACTIONS } from "../excel/workbookFixtures";

jest.mock("../../src/taskpane/scoring/workerScorer", () => {
  const core = jest.requireActual<typeof import("../../src/core")>("../../src/core");
  return { workerScorer: () => ({ score: core.segment, cancel: () => undefined }) };
});

const SHEET = "订单";
/** The pane reads and scores through the double's batches: on a loaded machine that takes a while. */
const WAIT = 20_000;

// Fluent's components watch their size; jsdom lays nothing out, so an observer that never fires.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function workbookOf(values: SeedValue[][], formats?: string[][]): InMemoryWorkbook {
  const wb = new InMemoryWorkbook();
  wb.addSheet(SHEET);
  wb.setValues(SHEET, "A1", values, formats);
  wb.select(`${SHEET}!A1`);
  return wb;
}

function renderPane(wb: InMemoryWorkbook, language: Language): ReturnType<typeof render> {
  const host: ExcelHost = {
    run: (batch) => wb.run(batch),
    language,
    inExcel: false,
    preview: null,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
}

/** The Segment button, once the pane has looked at the selection and read its settings. */
async function segmentButton(language: Language): Promise<HTMLButtonElement> {
  const t = translator(language);
  await screen.findByRole("region", { name: t("source") }, { timeout: WAIT });
  return screen.getByRole<HTMLButtonElement>("button", { name: t("segment") });
}

describe("the pane", () => {
  it("keeps Segment disabled until every required role has a column", async () => {
    // "日子" names no role, and without a date format its serial numbers are not dates to see.
    const values = ZH_TRANSACTIONS.map((row, i) =>
      i === 0 ? [row[0], "日子", ...row.slice(2)] : row
    );
    renderPane(workbookOf(values), "zh-CN");
    const t = translator("zh-CN");
    const segment = await segmentButton("zh-CN");
    expect(segment.disabled).toBe(true);
    const date = label("role.date", "zh-CN");
    screen.getByText(t("missingRoles", { roles: date }));

    fireEvent.change(screen.getByLabelText(date, { exact: false }), { target: { value: "日子" } });
    await waitFor(() => expect(segment.disabled).toBe(false), { timeout: WAIT });
    expect(screen.queryByText(t("missingRoles", { roles: date }))).toBeNull();
  });

  it("shows the run's ABC classes as the adapter computed them", async () => {
    const wb = workbookOf(ZH_TRANSACTIONS, ZH_FORMATS);
    // The same data scored by the adapter directly, on a copy: what the pane must show.
    const copy = InMemoryWorkbook.fromSnapshot(wb.toSnapshot());
    const expected = await copy.run((context) => segmentWorkbook(context, {}));
    if (expected.status !== "written") throw new Error(`adapter run: ${expected.status}`);

    renderPane(wb, "en-US");
    const t = translator("en-US");
    fireEvent.click(await segmentButton("en-US"));
    const results = await screen.findByRole("region", { name: t("doneTitle") }, { timeout: WAIT });
    const table = within(results).getByRole("table", { name: t("abcBreakdown") });
    const rows = within(table).getAllByRole("row").slice(1);
    const shown = rows.map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    );
    const count = new Intl.NumberFormat("en-US");
    expect(shown.map(([group, customers]) => [group, customers])).toEqual(
      expected.result.summary.abc.map((g) => [g.label, count.format(g.customers)])
    );
    // Seven different customers in the data: every one is in a class.
    const distinct = new Set(ZH_TRANSACTIONS.slice(1).map((row) => row[0])).size;
    expect(shown.reduce((sum, [, customers]) => sum + Number(customers), 0)).toBe(distinct);
  });

  it("quotes the data's sheet as Excel does, and names our summary instead of guessing its columns", async () => {
    const wb = new InMemoryWorkbook();
    wb.addSheet("My orders");
    wb.setValues("My orders", "A1", ZH_TRANSACTIONS, ZH_FORMATS);
    wb.select("'My orders'!A1");
    const t = translator("en-US");
    renderPane(wb, "en-US");
    const address = "'My orders'!A1:D11";
    await screen.findByText(t("sourceRows", { rows: 10, address }), undefined, { timeout: WAIT });
    // A run's summary sheet, then a click on its title: no customer column read from the title.
    await wb.run((context) => segmentWorkbook(context, { options: { language: "en-US" } }));
    wb.select("'Tier summary'!A1");
    const own = t("ownOutputSheet", { sheet: "Tier summary" });
    await screen.findByText(own, undefined, { timeout: WAIT });
    expect(screen.getByRole<HTMLButtonElement>("button", { name: t("segment") }).disabled).toBe(
      true
    );
    expect(screen.queryByRole("region", { name: t("source") })).toBeNull();
  });

  it("explains each segment behind its info button and lists its customers in one click", async () => {
    const wb = workbookOf(ZH_TRANSACTIONS, ZH_FORMATS);
    renderPane(wb, "en-US");
    const t = translator("en-US");
    fireEvent.click(await segmentButton("en-US"));
    const results = await screen.findByRole("region", { name: t("doneTitle") }, { timeout: WAIT });
    const table = within(results).getByRole("table", { name: t("segmentBreakdown") });
    const firstRow = within(table).getAllByRole("row")[1];
    const group = within(firstRow).getAllByRole("cell")[0].textContent ?? "";
    const model = JSON.parse(String(wb.toSnapshot().settings["customerTiers.models"])) as {
      models: { written: { customerSheet: { tableName: string } } }[];
    };
    const tableName = model.models[0].written.customerSheet.tableName;

    fireEvent.click(within(firstRow).getByRole("button", { name: `${group} ${t("aboutGroup")}` }));
    const scheme = BUILT_IN_SCHEMES.four.segments.find((s) => s.label["en-US"] === group);
    expect(scheme).toBeDefined();
    // The popover holds the core's line for it: its rule, then what to do.
    expect(await screen.findByText(/To do:/)).toBeTruthy();

    fireEvent.click(within(firstRow).getByRole("button", { name: t("listCustomers", { group }) }));
    await waitFor(
      () => {
        const snap = wb.toSnapshot();
        const customers = snap.tables.find((x) => x.name === tableName);
        expect(customers?.filters).toEqual({ [label("col.segment", "en-US")]: [group] });
        expect(snap.activeSheet).toBe(snap.sheets.find((x) => x.id === customers?.sheetId)?.name);
      },
      { timeout: WAIT }
    );
  });

  it("opens the settings in the pane's language, fixed thresholds and CLV model included", async () => {
    renderPane(workbookOf(ZH_TRANSACTIONS, ZH_FORMATS), "zh-CN");
    const t = translator("zh-CN");
    await segmentButton("zh-CN");
    fireEvent.click(screen.getByRole("button", { name: t("settings") }));
    const rules = await screen.findByRole("table", { name: t("rules") });
    // The default scheme's rules, one row each under the header, named as the scheme names them,
    // then the fallback segment's row: every segment of the scheme is in the table.
    const four = BUILT_IN_SCHEMES.four;
    const rows = within(rules).getAllByRole("row").slice(1);
    const labelOf = (id: string) => four.segments.find((s) => s.id === id)?.label["zh-CN"];
    expect(rows.map((row) => within(row).getAllByRole("cell")[0].textContent)).toEqual([
      ...four.rules.map((r) => labelOf(r.segment)),
      labelOf(four.fallback),
    ]);
    expect(rows.at(-1)?.textContent).toContain(t("fallbackRule"));
    fireEvent.change(screen.getByLabelText(t("rfmScoring")), { target: { value: "fixed" } });
    await screen.findByRole("table", { name: t("thresholds") });
    fireEvent.change(screen.getByLabelText(t("clvModel")), {
      target: { value: "probabilistic" },
    });
    screen.getByLabelText(t("purchaseModel"));
  });

  it.each<Language>(["zh-CN", "en-US"])(
    "says in %s why nothing was written to a protected sheet",
    async (language) => {
      const wb = workbookOf(ZH_TRANSACTIONS, ZH_FORMATS);
      wb.protectSheet(SHEET);
      renderPane(wb, language);
      const t = translator(language);
      fireEvent.click(await segmentButton(language));
      const sentence = formatMessage("excel.sheetProtected", { sheet: SHEET }, language);
      const bar = await screen.findByText(`${t("errorTitle")}${t("colon")}${sentence}`, undefined, {
        timeout: WAIT,
      });
      expect(bar.closest("[role=status]")).not.toBeNull();
      expect(screen.queryByRole("region", { name: t("doneTitle") })).toBeNull();
    }
  );

  it("shows a refresh that failed outright as the same error bar a Segment run gets", async () => {
    const wb = workbookOf(ZH_TRANSACTIONS, ZH_FORMATS);
    // The connection to the workbook is lost after the Segment run: every batch then throws.
    let lost = false;
    const host: ExcelHost = {
      run: (batch) => (lost ? Promise.reject(new Error("connection lost")) : wb.run(batch)),
      language: "en-US",
      inExcel: false,
      preview: null,
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>
    );
    const t = translator("en-US");
    fireEvent.click(await segmentButton("en-US"));
    await screen.findByRole("region", { name: t("doneTitle") }, { timeout: WAIT });
    // The saved model reaches the list once the pane has read it back from the workbook.
    const refresh = await screen.findByRole("button", { name: t("refreshAll") }, { timeout: WAIT });
    await waitFor(() => expect(refresh).toHaveProperty("disabled", false), { timeout: WAIT });
    lost = true;
    fireEvent.click(refresh);
    const sentence = formatMessage("error.unexpected", { message: "connection lost" }, "en-US");
    const bar = await screen.findByText(`${t("errorTitle")}${t("colon")}${sentence}`, undefined, {
      timeout: WAIT,
    });
    expect(bar.closest("[role=status]")).not.toBeNull();
  });
});
