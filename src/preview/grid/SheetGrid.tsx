// The active sheet as a virtualised grid: only the rows and columns in view are in the DOM, so a
// sheet of a million rows scrolls like a small one. Charts float over the cells where Excel puts
// them. Selection (mouse and keyboard) is in useGridSelection.
import * as React from "react";
import type { InMemoryWorkbook } from "../../excelDouble";
import { columnLetter } from "../../core";
import { MAX_COLUMNS, MAX_ROWS, type Rect, containsCell } from "../../excelDouble/address";
import type { ChartEntity, SheetEntity } from "../../excelDouble/entities";
import { ChartView } from "../charts/ChartView";
import { CellEditor } from "./CellEditor";
import { CellPainter } from "./cellPainter";
import {
  DEFAULT_COLUMN_PX,
  HEADER_HEIGHT,
  PX_PER_POINT,
  ROW_HEIGHT,
  columnLayout,
  rowHeaderWidth,
  visibleWindow,
  type Viewport,
} from "./geometry";
import { rowMap } from "./rowMap";
import { useCellEditor } from "./useCellEditor";
import { filteredRows } from "../../excelDouble/filters";
import { useGridSelection } from "./useGridSelection";

interface Props {
  workbook: InMemoryWorkbook;
  sheet: SheetEntity;
  version: number;
  label: string;
  chartLabel(title: string): string;
  /** Name of the text box that edits a cell ("B2"). */
  editLabel(cell: string): string;
  /** What a filtered column's mark says ("Filtered"). */
  filteredLabel: string;
}

/** "row,col" of the header cell of every filtered table column on the sheet. */
function filteredHeaders(workbook: InMemoryWorkbook, sheet: SheetEntity): Set<string> {
  const marks = new Set<string>();
  for (const t of workbook.model.tables) {
    if (t.deleted || t.sheet !== sheet) continue;
    t.columns.forEach((column, i) => {
      if (column.filter !== undefined) marks.add(`${t.rect.row},${t.rect.col + i}`);
    });
  }
  return marks;
}

/** Scroll positions per sheet, so switching tabs comes back to where the user was. */
const savedScroll = new Map<string, { top: number; left: number }>();

interface Extent {
  rows: number;
  cols: number;
}

/** Rows and columns the used range, spills and charts need, plus room to scroll past them. */
function contentExtent(sheet: SheetEntity, charts: ChartEntity[], spills: Rect[]): Extent {
  const used = sheet.cells.usedRect(false);
  // Spilled cells belong to Excel's used range; here they are computed, not stored.
  const bottom = Math.max(used ? used.row + used.rows : 0, ...spills.map((r) => r.row + r.rows));
  const right = Math.max(used ? used.col + used.cols : 0, ...spills.map((r) => r.col + r.cols));
  const chartRows = Math.max(
    0,
    ...charts.map((c) => Math.ceil(((c.top + c.height) * PX_PER_POINT) / ROW_HEIGHT))
  );
  const chartCols = Math.max(
    0,
    ...charts.map((c) => Math.ceil(((c.left + c.width) * PX_PER_POINT) / DEFAULT_COLUMN_PX))
  );
  return { rows: Math.max(bottom + 50, chartRows + 5), cols: Math.max(right + 5, chartCols + 2) };
}

/** Rows and columns to show: what the content needs, or at least a full viewport. */
function extent(content: Extent, viewport: Viewport): Extent {
  const rows = Math.max(content.rows, Math.ceil(viewport.height / ROW_HEIGHT) + 1);
  const cols = Math.max(content.cols, Math.ceil(viewport.width / DEFAULT_COLUMN_PX) + 1);
  return { rows: Math.min(MAX_ROWS, rows), cols: Math.min(MAX_COLUMNS, cols) };
}

function useViewport(scroller: React.RefObject<HTMLDivElement | null>, sheetId: string): Viewport {
  const [viewport, setViewport] = React.useState<Viewport>({
    top: 0,
    left: 0,
    width: 800,
    height: 600,
  });
  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const saved = savedScroll.get(sheetId);
    if (saved) [element.scrollTop, element.scrollLeft] = [saved.top, saved.left];
    const measure = (): void => {
      const next = {
        top: element.scrollTop,
        left: element.scrollLeft,
        width: element.clientWidth,
        height: element.clientHeight,
      };
      savedScroll.set(sheetId, { top: next.top, left: next.left });
      setViewport(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", measure);
    };
  }, [scroller, sheetId]);
  return viewport;
}

