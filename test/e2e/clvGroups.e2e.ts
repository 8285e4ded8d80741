// CLV by group in the built preview: turn it on (by cohort) in the pane's settings, Segment the
// bundled sample, and find the comparison table in the pane and the CLV groups sheet with its
// chart, in both languages. Screenshots go to test-results/e2e/.
import * as path from "path";
import type { Page } from "playwright-core";
import { PX_PER_POINT, ROW_HEIGHT } from "../../src/preview/grid/geometry";
import {
  previewSession,
  seriousA11yViolations,
  shot,
  SHOTS,
  workbookSnapshot,
} from "./support/previewPage";

jest.setTimeout(180_000);

const session = previewSession();

const TEXT = {
  "en-US": {
    settings: "Method settings",
    clvModel: "CLV model",
    groupBy: "CLV by group",
    segment: "Segment",
    done: "Done",
    title: "CLV by group",
    sheet: "CLV groups",
    pooled: "pooled: too small",
    minCustomers: "Fewest customers per group",
    minRepeat: "Fewest repeat buyers per group",
    modelHint: "BG/NBD, MBG/NBD, Pareto/NBD or auto",
    intervals: "What each CLV tier is worth in the next 12 months, give or take",
    groupedDraws: "each customer's draws are around their group's fit",
  },
  "zh-CN": {
    settings: "方法设置",
    clvModel: "CLV 模型",
    groupBy: "分组 CLV",
    segment: "分级",
    done: "完成",
    title: "分组 CLV",
    sheet: "CLV分组",
    pooled: "合并拟合：组太小",
    minCustomers: "每组最少客户数",
    minRepeat: "每组最少复购客户数",
    modelHint: "BG/NBD、MBG/NBD、Pareto/NBD 或自动",
    intervals: "各 CLV 等级未来 12 个月的价值及其区间",
    groupedDraws: "每位客户的抽样基于其所在组的拟合",
  },
} as const;

async function scrollGrid(page: Page, top: number, left: number): Promise<void> {
  await page.evaluate(
    ([t, l]) => {
      const scroller = document.querySelector(".grid-scroller");
      if (scroller) [scroller.scrollTop, scroller.scrollLeft] = [t, l];
    },
    [top, left]
  );
  await page.waitForTimeout(300); // the virtualised grid draws the new rows on the next frame
}

describe.each(["en-US", "zh-CN"] as const)("CLV by cohort in the preview (%s)", (language) => {
  it("shows each cohort's fit in the pane and on the comparison sheet with its chart", async () => {
    const t = TEXT[language];
    const { page, pane, errors } = await session.open(language);
    await page.evaluate((l) => window.tierPreview.setLanguage(l), language);
    await pane.getByRole("button", { name: t.settings }).click();
    await pane.getByLabel(t.clvModel).selectOption("probabilistic");
    // The CLV model's hint names every purchase model, not BG/NBD alone.
    await pane.getByText(t.modelHint, { exact: false }).waitFor();
    await pane.getByLabel(t.clvModel).scrollIntoViewIfNeeded();
    await shot(page, `groups-0-model-hint-${language}`);
    await pane.getByLabel(t.groupBy).selectOption("cohort");
    // The minimums appear once grouping is on, with the defaults; a smaller one is used.
    expect(await pane.getByLabel(t.minCustomers).inputValue()).toBe("100");
    expect(await pane.getByLabel(t.minRepeat).inputValue()).toBe("20");
    await pane.getByLabel(t.minCustomers).fill("60");
    await pane.getByLabel(t.minRepeat).scrollIntoViewIfNeeded();
    await shot(page, `groups-1-settings-${language}`);
    await pane.getByRole("button", { name: t.segment, exact: true }).click();
    await pane.getByText(t.done, { exact: true }).waitFor({ timeout: 120_000 });
    const region = pane.getByRole("region", { name: t.title });
    await region.getByText("2024-Q1").waitFor();
    await region.getByText(t.pooled, { exact: false }).first().waitFor();
    await region.screenshot({ path: path.join(SHOTS, `groups-2-pane-${language}.png`) });
    // Intervals with groups: each tier's value give or take, from the groups' own fits.
    const intervals = pane.getByRole("region", { name: t.intervals });
    await intervals.getByText(t.groupedDraws, { exact: false }).waitFor();
    await intervals.scrollIntoViewIfNeeded();
    await intervals.screenshot({ path: path.join(SHOTS, `groups-5-intervals-${language}.png`) });

    const snap = await workbookSnapshot(page);
    const stored = JSON.parse(String(snap.settings["customerTiers.models"])) as {
      models: { options: { clv?: { probabilistic?: { minGroupCustomers?: number } } } }[];
    };
    expect(stored.models[0].options.clv?.probabilistic?.minGroupCustomers).toBe(60);
    const sheet = snap.sheets.find((s) => s.name === t.sheet);
    expect(sheet).toBeDefined();
    expect(snap.tables.map((x) => x.name)).toContain("CT_m1_ClvGroups");
    const chart = snap.charts.find((c) => c.sheetId === sheet?.id);
    expect(chart?.series).toHaveLength(1);
    // The cohort column of the table: every first-purchase quarter of the sample, in order.
    const cohorts = (sheet?.cells ?? []).slice(4).map((row) => String(row[0]).replace(/^'/, ""));
    expect(cohorts.filter((c) => /^\d{4}-Q\d$/.test(c))).toEqual([
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
      "2025-Q1",
      "2025-Q2",
    ]);

    await page.evaluate((name) => window.tierPreview.select(`'${name}'!A1`), t.sheet);
    await scrollGrid(page, 0, 0);
    await shot(page, `groups-3-sheet-${language}`);
    // The parameters and the P(alive) spread, right of the fit column.
    await scrollGrid(page, 0, 700);
    await shot(page, `groups-3-sheet-right-${language}`);
    const [top, left] = [chart?.top ?? 0, chart?.left ?? 0].map((x) => x * PX_PER_POINT);
    await scrollGrid(page, Math.max(0, top - ROW_HEIGHT), Math.max(0, left - ROW_HEIGHT));
    await shot(page, `groups-4-chart-${language}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
