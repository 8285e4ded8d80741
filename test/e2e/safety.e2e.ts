// What a user sees when Excel would refuse the add-in (issue 15), in the built preview: a
// protected data sheet is refused in words with nothing written; and the pane's page opened on its
// own, outside Excel and outside the preview, says what it is instead of staying blank.
import { launch, openPage } from "./support/browser";
import { foreignRequests, previewSession, shot, workbookSnapshot } from "./support/previewPage";

jest.setTimeout(180_000);

const session = previewSession();

describe("refused in words", () => {
  it("a protected data sheet: the pane says so and the workbook is untouched", async () => {
    const { page, pane, requests } = await session.open("zh-CN");
    await page.evaluate(() => window.tierPreview.protectSheet("订单"));
    const before = JSON.stringify({ ...(await workbookSnapshot(page)), selection: null });
    await pane.getByRole("button", { name: "分级", exact: true }).click();
    const message = pane.getByText(/工作表 订单 受保护/);
    await message.waitFor({ timeout: 60_000 });
    await shot(page, "safety-zh-protected-sheet");
    expect(await message.textContent()).toContain("未写入任何内容");
    const after = JSON.stringify({ ...(await workbookSnapshot(page)), selection: null });
    expect(after).toBe(before);
    expect(foreignRequests(requests, session.origin)).toEqual([]);
  });
});

describe("sheets the add-in cannot prove its own", () => {
  it.each([
    ["en-US", "Segment", "Refresh all", "Re-link", "Start fresh"],
    ["zh-CN", "分级", "全部刷新", "重新关联", "重新开始"],
  ])(
    "after the file lost its sheet ids (%s): nothing written, Re-link and Start fresh offered",
    async (locale, segment, refreshAll, relink, startFresh) => {
      const { page, pane } = await session.open(locale as "en-US" | "zh-CN");
      await pane.getByRole("button", { name: segment, exact: true }).click();
      await pane.getByRole("button", { name: refreshAll }).waitFor({ timeout: 60_000 });
      await page.evaluate(() => window.tierPreview.reopenWithSheetIds("fresh"));
      const before = JSON.stringify({ ...(await workbookSnapshot(page)), selection: null });
      await pane.getByRole("button", { name: refreshAll }).click();
      const unproven = pane.getByTestId("unproven");
      await unproven.waitFor({ timeout: 60_000 });
      await unproven.scrollIntoViewIfNeeded();
      await shot(page, `safety-${locale}-relink-start-fresh`);
      const after = JSON.stringify({ ...(await workbookSnapshot(page)), selection: null });
      expect(after).toBe(before);
      await unproven.getByRole("button", { name: startFresh }).waitFor();
      // Re-link follows the marks to the sheets: the next refresh writes without a question.
      await unproven.getByRole("button", { name: relink }).click();
      await unproven.waitFor({ state: "detached", timeout: 60_000 });
      await pane.getByRole("button", { name: refreshAll }).click();
      await pane.getByTestId("unproven").waitFor({ state: "detached", timeout: 60_000 });
    }
  );
});

describe("outside Office and outside the preview", () => {
  it.each([
    ["en-US", /works inside Excel/],
    ["zh-CN", /需在 Excel 中使用/],
  ])("the pane's page shows a sentence (%s)", async (locale, sentence) => {
    const browser = await launch();
    try {
      const { page, errors } = await openPage(browser, `${session.origin}/taskpane.html`, locale);
      await page.setViewportSize({ width: 360, height: 420 });
      const text = page.getByText(sentence);
      await text.waitFor({ timeout: 30_000 });
      await shot(page, `safety-outside-office-${locale}`);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
