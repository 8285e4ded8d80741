// "SQL for your warehouse" in the built preview, in Chinese and in English: the query shown for
// the bundled sample's columns is the one `tiering sql` gives for them, and Copy either copies
// it or selects it. Screenshots to test-results/e2e/ for a person to look at.
import * as path from "path";
import { tiersQuery, type Language } from "../../src/core";
import { translator } from "../../src/taskpane/uiText";
import { previewSession, seriousA11yViolations, shot, SHOTS } from "./support/previewPage";

jest.setTimeout(180_000);

const session = previewSession();

/** The bundled sample's headers (samples/transactions-zh.csv), as the warehouse names the columns. */
const COLUMNS = {
  customer: "客户名称",
  date: "订单日期",
  amount: "金额",
  orderId: "订单号",
  profit: "利润",
};

describe("SQL for your warehouse in the preview", () => {
  it.each<[Language, string]>([
    ["zh-CN", "zh"],
    ["en-US", "en"],
  ])("shows the tiers query in %s, and copies it", async (language, tag) => {
    const { page, pane, errors } = await session.open(language);
    await page.evaluate((l) => window.tierPreview.setLanguage(l), language);
    const t = translator(language);
    await pane.getByRole("region", { name: t("source"), exact: true }).waitFor();
    await pane.getByRole("button", { name: t("warehouseSql") }).click();
    await pane.getByLabel(t("sqlDialect")).selectOption("postgres");
    await pane.getByLabel(t("sqlTable")).fill("sales.orders");
    const box = pane.getByLabel(t("sqlQuery"));
    const expected = tiersQuery({
      dialect: "postgres",
      table: "sales.orders",
      columns: COLUMNS,
      options: { language },
    });
    expect(await box.inputValue()).toBe(expected);
    const section = pane.getByRole("region", { name: t("warehouseSql") });
    await box.scrollIntoViewIfNeeded();
    await shot(page, `sql-${tag}-1-query`);
    await section.screenshot({ path: path.join(SHOTS, `sql-${tag}-2-pane.png`) });

    await pane.getByRole("button", { name: t("sqlCopy") }).click();
    // The preview's frame may or may not be allowed the clipboard: either way the pane says which.
    await pane.getByText(new RegExp(`${t("sqlCopied")}|${t("sqlSelected")}`)).waitFor();
    await section.screenshot({ path: path.join(SHOTS, `sql-${tag}-3-copied.png`) });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
