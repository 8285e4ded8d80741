// The built preview page in Chromium, shared by the browser tests: open it, read the workbook,
// take screenshots for a person to look at, and prove that no request left localhost.
import { mkdirSync } from "fs";
import * as path from "path";
import type { Browser, FrameLocator, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../../../src/excelDouble";
import type {} from "../../../src/preview/previewHook";
import { openPage, type TrackedPage } from "./browser";

export const SHOTS = path.join(__dirname, "../../../test-results/e2e");

export type PreviewPage = TrackedPage & { pane: FrameLocator };

export async function openPreview(
  browser: Browser,
  origin: string,
  locale: string
): Promise<PreviewPage> {
  mkdirSync(SHOTS, { recursive: true });
  const tracked = await openPage(browser, `${origin}/preview.html`, locale);
  await tracked.page.evaluate(() => window.tierPreview.ready);
  return { ...tracked, pane: tracked.page.frameLocator("iframe") };
}

export const workbookSnapshot = (page: Page): Promise<WorkbookSnapshot> =>
  page.evaluate(() => window.tierPreview.snapshot());

export const shot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter(
    (u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")
  );
}
