// Issue 14 in the built preview: an XLSX file loads through the CLI's streamed reader (fflate in
// the browser), a 9999-12-31 date is a rejected row, and an as-of date years after the data is
// a data warning in the pane. Screenshots go to test-results/e2e/ for a person to look at.
import { Workbook } from "exceljs";
import { previewSession, shot, workbookSnapshot } from "./support/previewPage";

jest.setTimeout(180_000);

const session = previewSession();

async function ordersXlsx(): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet("Orders");
  sheet.addRow(["Customer", "Order date", "Order id", "Amount"]);
  for (let i = 0; i < 24; i++)
    sheet.addRow([`C${i % 5}`, new Date(Date.UTC(2024, i % 12, 3 + i)), `O${i}`, 20 + i * 3]);
  sheet.addRow(["C9", "9999-12-31", "O99", 50]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("an XLSX in the preview", () => {
  it("loads with the shared reader; a far as-of date is warned", async () => {
    const { page, pane } = await session.open("en-US");
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    await page.setInputFiles("#preview-file", {
      name: "orders.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await ordersXlsx(),
    });
    await page.getByText("orders", { exact: false }).first().waitFor();
    await page.waitForFunction(() =>
      window.tierPreview.snapshot().sheets.some((s) => s.name === "orders")
    );
    const loaded = (await workbookSnapshot(page)).sheets.find((s) => s.name === "orders");
    expect(loaded?.cells).toHaveLength(26);
    expect(loaded?.cells[0]).toEqual(["Customer", "Order date", "Order id", "Amount"]);
    await shot(page, "xlsx-1-loaded");
    await page.evaluate(() => window.tierPreview.select("orders!A1:D26"));
    await pane.getByRole("button", { name: "Method settings" }).click();
    await pane.getByLabel("As-of date").fill("2030-01-01");
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByText("Done", { exact: true }).waitFor({ timeout: 60_000 });
    const warnings = pane.getByTestId("data-warnings");
    await warnings.getByText("The as-of date 2030-01-01 is", { exact: false }).waitFor();
    // With the as-of date given, the 9999-12-31 row is after it: one rejected row of 25.
    const snap = await workbookSnapshot(page);
    expect(JSON.stringify(snap.sheets.map((s) => s.cells[0]))).toContain("Customer");
    await warnings.scrollIntoViewIfNeeded();
    await shot(page, "xlsx-2-far-as-of-warning");
  });
});
