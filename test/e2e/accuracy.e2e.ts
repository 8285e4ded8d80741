// The "auto" purchase model, the model comparison, the holdout accuracy and the monthly projection
// in the built preview (issue 18), in both languages: the pane's lines and tables, the summary
// sheet's blocks and the projection chart. Screenshots go to test-results/e2e/ for a person to see.
import * as path from "path";
import type { Page } from "playwright-core";
import type { StoredModel } from "../../src/excel/model";
import { PX_PER_POINT, ROW_HEIGHT } from "../../src/preview/grid/geometry";
import {
  previewSession,
  seriousA11yViolations,
  shot,
  SHOTS,
  workbookSnapshot,
} from "./support/previewPage";

jest.setTimeout(240_000);

const session = previewSession();

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

const WORDS = {
  "en-US": {
    settings: "Method settings",
    clvModel: "CLV model",
    purchaseModel: "Purchase model",
    calibrationEnd: "Calibration end (optional)",
    segment: "Segment",
    done: "Done",
    comparison: "Purchase models compared (fitted on calibration period)",
    picked: "picked automatically: the smallest mean absolute error",
    measures: ["Log-likelihood", "AIC", "BIC", "Holdout MAE purchases", "MAE revenue"],
    projection: "Monthly projection",
    summarySheet: "Tier summary",
  },
  "zh-CN": {
    settings: "方法设置",
    clvModel: "CLV 模型",
    purchaseModel: "购买模型",
    calibrationEnd: "校准期截止日（可选）",
    segment: "分级",
    done: "完成",
    comparison: "购买模型比较（拟合数据：校准期）",
    picked: "留出期每位客户重复购买次数的平均绝对误差最小",
    measures: ["对数似然", "AIC", "BIC", "留出期购买次数 MAE", "收入 MAE"],
    projection: "逐月预测",
    summarySheet: "分级汇总",
  },
} as const;

describe.each(["en-US", "zh-CN"] as const)("the auto model and the projection (%s)", (lang) => {
  it("says which model it picked, compares them and projects month by month", async () => {
    const w = WORDS[lang];
    const { page, pane, errors } = await session.open(lang);
    await page.evaluate((l) => window.tierPreview.setLanguage(l), lang);
    await pane.getByRole("button", { name: w.settings }).click();
    await pane.getByLabel(w.clvModel).selectOption("probabilistic");
    await pane.getByLabel(w.purchaseModel, { exact: true }).selectOption("auto");
    await pane.getByLabel(w.calibrationEnd).fill("2024-12-31");
    await pane.getByRole("button", { name: w.segment, exact: true }).click();
    await pane.getByText(w.done, { exact: true }).waitFor({ timeout: 120_000 });

    const choice = pane.getByTestId("model-choice");
    await choice.waitFor();
    expect(await choice.textContent()).toContain(w.picked);
    const table = pane.getByTestId("model-comparison");
    const firstCells = await table.locator("tbody tr td:first-child").allTextContents();
    expect(firstCells).toEqual(w.measures);
    expect(await table.locator("thead th").count()).toBe(4);
    const comparison = pane.getByRole("region", { name: w.comparison });
    await comparison.scrollIntoViewIfNeeded();
    await comparison.screenshot({ path: path.join(SHOTS, `accuracy-1-pane-choice-${lang}.png`) });
    const projection = pane.getByRole("region", { name: w.projection });
    await projection.scrollIntoViewIfNeeded();
    await projection.screenshot({
      path: path.join(SHOTS, `accuracy-2-pane-projection-${lang}.png`),
    });
    expect(await pane.getByTestId("projection").getByRole("row").count()).toBe(1 + 12 + 1);

    const snap = await workbookSnapshot(page);
    const stored = JSON.parse(String(snap.settings["customerTiers.models"])) as {
      models: StoredModel[];
    };
    const blocks = stored.models[0].written.summarySheet.blocks;
    expect(blocks.map((b) => b.id)).toEqual(
      expect.arrayContaining(["modelChoice", "modelComparison", "accuracy", "projection"])
    );
    expect(snap.charts.map((c) => c.name)).toContain("CT_m1_projection");

    // For a person to look at: the comparison and accuracy blocks, the projection and its chart.
    await page.evaluate((name) => window.tierPreview.select(`'${name}'!A1`), w.summarySheet);
    const at = (id: string) => blocks.find((b) => b.id === id)?.rowIndex ?? 0;
    await scrollGrid(page, (at("modelChoice") - 2) * ROW_HEIGHT, 0);
    await shot(page, `accuracy-3-summary-comparison-${lang}`);
    await scrollGrid(page, (at("projection") - 2) * ROW_HEIGHT, 0);
    await shot(page, `accuracy-4-summary-projection-${lang}`);
    const chart = snap.charts.find((c) => c.name === "CT_m1_projection");
    const [top, left] = [chart?.top ?? 0, chart?.left ?? 0].map((x) => x * PX_PER_POINT);
    await scrollGrid(page, top - ROW_HEIGHT, left - ROW_HEIGHT);
    await shot(page, `accuracy-5-projection-chart-${lang}`);

    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
