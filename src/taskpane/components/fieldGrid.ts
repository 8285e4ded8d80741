// One grid for every form in the pane (the data's columns, the method settings): two equal columns,
// each field one cell of three rows (label, control, hint) laid on the grid's own rows, so that
// two fields side by side line up label with label and box with box however long either label
// or hint is, in both languages. A choice among named options, a table or a note spans both.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFieldGrid = makeStyles({
  grid: {
    display: "grid",
    // minmax(0, 1fr): Fluent inputs have a minimum width that would push a column out of the pane.
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "start",
    "& .fui-Input, & .fui-Select": { minWidth: 0 },
  },
  /** A Field: its label, control and hint on three rows of the grid (CSS subgrid). */
  field: {
    gridRow: "span 3",
    display: "grid",
    gridTemplateRows: "subgrid",
    rowGap: 0,
    // A short label sits on the box, beside a neighbour's label that wraps onto two lines.
    "& > .fui-Field__label": { alignSelf: "end" },
  },
  /** Spans both columns: a choice with long option texts, a table, a note, a nested group. */
  wide: { gridColumn: "1 / -1" },
});
