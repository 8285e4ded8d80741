// The summary sheet's title counts rows and customers in the words and numbers the pane uses.
import { countsText } from "../../src/core";
import { run, workbookWith, ZH_FORMATS, ZH_TRANSACTIONS } from "./workbookFixtures";

test("the summary sheet's title says what the pane says", async () => {
  const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
  const outcome = await run(wb, { options: { language: "zh-CN" } });
  if (outcome.status !== "written") throw new Error("not written");
  const { result } = outcome;
  const title = String(wb.getValues("分级汇总!A1")[0][0]);
  expect(title).toBe(
    `客户分级（截至 ${result.asOf}）：${countsText(result.counts, result.customers.n, "zh-CN")}`
  );
});

test("the long title does not widen column A: widths are set, not autofitted (office-js#1017)", async () => {
  const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
  await run(wb, { options: { language: "zh-CN" } });
  const summary = wb.toSnapshot().sheets.find((s) => s.name === "分级汇总");
  if (!summary) throw new Error("no summary sheet");
  const titleWidth = String(wb.getValues("分级汇总!A1")[0][0]).length * 7;
  // The double's autofit measures whole columns as Excel does: relying on it would give A the
  // title's width. Column A fits the tables' first column instead.
  expect(summary.columnWidths.A).toBeLessThan(titleWidth / 2);
  const header = String(wb.getValues("分级汇总!A4")[0][0]);
  expect(summary.columnWidths.A).toBeGreaterThanOrEqual(Math.min(300, header.length * 7));
});
