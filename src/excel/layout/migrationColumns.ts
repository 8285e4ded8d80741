// Two columns for the customer sheet: each customer's ABC class at the last run and which way it
// moved since, in the display language, with one fill per direction for a conditional format.
import {
  ABC_LABELS,
  abcDirection,
  type Direction,
  DIRECTIONS,
  label,
  type Language,
  type SegmentResult,
  type TierSnapshot,
} from "../../core";
import type { FormatName, OutValue, RowSource } from "./cellTypes";

export const MIGRATION_COLUMN_COUNT = 2;

export const MIGRATION_COLUMN_FORMATS: readonly FormatName[] = ["general", "general"];

/** Light fills like the tier cells': up good, down bad, new neutral; "same" is left unfilled. */
export const DIRECTION_FILLS: Readonly<Record<Direction, string | null>> = {
  up: "#C6EFCE",
  down: "#FFC7CE",
  same: null,
  new: "#DDEBF7",
};

export function migrationColumnHeaders(language: Language): string[] {
  return [label("migration.col.previousAbc", language), label("migration.col.change", language)];
}

export function directionText(direction: Direction, language: Language): string {
  return label(`migration.direction.${direction}`, language);
}

/** "Cell equals this text: this fill", one rule per direction that has a fill. */
export function directionFillRules(
  language: Language
): { direction: Direction; text: string; fill: string }[] {
  return DIRECTIONS.flatMap((direction) => {
    const fill = DIRECTION_FILLS[direction];
    return fill === null ? [] : [{ direction, text: directionText(direction, language), fill }];
  });
}

/**
 * One row per customer in the customer sheet's order (most valuable first, as customerRows).
 * Without a last run (the first Segment) both cells stay blank: nobody moved.
 */
export function migrationColumns(
  result: SegmentResult,
  previous: TierSnapshot | null,
  language: Language
): RowSource {
  const order = result.abc.order;
  const before = previousClasses(result, previous);
  const texts = DIRECTIONS.map((d) => directionText(d, language));
  const cells = (k: number): OutValue[] => {
    if (previous === null) return ["", ""];
    const from = before[k];
    const direction = abcDirection(from < 0 ? null : from, result.abc.cls[k]);
    return [from < 0 ? "" : ABC_LABELS[from], texts[DIRECTIONS.indexOf(direction)]];
  };
  return {
    header: migrationColumnHeaders(language),
    formats: [...MIGRATION_COLUMN_FORMATS],
    rowCount: result.customers.n,
    rows(from, to) {
      const rows: OutValue[][] = new Array(to - from);
      for (let i = from; i < to; i++) rows[i - from] = cells(order[i]);
      return rows;
    },
  };
}

/** The last run's class code per customer of this run (by index), -1 for a new customer. */
function previousClasses(result: SegmentResult, previous: TierSnapshot | null): Int8Array {
  const n = result.customers.n;
  const out = new Int8Array(n).fill(-1);
  if (previous === null) return out;
  const classOf = new Map<string, number>();
  previous.ids.forEach((id, p) => classOf.set(id, previous.abc[p]));
  for (let k = 0; k < n; k++) out[k] = classOf.get(result.customers.ids[k]) ?? -1;
  return out;
}
