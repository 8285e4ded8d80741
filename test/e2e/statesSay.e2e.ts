// States that must say what they mean, in the built preview: a customer summary without first
// purchase dates leaves CLV out and says why; a customer with only returns is "No purchase" and
// keeps the share charts' axes at 0; a second model's sheets are named after its data; money in
// the data's currency. Screenshots to test-results/e2e/ for a person to look at.
import type { Page } from "playwright-core";
import { previewSession, shot, workbookSnapshot } from "./support/previewPage";

jest.setTimeout(180_000);

const session = previewSession();

const SUMMARY_CSV = [
  "Customer,Last purchase date,Frequency,Monetary",
  "Acme,2024-03-30,12,5400",
  "Globex,2024-01-15,3,800",
  "Initech,2023-11-02,1,120",
  "Umbrella,2024-03-28,8,2600",
  "Hooli,2024-02-20,5,1500",
  "Stark,2023-12-01,2,300",
  "Wayne,2024-03-01,6,4100",
  "Tyrell,2023-08-10,1,60",
].join("\r\n");

const ORDERS_CSV = [
  "Customer,Order date,Order,Amount",
  "Ann,2024-01-05,D1,¥1200",
  "Bob,2024-01-09,D2,¥300",
  "Ann,2024-02-20,D3,¥800",
  "Cid,2024-02-02,D4,¥50",
  "Dee,2024-03-01,D5,¥2600",
  "Bob,2024-03-10,D6,¥450",
  "Eve,2023-12-01,D7,¥90",
  "Fay,2024-03-15,D8,¥700",
  "Dee,2024-03-16,D9,¥1500",
  "Gus,2024-03-20,D10,-¥3000",
].join("\r\n");

async function segmentSheet(page: Page, address: string): Promise<void> {
  await page.evaluate((a) => window.tierPreview.select(a), address);
  const pane = page.frameLocator("iframe");
  await pane.getByText(new RegExp(address.replace(/[!$]/g, "\\$&").split(":")[0])).waitFor();
  await pane.getByRole("button", { name: "Segment", exact: true }).click();
  await pane.getByText("Done", { exact: true }).waitFor({ timeout: 60_000 });
}

describe("states that say what they mean", () => {
  it("leaves CLV out of a summary without first dates, and names a return-only customer", async () => {
    const { page, pane, errors } = await session.open("en-US");
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    await page.evaluate((csv) => window.tierPreview.load(csv, "Customers"), SUMMARY_CSV);
    await segmentSheet(page, "Customers!A1:D9");
    await pane.getByText(/CLV is left out/).waitFor();
    await shot(page, "states-1-clv-left-out-pane");
    await page.evaluate(() => window.tierPreview.select("Tier summary!A1"));
    await shot(page, "states-2-clv-left-out-summary");

    await page.evaluate((csv) => window.tierPreview.load(csv, "Orders"), ORDERS_CSV);
    await segmentSheet(page, "Orders!A1:D11");
    await shot(page, "states-3-second-model-orders");
    const snap = await workbookSnapshot(page);
    const names = snap.sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["Tier summary - Orders", "Customer tiers - Orders"])
    );
    const orders = snap.sheets.find((s) => s.name === "Orders");
    const header = orders?.cells[0] ?? [];
    const gus = orders?.cells.find((r) => r[0] === "Gus") ?? [];
    expect(gus[header.indexOf("Segment")]).toBe("No purchase");
    const segmentsChart = snap.charts.find(
      (c) => c.name.endsWith("_segments") && c.valueAxis.minimum === 0
    );
    expect(segmentsChart).toBeDefined();
    await page.evaluate(() => window.tierPreview.select("Tier summary - Orders!A1"));
    await shot(page, "states-4-orders-summary-yen");
    expect(errors).toEqual([]);
  });
});
