// --customer/--date/... values to the core's mapping overrides. Header text and column
// letters go to the core as text (it matches headers first, then letters); a number is a
// 1-based sheet column, turned into an index here because the core reads numbers as 0-based
// indices. (A header that is only digits, like "2024", is reached by its letter.)
import type { Role, SheetInput } from "../core";
import { CliError } from "./cliError";
import { COLUMN_FLAGS, COMMAND_COLUMN_FLAGS } from "./options";

function columnCount(input: SheetInput): number {
  let width = 0;
  for (const row of input.values) if (row.length > width) width = row.length;
  return width;
}

/** A 1-based sheet column number as a 0-based index into input.values rows. */
function numberToIndex(flag: string, text: string, input: SheetInput): number {
  const columns = columnCount(input);
  const index = Number(text) - 1 - (input.firstColumnIndex ?? 0);
  if (index < 0 || index >= columns)
    throw new CliError("flag.columnOutside", { flag, value: text, columns });
  return index;
}

export function columnOverrides(
  columns: Partial<Record<Role, string>>,
  input: SheetInput
): Partial<Record<Role, number | string>> {
  const mapping: Partial<Record<Role, number | string>> = {};
  const flags = [
    ...COLUMN_FLAGS.map(([role, , flag]) => [role, flag] as const),
    ...COMMAND_COLUMN_FLAGS,
  ];
  for (const [role, flag] of flags) {
    const value = columns[role];
    if (value === undefined) continue;
    const text = value.trim();
    mapping[role] = /^\d+$/.test(text) ? numberToIndex(flag, text, input) : text;
  }
  return mapping;
}
