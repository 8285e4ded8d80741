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
