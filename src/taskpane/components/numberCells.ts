// Figures in the pane's tables right-aligned in tabular digits, so a column of numbers lines up
// as on the sheets; their headers over them. Fluent's TableCell is a table cell (text-align) or,
// in a flex layout, a flex box (justify-content): both are set.
import { makeStyles } from "@fluentui/react-components";

export const useNumberCells = makeStyles({
  cell: { textAlign: "right", justifyContent: "flex-end", fontVariantNumeric: "tabular-nums" },
  /** For TableHeaderCell's button slot, which holds the header's text. */
  header: { textAlign: "right", justifyContent: "flex-end" },
});
