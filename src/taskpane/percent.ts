// Every percentage the pane shows has one decimal ("80.0%", "14.6%"), as the sheets' 0.0% format:
// a column of shares lines up, and a sentence never mixes "40%" with "41.3%".
import type { Language } from "../core";

export function percentFormat(language: Language): Intl.NumberFormat {
  return new Intl.NumberFormat(language, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** A share as a percentage with one decimal; "–" when there is no figure. */
export function percentText(x: number, language: Language): string {
  return Number.isFinite(x) ? percentFormat(language).format(x) : "–";
}
