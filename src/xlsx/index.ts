// The XLSX reader the CLI and the browser preview share: pure TypeScript (no Node, no DOM), over
// a package each face opens its own way (yauzl and zlib in Node, fflate in the browser).
export { bytesPackage } from "./bytesPackage";
export { readWorkbookSheet, XlsxSheetError } from "./readSheet";
export type { SheetRequest, WorkbookSheet } from "./readSheet";
export type { SheetCells } from "./sheetRows";
export type { PartText, ReadSignal, XlsxPackage } from "./xlsxPackage";
