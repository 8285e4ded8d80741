// Reading the results, in the built preview: each group's one-line explanation behind its info
// button and in the summary sheet's last column, "List" filtering the customer sheet to one
// segment (the grid hides the other rows), and the help page the pane links to. In both
// languages; screenshots to test-results/e2e/ for a person to look at.
import type { Language } from "../../src/core";
import {
  previewSession,
  seriousA11yViolations,
  shot,
  workbookSnapshot,
} from "./support/previewPage";

jest.setTimeout(240_000);

const session = previewSession();

interface Words {
  segment: string;
  done: string;
  segments: string;
  list: RegExp;
  settings: string;
  clvModel: string;
  atRisk: string;
  pNoPurchase: RegExp;
}

const WORDS: Record<Language, Words> = {
  "en-US": {
    segment: "Segment",
    done: "Done",
    segments: "Segments",
    list: /^List the customers of/,
    settings: "Method settings",
    clvModel: "CLV model",
    atRisk: "At-risk level (%)",
    pNoPurchase: /^P\(no purchase in the next 90 days\)$/,
  },
  "zh-CN": {
    segment: "分级",
    done: "完成",
    segments: "客户分群",
    list: /^在客户工作表中列出/,
    settings: "方法设置",
    clvModel: "CLV 模型",
    atRisk: "流失预警阈值（%）",
    pNoPurchase: /^未来 90 天内不再购买的概率$/,
  },
};

describe.each<Language>(["en-US", "zh-CN"])("reading the results (%s)", (language) => {
  it("explains each group, lists one segment's customers and links to the help page", async () => {
    const words = WORDS[language];
    const { page, pane, errors } = await session.open(language);
    await page.evaluate((l) => window.tierPreview.setLanguage(l), language);
    await page.evaluate(() => window.tierPreview.select("订单!A1"));
    await pane.getByRole("button", { name: words.segment, exact: true }).click();
    await pane.getByText(words.done, { exact: true }).waitFor({ timeout: 90_000 });

    const segments = pane.getByRole("table", { name: words.segments });
    const row = segments.getByRole("row").nth(1);
    const group = ((await row.getByRole("cell").first().innerText()) ?? "").trim();
    await segments.scrollIntoViewIfNeeded();
    await row.getByRole("button").first().click(); // the info button
    const note = pane.getByRole("note").or(pane.locator(".fui-InfoLabel__info, [role=dialog]"));
    await note.first().waitFor();
    await shot(page, `reading-1-${language}-segment-explained`);
    await page.keyboard.press("Escape");

    await row.getByRole("button", { name: words.list }).click();
    let snap = await workbookSnapshot(page);
    for (let i = 0; i < 50 && !snap.tables.some((t) => t.filters); i++) {
      await page.waitForTimeout(100);
      snap = await workbookSnapshot(page);
    }
    const customers = snap.tables.find((t) => t.filters !== undefined);
    expect(customers).toBeDefined();
    expect(Object.values(customers?.filters ?? {})).toEqual([[group]]);
    const sheet = snap.sheets.find((s) => s.id === customers?.sheetId);
    expect(snap.activeSheet).toBe(sheet?.name);
    // The grid shows only that segment's rows under the header.
    const segmentColumn = sheet?.cells[0].indexOf(Object.keys(customers?.filters ?? {})[0]) ?? -1;
    const hidden = new Set(customers?.hiddenRows ?? []);
    const shown = (sheet?.cells ?? []).filter((_, i) => i > 0 && !hidden.has(i + 1));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => r[segmentColumn] === group)).toBe(true);
    await page.locator(".filter-mark").first().waitFor();
    await shot(page, `reading-2-${language}-customers-listed`);

    const abcTable = snap.tables.find((t) => t.name.endsWith("_abc"));
    const summary = snap.sheets.find((s) => s.id === abcTable?.sheetId);
    const explained = summary?.cells.flat().filter((v) => typeof v === "string" && v.length > 40);
    expect(explained?.length).toBeGreaterThan(10);
    await page.evaluate(
      (name) => window.tierPreview.select(`'${name.replace(/'/g, "''")}'!A1`),
      summary?.name ?? ""
    );
    await page
      .locator(".grid-scroller")
      .first()
      .evaluate((e) => (e.scrollLeft = 420));
    await shot(page, `reading-3-${language}-summary-explanations`);

    const help = pane.getByRole("link");
    const href = await help.first().getAttribute("href");
    expect(href).toBe(`assets/help.html#${language}`);
    const helpPage = await page.context().newPage();
    await helpPage.goto(`${session.origin}/${href}`);
    await helpPage.locator(`section[id="${language}"] h2`).first().waitFor();
    await helpPage.screenshot({
      path: require("path").join(
        __dirname,
        "../../test-results/e2e",
        `reading-4-${language}-help.png`
      ),
    });
    await helpPage.close();
    expect(errors).toEqual([]);
  });
});

describe.each<Language>(["en-US", "zh-CN"])("settings and P(no purchase) (%s)", (language) => {
  it("shows the fallback rule, the P(no purchase) options and the figure after a run", async () => {
    const words = WORDS[language];
    const { page, pane, errors } = await session.open(language);
    await page.evaluate((l) => window.tierPreview.setLanguage(l), language);
    await page.evaluate(() => window.tierPreview.select("订单!A1"));
    await pane.getByRole("button", { name: words.settings }).click();
    await pane.getByLabel(words.clvModel).selectOption("probabilistic");
    await pane.getByLabel(words.atRisk).fill("70");
    await pane.getByLabel(words.atRisk).scrollIntoViewIfNeeded();
    await shot(page, `reading-5-${language}-settings-no-purchase`);
    await pane.getByRole("table").first().scrollIntoViewIfNeeded();
    await shot(page, `reading-6-${language}-rules-with-fallback`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await pane.getByRole("button", { name: words.segment, exact: true }).click();
    await pane.getByText(words.done, { exact: true }).waitFor({ timeout: 120_000 });
    const block = pane.getByText(words.pNoPurchase);
    await block.waitFor();
    await block.scrollIntoViewIfNeeded();
    await shot(page, `reading-7-${language}-p-no-purchase`);
    const stored = (await workbookSnapshot(page)).settings["customerTiers.models"];
    expect(String(stored)).toContain('"noPurchaseAtRisk":0.7');
    expect(errors).toEqual([]);
  });
});
