// axe-core run inside the pane's frame (the pane is what we ship; the preview page is a harness).
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

interface Violation {
  id: string;
  impact: string | null;
  help: string;
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export default async function runAxe(page: Page, frameSelector: string): Promise<Violation[]> {
  const handle = await page.$(frameSelector);
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame at ${frameSelector}`);
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help }));
  });
}
