// The workbook's state and the sheet-level rules (names, ids, visibility, address resolution).
// Everything here runs at sync time, inside a queued command; errors thrown here reject the sync.
import { MAX_COLUMNS, MAX_ROWS, Rect, parseRef, splitSheet } from "./address";
import { Calculation, type FormulaEvaluator } from "./calculation";
import {
  ChartEntity,
  ConditionalFormatEntity,
  NamedItemEntity,
  RangeRef,
  SettingEntity,
  SheetEntity,
  TableEntity,
} from "./entities";
import { officeError } from "./errors";
import { EventHub } from "./events";

export type { FormulaEvaluator } from "./calculation";

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;
const MAX_SHEET_NAME = 31;

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, "0");
}

export function sheetIdFor(n: number): string {
  return `{00000000-${hex(n, 4)}-0000-0100-000000000000}`;
}

export function chartIdFor(n: number): string {
  return `{00000000-0000-0000-0000-${hex(n, 12)}}`;
}

export const WHOLE_SHEET: Rect = { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };

export class WorkbookModel {
  sheets: SheetEntity[] = [];
  tables: TableEntity[] = [];
  charts: ChartEntity[] = [];
  conditionalFormats: ConditionalFormatEntity[] = [];
  names: NamedItemEntity[] = [];
  settings: SettingEntity[] = [];
  activeSheet: SheetEntity | undefined;
  selection: RangeRef | undefined;
  evaluator: FormulaEvaluator | undefined;
  /** Handlers of Excel's selection and activation events. */
  readonly events = new EventHub();
  /** Formula results and spills, computed on read and forgotten on every change. */
  readonly calculation = new Calculation(() => this.evaluator);
  /** Formulas > Calculation Options: in "Manual" formula results change only on a recalculation. */
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  counters = { sheet: 0, table: 0, chart: 0, conditionalFormat: 0 };
  /** Review > Protect Workbook (structure): no sheet may be added, deleted, renamed, moved, hidden. */
  structureProtected = false;

  private assertStructureEditable(location: string): void {
    // Seeding (tests, the preview) is the user's own hand, not the API.
    if (this.structureProtected && !location.startsWith("InMemoryWorkbook."))
      throw officeError("AccessDenied", location, "the workbook's structure is protected");
  }

  findSheet(key: string): SheetEntity | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  getSheet(key: string, location: string): SheetEntity {
    const sheet = this.findSheet(key);
    if (!sheet) throw officeError("ItemNotFound", location, `no worksheet "${key}"`);
    return sheet;
  }

  requireActiveSheet(): SheetEntity {
    if (!this.activeSheet)
      throw officeError("ItemNotFound", "Workbook.getActiveWorksheet", "the workbook has no sheet");
    return this.activeSheet;
  }

  validateSheetName(name: string, location: string, except?: SheetEntity): void {
    const bad =
      typeof name !== "string" ||
      name.trim() === "" ||
      name.length > MAX_SHEET_NAME ||
      FORBIDDEN_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'");
    if (bad) throw officeError("InvalidArgument", location, `invalid sheet name "${String(name)}"`);
    const clash = this.findSheetByName(name);
    if (clash && clash !== except)
      throw officeError("ItemAlreadyExists", location, `sheet "${name}" exists`);
  }

