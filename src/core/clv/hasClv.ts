// Whether a run has a CLV to show. A customer summary without first purchase dates or annual
// spend gives no customer a CLV: every face then leaves the CLV out and says why (the run's
// "clvLeftOut" warning) rather than write an empty column, a table of zeros and an empty chart.
import type { Warning } from "../types";

export function hasClv(result: { warnings: readonly Warning[] }): boolean {
  return !result.warnings.some((w) => w.code === "clvLeftOut");
}
