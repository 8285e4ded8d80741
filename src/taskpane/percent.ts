// Every percentage the pane shows follows the core's one rule for shares (core/text/shares.ts): one
// decimal ("80.0%", "14.6%") as the sheets' number format, "<0.1%" for a hairline above 0; the
// same text in both languages (zh-CN writes percentages as en-US does).
import { shareText } from "../core";

/** A share as a percentage with one decimal; "–" when there is no figure. */
export function percentText(x: number): string {
  return shareText(x);
}