export function SheetGrid(props: Props): React.JSX.Element {
  const { workbook, sheet, version } = props;
  const scroller = React.useRef<HTMLDivElement>(null);
  const viewport = useViewport(scroller, sheet.id);
  const charts = React.useMemo(
    () => workbook.model.charts.filter((c) => c.sheet === sheet && !c.deleted),
    // version: charts are added and removed by syncs, in the same model arrays.
    [workbook, sheet, version]
  );
  // The used range scans every column: once per change of the workbook, not on every scroll.
  const content = React.useMemo(
    () => contentExtent(sheet, charts, workbook.model.calculation.spillRects(sheet)),
    [workbook, sheet, version, charts]
  );
  const size = extent(content, viewport);
  const layout = React.useMemo(
    () => columnLayout(size.cols, sheet.cells.columnWidths),
    [size.cols, sheet, version]
  );
  const painter = React.useMemo(
    () => new CellPainter(workbook.model, sheet),
    [workbook, sheet, version]
  );
  // Rows a table filter hid take no space; filtered columns' headers show a filter mark.
  const rowsShown = React.useMemo(
    () => rowMap(filteredRows(workbook.model, sheet.id)),
    [workbook, sheet, version]
  );
  const filterMarks = React.useMemo(
    () => filteredHeaders(workbook, sheet),
    [workbook, sheet, version]
  );
  const header = rowHeaderWidth(size.rows);
  const selection = useGridSelection({
    rows: rowsShown,
    workbook,
    sheet,
    scroller,
    layout,
    rowHeader: header,
    size,
  });
  const editor = useCellEditor(workbook, sheet, () => scroller.current?.focus());
  const win = visibleWindow(viewport, size.rows, layout);
  const totalWidth = header + layout.offsets[layout.offsets.length - 1];
  const columns: number[] = [];
  for (let c = win.firstCol; c <= win.lastCol; c++) columns.push(c);
  const rows: { at: number; row: number }[] = [];
  for (let d = win.firstRow; d <= win.lastRow; d++)
    rows.push({ at: d, row: rowsShown.sheetRow(d) });
  const selected = selection.rect;
  const colStyle = (c: number): React.CSSProperties => ({
    left: header + layout.offsets[c],
    width: layout.offsets[c + 1] - layout.offsets[c],
  });

  return (
    // The scroller takes focus and keys; the grid inside holds only rows, so the charts (images)
    // float beside it rather than inside a role="grid".
    <div
      ref={scroller}
      className="grid-scroller"
      role="region"
      aria-label={props.label}
      tabIndex={0}
      onMouseDown={selection.onMouseDown}
      onKeyDown={(event) => {
        if (!editor.onGridKey(event)) selection.onKeyDown(event);
      }}
      onDoubleClick={editor.onGridDoubleClick}
    >
      <div
        className="grid-content"
        style={{ width: totalWidth, height: HEADER_HEIGHT + size.rows * ROW_HEIGHT }}
      >
        <div
          className="grid"
          role="grid"
          aria-label={props.label}
          aria-rowcount={size.rows + 1}
          aria-colcount={size.cols + 1}
          aria-multiselectable
        >
          <div
            className="grid-header-row"
            role="row"
            aria-rowindex={1}
            style={{ width: totalWidth }}
          >
            <div className="grid-corner" style={{ width: header }} aria-hidden />
            {columns.map((c) => (
              <div
                key={c}
                role="columnheader"
                aria-colindex={c + 2}
                className={
                  selected && c >= selected.col && c < selected.col + selected.cols
                    ? "col-header on"
                    : "col-header"
                }
                style={colStyle(c)}
              >
                {columnLetter(c)}
              </div>
            ))}
          </div>
          {rows.map(({ at, row: r }) => (
            <div
              key={r}
              role="row"
              aria-rowindex={r + 2}
              className="grid-row"
              style={{ top: HEADER_HEIGHT + at * ROW_HEIGHT, width: totalWidth }}
            >
              <div
                role="rowheader"
                className={
                  (selected && r >= selected.row && r < selected.row + selected.rows
                    ? "row-header on"
                    : "row-header") + (rowsShown.filtered ? " filtered" : "")
                }
                style={{ width: header }}
              >
                {r + 1}
              </div>
              {columns.map((c) => {
                const cell = painter.cell(r, c);
                const inSelection = selected !== null && containsCell(selected, r, c);
                return (
                  <div
                    key={c}
                    role="gridcell"
                    aria-colindex={c + 2}
                    aria-selected={inSelection || undefined}
                    className="cell"
                    style={{
                      ...colStyle(c),
                      textAlign: cell.align,
                      fontWeight: cell.bold ? 700 : undefined,
                      background: cell.fill,
                      color: cell.color,
                    }}
                  >
                    {cell.text}
                    {filterMarks.has(`${r},${c}`) && (
                      <span className="filter-mark" title={props.filteredLabel}>
                        ▼
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {selected && (
          <div
            className="selection"
            aria-hidden
            style={{
              top: HEADER_HEIGHT + rowsShown.displayRow(selected.row) * ROW_HEIGHT,
              left: header + layout.offsets[Math.min(selected.col, size.cols - 1)],
              width:
                layout.offsets[Math.min(selected.col + selected.cols, size.cols)] -
                layout.offsets[Math.min(selected.col, size.cols - 1)],
              height:
                (Math.min(rowsShown.displayRow(selected.row + selected.rows), size.rows) -
                  rowsShown.displayRow(selected.row)) *
                ROW_HEIGHT,
            }}
          />
        )}
        <CellEditor
          editor={editor}
          layout={layout}
          rowHeader={header}
          label={props.editLabel(
            editor.editing ? `${columnLetter(editor.editing.col)}${editor.editing.row + 1}` : ""
          )}
        />
        {charts.map((chart) => (
          <div
            key={chart.id}
            className="chart"
            onMouseDown={(e) => e.stopPropagation()}
            style={{
              top: HEADER_HEIGHT + chart.top * PX_PER_POINT,
              left: header + chart.left * PX_PER_POINT,
            }}
          >
            <ChartView
              workbook={workbook}
              chart={chart}
              version={version}
              label={props.chartLabel(chart.title.visible ? chart.title.text : chart.name)}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
