// The sheet tabs under the grid, as in Excel: one button per visible sheet, the active one pressed.
import * as React from "react";
import type { InMemoryWorkbook } from "../../excelDouble";

export function SheetTabs(props: {
  workbook: InMemoryWorkbook;
  label: string;
  onActivate(name: string): void;
}): React.JSX.Element {
  const { model } = props.workbook;
  return (
    <div className="sheet-tabs" role="toolbar" aria-label={props.label}>
      {model.sheets
        .filter((s) => s.visibility === "Visible")
        .map((sheet) => (
          <button
            key={sheet.id}
            type="button"
            className="sheet-tab"
            aria-pressed={sheet === model.activeSheet}
            onClick={() => props.onActivate(sheet.name)}
          >
            {sheet.name}
          </button>
        ))}
    </div>
  );
}
