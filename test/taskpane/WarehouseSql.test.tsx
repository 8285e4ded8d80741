/**
 * @jest-environment jsdom
 */
// "SQL for your warehouse" in the pane: the query it shows is the one `tiering sql` prints for the
// same settings, columns, table, engine and language (one answer from every face), and Copy
// copies it, or selects it where the clipboard is refused.
import "../helpers/jsdomTextEncoder";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { tiersQuery, type Language } from "../../src/core";
import { InMemoryWorkbook } from "../../src/excelDouble";
import { App } from "../../src/taskpane/App";
import type { ExcelHost } from "../../src/taskpane/excelHost";
import { translator } from "../../src/taskpane/uiText";
import { runSql, type SqlRawFlags } from "../../src/cli/sqlCommand";
import { ZH_FORMATS, ZH_TRANSACTIONS } from "../excel/workbookFixtures";

jest.mock("../../src/taskpane/scoring/workerScorer", () => {
  const core = jest.requireActual<typeof import("../../src/core")>("../../src/core");
  return { workerScorer: () => ({ score: core.segment, cancel: () => undefined }) };
});

const SHEET = "订单";
const WAIT = 20_000;
jest.setTimeout(60_000);

// Fluent's components watch their size; jsdom lays nothing out, so an observer that never fires.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** The sheet's headers, as the query names the warehouse table's columns. */
const COLUMNS = { customer: "客户名称", date: "订单日期", amount: "金额", orderId: "订单号" };

function renderPane(language: Language): void {
  const wb = new InMemoryWorkbook();
  wb.addSheet(SHEET);
  wb.setValues(SHEET, "A1", ZH_TRANSACTIONS, ZH_FORMATS);
  wb.select(`${SHEET}!A1`);
  const host: ExcelHost = {
    run: (batch) => wb.run(batch),
    language,
    inExcel: false,
    preview: null,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
}

async function openSql(language: Language): Promise<HTMLTextAreaElement> {
  const t = translator(language);
  await screen.findByRole("region", { name: t("source") }, { timeout: WAIT });
  fireEvent.click(screen.getByRole("button", { name: t("warehouseSql") }));
  return screen.getByLabelText<HTMLTextAreaElement>(t("sqlQuery"));
}

/**
 * What `tiering sql` prints for these flags (its own flag parsing and query; the whole CLI does
 * not load in jsdom, whose module resolution picks exceljs's browser build).
 */
function printed(flags: SqlRawFlags): string {
  let out = "";
  const write = (s: string) => (out += s);
  runSql(flags, {
    stdout: { write },
    stderr: { write },
    progressStream: null,
    env: {},
    signal: { aborted: false },
  });
  return out;
}

describe("SQL for your warehouse", () => {
  it.each<Language>(["zh-CN", "en-US"])(
    "shows in %s what tiering sql prints for the same settings",
    async (language) => {
      renderPane(language);
      const t = translator(language);
      const box = await openSql(language);
      const cli = printed({ dialect: "duckdb", table: "orders", ...COLUMNS, lang: language });
      expect(box.value).toBe(cli);
      expect(box.readOnly).toBe(true);
      // The core's function gives the same text: the pane adds nothing of its own.
      expect(cli).toBe(
        tiersQuery({ dialect: "duckdb", table: "orders", columns: COLUMNS, options: { language } })
      );

      // Another engine, table and scoring: the CLI with those flags, again.
      fireEvent.change(screen.getByLabelText(t("sqlDialect")), { target: { value: "postgres" } });
      fireEvent.change(screen.getByLabelText(t("sqlTable")), {
        target: { value: "sales.orders" },
      });
      fireEvent.click(screen.getByRole("button", { name: t("settings") }));
      fireEvent.change(await screen.findByLabelText(t("rfmScoring")), {
        target: { value: "fixed" },
      });
      fireEvent.change(screen.getByLabelText(t("scheme")), { target: { value: "named" } });
      const expected = printed({
        dialect: "postgres",
        table: "sales.orders",
        ...COLUMNS,
        scoring: "fixed",
        scheme: "named",
        lang: language,
      });
      await waitFor(() => expect(box.value).toBe(expected));
      expect(expected).not.toBe(cli);
    }
  );

  it("copies the query, or selects it where the clipboard is refused", async () => {
    renderPane("en-US");
    const t = translator("en-US");
    const box = await openSql("en-US");
    const copy = screen.getByRole("button", { name: t("sqlCopy") });

    // jsdom has no clipboard, as a frame without the permission: the text is selected instead.
    fireEvent.click(copy);
    await screen.findByText(t("sqlSelected"));
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);

    const writeText = jest.fn((_: string) => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    fireEvent.click(copy);
    await screen.findByText(t("sqlCopied"));
    expect(writeText).toHaveBeenCalledWith(box.value);
    expect(box.value).toContain("WITH");
  });
});
