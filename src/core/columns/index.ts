// Column detection: header synonyms, header row, roles from headers and values, shape, overrides.
export { applyOverrides } from "./applyOverrides";
export { columnIndexOfLetter, columnLetter } from "./columnLetter";
export { quoteSheetName, sheetAddress } from "./sheetReference";
export { detectColumns } from "./detectColumns";
export type { DetectColumnsOptions, DetectedColumns } from "./detectColumns";
export { detectFromValues } from "./detectFromValues";
export { detectHeaderRow } from "./detectHeaderRow";
export { detectShape, toSummaryMapping, toTransactionsMapping } from "./detectShape";
export { matchHeaders } from "./matchHeaders";
export { missingRoles } from "./missingRoles";
export { normalizeHeader } from "./normalizeHeader";
export { isRole, ROLES } from "./roles";
export { detectSummaryCustomer } from "./summaryCustomer";
export { HEADER_SYNONYMS, WEAK_SYNONYMS } from "./synonyms";
export { columnsNamedByHeader, HEADER_SCAN_ROWS } from "./headerColumns";
export type { HeaderColumnsOptions } from "./headerColumns";
