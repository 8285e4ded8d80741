// One sentence for how many rows and customers a run had, the same on the summary sheet and in
// the pane: rows read, used and rejected (and blank when there were any), with thousands
// separators and English plurals ("1 row", "2 rows").
import type { RowCounts } from "../result";
import type { Language } from "../types";
import { formatMessage } from "./index";

function counted(
  noun: "customer" | "row",
  n: number,
  language: Language,
  numbers: Intl.NumberFormat
): string {
  const form = n === 1 ? "one" : "other";
  return formatMessage(`counts.${noun}.${form}`, { n: numbers.format(n) }, language);
}

export function countsText(counts: RowCounts, customers: number, language: Language): string {
  const numbers = new Intl.NumberFormat(language);
  const blank =
    counts.blank === 0
      ? ""
      : formatMessage("counts.blank", { blank: numbers.format(counts.blank) }, language);
  return formatMessage(
    "counts.text",
    {
      customers: counted("customer", customers, language, numbers),
      read: counted("row", counts.input, language, numbers),
      used: numbers.format(counts.used),
      rejected: numbers.format(counts.rejected),
      blank,
    },
    language
  );
}
