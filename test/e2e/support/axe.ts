// axe-core run inside the pane's frame (the pane is what we ship; the preview page is a harness).
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

interface Violation {
  id: string;
  impact: string | null;
  help: string;
}

interface AxeViolation extends Violation {
  nodes: { html: string }[];
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Fluent UI's focus management (tabster) adds `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` sentinels that move focus on at once; axe's aria-hidden-focus rule flags
 * them. Their maintainers call it intended (microsoft/tabster#288), and Accessibility Insights
 * drops exactly these nodes from that rule (microsoft/accessibility-insights-web#7605). Any other
 * node under the rule still counts.
 */
function withoutTabsterSentinels(v: AxeViolation): AxeViolation {
  if (v.id !== "aria-hidden-focus") return v;
  return { ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) };
}

export default async function runAxe(page: Page, frameSelector: string): Promise<Violation[]> {
  const handle = await page.$(frameSelector);
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame at ${frameSelector}`);
  await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    type Run = { violations: AxeViolation[] };
    const axe = (window as unknown as { axe: { run(): Promise<Run> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ html: n.html })),
    }));
  });
  return violations
    .map(withoutTabsterSentinels)
    .filter((v) => v.nodes.length > 0)
    .map(({ id, impact, help }) => ({ id, impact, help }));
}
