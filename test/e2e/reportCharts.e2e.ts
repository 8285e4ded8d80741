// The charts an analyst would put in a report (issue 16), as the built preview draws them: the
// summary sheet's charts after Segment and the migration chart after a month of new orders and a
// Refresh, in Chinese and in English. Each chart is screenshotted to test-results/e2e/charts-*.png
// for a person to look at; the checks below are what can be read off the drawing.
import * as path from "path";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { toCsv } from "../../data/generate/toCsv";
import { previewSession, SHOTS, type PreviewPage } from "./support/previewPage";

jest.setTimeout(240_000);

const session = previewSession();

type Locale = "zh-CN" | "en-US";

const TEXT = {
  "zh-CN": {
    segment: "分级",
    done: "完成",
    summary: "分级汇总",
    migration: "分级变动",
    addMonth: "添加下个月的订单",
    refresh: "全部刷新",
  },
  "en-US": {
    segment: "Segment",
    done: "Done",
    summary: "Tier summary",
    migration: "Tier migration",
    addMonth: "Add next month's orders",
    refresh: "Refresh all",
  },
} as const;

const SUMMARY_CHARTS = ["abc", "pareto", "revenueShare", "segments", "clvTiers"];

async function segmented(locale: Locale): Promise<PreviewPage> {
  const opened = await session.open(locale);
  if (locale === "en-US") await opened.page.evaluate(() => window.tierPreview.setLanguage("en-US"));
  await opened.pane.getByRole("button", { name: TEXT[locale].segment, exact: true }).click();
  await opened.pane.getByText(TEXT[locale].done, { exact: true }).waitFor({ timeout: 90_000 });
  return opened;
}

/** One chart of the shown sheet, screenshotted on its own; returns its SVG's roles and texts. */
async function chartShot(
  opened: PreviewPage,
  chart: string,
  file: string
): Promise<{ role: string; text: string; fill: string }[]> {
  const svg = opened.page.locator(`svg[data-chart="CT_m1_${chart}"]`);
  await svg.scrollIntoViewIfNeeded();
  await svg.screenshot({ path: path.join(SHOTS, `${file}.png`) });
  return svg.evaluate((el) =>
    Array.from(el.querySelectorAll("[data-role]")).map((n) => ({
      role: n.getAttribute("data-role") ?? "",
      text: n.tagName === "text" ? (n.textContent ?? "") : "",
      fill: n.getAttribute("fill") ?? "",
    }))
  );
}

describe.each(["zh-CN", "en-US"] as const)("report charts in %s", (locale) => {
  it("draws the summary charts and, after a month more and Refresh, the movers", async () => {
    const opened = await segmented(locale);
    const { page, errors } = opened;
    const t = TEXT[locale];
    await page.getByRole("button", { name: t.summary, exact: true }).click();
    const drawn: Record<string, { role: string; text: string; fill: string }[]> = {};
    for (const chart of SUMMARY_CHARTS)
      drawn[chart] = await chartShot(opened, chart, `charts-${locale}-${chart}`);
    const labels = (chart: string): string[] =>
      drawn[chart].filter((n) => n.role === "data-label").map((n) => n.text);
    // Percentages on the doughnut and the share bars by the one rule for shares (one decimal,
    // "<0.1%" for a hairline), a single marked Pareto point.
    expect(labels("revenueShare").length).toBeGreaterThan(0);
    for (const l of labels("revenueShare")) expect(l).toMatch(/^(\d+\.\d%|<0\.1%)$/);
    for (const l of labels("segments")) expect(l).toMatch(/^(-?\d+\.\d%|<0\.1%)$/);
    expect(drawn.pareto.filter((n) => n.role === "point")).toHaveLength(1);
    // The CLV tiers are coloured point by point, so they have no legend.
    expect(drawn.clvTiers.filter((n) => n.role === "legend")).toHaveLength(0);
    // Every legend swatch of the bar charts is the colour of bars drawn.
    for (const chart of ["abc", "segments"]) {
      const bars = new Set(drawn[chart].filter((n) => n.role === "bar").map((n) => n.fill));
      const swatches = drawn[chart].filter((n) => n.role === "legend" && n.fill !== "#404040");
      for (const s of swatches) expect(bars.has(s.fill)).toBe(true);
    }

    await page.getByRole("button", { name: t.addMonth }).click();
    await opened.pane.getByRole("button", { name: t.refresh, exact: true }).click();
    await opened.pane.getByTestId("migration-headline").waitFor({ timeout: 90_000 });
    await page.getByRole("button", { name: t.migration, exact: true }).click();
    const movers = await chartShot(opened, "migrationAbc", `charts-${locale}-migration`);
    const title = movers.find((n) => n.role === "title")?.text ?? "";
    expect(title).toMatch(locale === "zh-CN" ? /[\d,]+ 位未变动/ : /[\d,]+ stayed/);
    expect(errors).toEqual([]);
  });

  it("keeps small segments and tiers readable next to one customer worth a thousand others", async () => {
    const opened = await session.open(locale);
    const { page, pane, errors } = opened;
    if (locale === "en-US") await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    await page.evaluate((csv) => window.tierPreview.load(csv, "Giant"), giantCsv());
    await page.evaluate(() => window.tierPreview.select("Giant!A1"));
    await pane
      .getByText(/Giant!/)
      .first()
      .waitFor();
    await pane.getByRole("button", { name: TEXT[locale].segment, exact: true }).click();
    await pane.getByText(TEXT[locale].done, { exact: true }).waitFor({ timeout: 90_000 });
    await page.getByRole("button", { name: TEXT[locale].summary, exact: true }).click();
    const segments = await chartShot(opened, "segments", `charts-${locale}-giant-segments`);
    await chartShot(opened, "clvTiers", `charts-${locale}-giant-clvTiers`);
    // Every bar has its label: the hairlines beside the giant's 99.9% too.
    const bars = segments.filter((n) => n.role === "bar");
    const labels = segments.filter((n) => n.role === "data-label");
    expect(labels).toHaveLength(bars.length);
    expect(labels.some((n) => /^9\d\.\d%$/.test(n.text))).toBe(true);
    expect(errors).toEqual([]);
  });
});

/** 2,000 generated orders and one customer worth a thousand times all of them together. */
function giantCsv(): string {
  const sheet = generateTransactions(2000, 16);
  const total = sheet.values.slice(1).reduce((sum, row) => sum + Number(row[4]), 0);
  const last = sheet.values[sheet.values.length - 1];
  sheet.values.push(["GIANT", "巨头公司", last[2], "SO99999999", Math.round(total * 1000)]);
  sheet.numberFormats.push(sheet.numberFormats[1]);
  return toCsv(sheet);
}