  private findSheetByName(name: string): SheetEntity | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string | undefined, location: string): SheetEntity {
    this.assertStructureEditable(location);
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      let n = this.sheets.length + 1;
      while (this.findSheetByName(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.validateSheetName(finalName, location);
    this.counters.sheet += 1;
    const sheet = new SheetEntity(sheetIdFor(this.counters.sheet), finalName);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activateSheet(sheet);
    return sheet;
  }

  /**
   * What a reopened workbook may do to sheet ids: Worksheet.id has changed across sessions and
   * Office versions (office-js-docs#297, office-js#1390), and a file saved by another program
   * (WPS, LibreOffice) comes back with new ones. "shuffle": every sheet takes the id another sheet
   * had, so a stored id now names the wrong sheet; "fresh": every sheet gets an id never seen
   * before, so no stored id names anything. Names, tables and charts follow their sheet, as in Excel.
   */
  reassignSheetIds(mode: "shuffle" | "fresh"): void {
    const ids = this.sheets.map((s) => s.id);
    this.sheets.forEach((sheet, i) => {
      if (mode === "shuffle") sheet.id = ids[(i + 1) % ids.length];
      else {
        this.counters.sheet += 1;
        sheet.id = sheetIdFor(this.counters.sheet);
      }
    });
  }

  renameSheet(sheet: SheetEntity, name: string, location: string): void {
    if (sheet.name === name) return;
    this.assertStructureEditable(location);
    this.validateSheetName(name, location, sheet);
    sheet.name = name;
  }

  moveSheet(sheet: SheetEntity, position: number, location: string): void {
    this.assertStructureEditable(location);
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw officeError("InvalidArgument", location, `position ${position} out of range`);
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  private visibleSheets(): SheetEntity[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  setVisibility(sheet: SheetEntity, visibility: string, location: string): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
      throw officeError("InvalidArgument", location, `visibility "${visibility}"`);
    }
    if (sheet.visibility !== visibility) this.assertStructureEditable(location);
    if (
      visibility !== "Visible" &&
      sheet.visibility === "Visible" &&
      this.visibleSheets().length === 1
    ) {
      throw officeError("InvalidOperation", location, "cannot hide the only visible sheet");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheet === sheet)
      this.activateSheet(this.visibleSheets()[0]);
  }

  activateSheet(sheet: SheetEntity, location = "Worksheet.activate"): void {
    if (sheet.visibility !== "Visible")
      throw officeError("InvalidOperation", location, "sheet is hidden");
    if (this.activeSheet === sheet) return;
    this.activeSheet = sheet;
    this.selection = { sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  deleteSheet(sheet: SheetEntity, location: string): void {
    this.assertStructureEditable(location);
    // As office.js documents: a very hidden sheet must be made hidden or visible first.
    if (sheet.visibility === "VeryHidden")
      throw officeError("InvalidOperation", location, "cannot delete a very hidden sheet");
    const visible = this.visibleSheets();
    if (sheet.visibility === "Visible" && visible.length === 1) {
      throw officeError("InvalidOperation", location, "cannot delete the only visible sheet");
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (const t of this.tables.filter((t) => t.sheet === sheet)) t.deleted = true;
    for (const c of this.charts.filter((c) => c.sheet === sheet)) c.deleted = true;
    for (const f of this.conditionalFormats.filter((f) => f.sheet === sheet)) f.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    this.charts = this.charts.filter((c) => !c.deleted);
    this.conditionalFormats = this.conditionalFormats.filter((f) => !f.deleted);
    for (const n of this.names) if (n.ref?.sheet === sheet) n.ref = null;
    if (this.activeSheet === sheet) {
      const candidates = this.visibleSheets();
      const next =
        candidates.find((s) => this.sheets.indexOf(s) >= index) ??
        candidates[candidates.length - 1];
      this.activeSheet = undefined;
      this.activateSheet(next);
    }
  }

  /**
   * Resolves an address or name to cells. Without a sheet part the default sheet is used. An unknown
   * sheet in the address is InvalidArgument, as Excel treats the whole string as a malformed address.
   */
  resolveAddress(text: string, defaultSheet: SheetEntity, location: string): RangeRef {
    if (typeof text !== "string" || text.trim() === "") {
      throw officeError("InvalidArgument", location, "empty address");
    }
    const { sheetName, ref } = splitSheet(text.trim());
    const rect = parseRef(ref, location);
    if (rect) {
      if (sheetName === undefined) return { sheet: defaultSheet, rect };
      const sheet = this.findSheetByName(sheetName);
      if (!sheet)
        throw officeError("InvalidArgument", location, `unknown sheet "${sheetName}" in "${text}"`);
      return { sheet, rect };
    }
    if (sheetName === undefined) {
      const named = this.resolveName(ref);
      if (named) return named;
    }
    throw officeError("InvalidArgument", location, `not an address or name: "${text}"`);
  }

  private resolveName(name: string): RangeRef | undefined {
    const lower = name.toLowerCase();
    const item = this.names.find((n) => n.name.toLowerCase() === lower);
    if (item) {
      if (!item.ref)
        throw officeError("InvalidReference", "Worksheet.getRange", `name "${name}" is #REF!`);
      return item.ref;
    }
    const table = this.tables.find((t) => t.name.toLowerCase() === lower);
    return table ? { sheet: table.sheet, rect: table.rect } : undefined;
  }

  /** Table and defined names share one namespace, case-insensitively. */
  isDefinedNameTaken(name: string, except?: object): boolean {
    const lower = name.toLowerCase();
    return (
      this.tables.some((t) => t !== except && t.name.toLowerCase() === lower) ||
      this.names.some((n) => n !== except && n.name.toLowerCase() === lower)
    );
  }
}

// A defined name may not look like a cell reference in either A1 or R1C1 style.
export function looksLikeCellReference(name: string): boolean {
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) {
    const letters = /^[A-Za-z]+/.exec(name)?.[0] ?? "";
    return letters.length < 3 || letters.toUpperCase() <= "XFD";
  }
  return /^[Rr]([0-9]*)?([Cc]([0-9]*)?)?$/.test(name) || /^[Cc][0-9]*$/.test(name);
}
