// The built preview page in Chromium, shared by the browser tests: serve and open it, read the
// workbook, take screenshots for a person to look at, check the pane's accessibility, and prove
// that no request left localhost.
import { mkdirSync } from "fs";
import * as path from "path";
import type { Browser, FrameLocator, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../../../src/excelDouble";
import type {} from "../../../src/preview/previewHook";
import runAxe from "./axe";
import { launch, openPage, type TrackedPage } from "./browser";
import { serveDist, type StaticServer } from "./staticServer";

export const SHOTS = path.join(__dirname, "../../../test-results/e2e");
const DIST = path.join(__dirname, "../../../dist");

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

/** The pane's serious and critical axe violations, as "id: help". */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const violations = await runAxe(page, "iframe");
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help}`);
}

export interface PreviewSession {
  /** Where dist/ is served: a request anywhere else left localhost. */
  readonly origin: string;
  /** The preview in a fresh browser context in `locale`, once its sample sheet is loaded. */
  open(locale: string): Promise<PreviewPage>;
}

/**
 * Serves dist/ and launches Chromium before a test file's tests, and closes both after them.
 * Call it at the file's top level (it registers beforeAll and afterAll).
 */
export function previewSession(): PreviewSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = (): { server: StaticServer; browser: Browser } => {
    if (!server || !browser) throw new Error("the preview session starts in beforeAll");
    return { server, browser };
  };
  return {
    get origin() {
      return started().server.origin;
    },
    open: (locale) => openPreview(started().browser, started().server.origin, locale),
  };
}
