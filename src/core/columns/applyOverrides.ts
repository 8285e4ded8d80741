// The user's column choices, applied over the detected mapping.
import { OptionError } from "../errors";
import type { ColumnMapping, Role } from "../types";
import { columnIndexOfLetter, columnLetter } from "./columnLetter";
import { normalizeHeader } from "./normalizeHeader";
import { isRole, ROLES } from "./roles";

/** An override of -1 removes the role from the mapping. */
const UNMAP = -1;

function indexOverride(role: Role, index: number, columnCount: number): number {
  if (Number.isInteger(index) && (index === UNMAP || (index >= 0 && index < columnCount)))
    return index;
  throw new OptionError("columnOutOfRange", `mapping.${role}`, {
    column: index,
    columns: columnCount,
  });
}

// Header text first (after normalizing); a letter like "C" only when no header reads "C".
function textOverride(
  role: Role,
  text: string,
  headers: string[],
  columnCount: number,
  firstColumn: number
): number {
  const wanted = normalizeHeader(text);
  if (wanted.length > 0) {
    const byHeader = headers.findIndex((h) => normalizeHeader(h ?? "") === wanted);
    if (byHeader >= 0) return byHeader;
  }
  const sheetColumn = columnIndexOfLetter(text);
  if (sheetColumn >= 0) {
    const index = sheetColumn - firstColumn;
    if (index >= 0 && index < columnCount) return index;
    throw new OptionError("columnOutOfRange", `mapping.${role}`, {
      column: text.trim(),
      columns: columnCount,
    });
  }
  throw new OptionError("unknownColumn", `mapping.${role}`, { column: text });
}

function resolveOverride(
  role: Role,
  value: number | string,
  headers: string[],
  columnCount: number,
  firstColumn: number
): number {
  if (typeof value === "number") return indexOverride(role, value, columnCount);
  if (typeof value === "string")
    return textOverride(role, value, headers, columnCount, firstColumn);
  throw new OptionError("badType", `mapping.${role}`, { expected: "number|string" });
}

function checkRoles(overrides: Partial<Record<Role, number | string>>): void {
  for (const key of Object.keys(overrides)) {
    if (!isRole(key)) throw new OptionError("unknownOption", `mapping.${key}`, { option: key });
  }
}

/**
 * The detected mapping with the user's overrides on top: a column index, a header text or a
 * column letter (counted from the sheet's column A when firstColumnIndex says where the block
 * starts). A column the user gives a role leaves any other role; two overrides on one column fail.
 */
export function applyOverrides(
  detected: ColumnMapping,
  overrides: Partial<Record<Role, number | string>>,
  headers: string[],
  columnCount: number,
  firstColumnIndex = 0
): ColumnMapping {
  checkRoles(overrides);
  const out: ColumnMapping = { ...detected };
  const claimedBy = new Map<number, Role>();
  for (const role of ROLES) {
    const value = overrides[role];
    if (value === undefined) continue;
    const column = resolveOverride(role, value, headers, columnCount, firstColumnIndex);
    delete out[role];
    if (column === UNMAP) continue;
    const other = claimedBy.get(column);
    if (other !== undefined) {
      // Both roles are the user's: name both, and the column as the sheet shows it (a letter).
      throw new OptionError("duplicateColumn", `mapping.${role}`, {
        column: columnLetter(firstColumnIndex + column),
        role: other,
        other: `mapping.${other}`,
      });
    }
    claimedBy.set(column, role);
    for (const r of ROLES) if (out[r] === column) delete out[r];
    out[role] = column;
  }
  return out;
}
