// The add-in's own sheets: found again by id on later runs, created with a free name otherwise.
import { formatMessage, type Language } from "../core";
import type { XRequestContext, XWorksheet } from "./api";
import { MAX_SHEET_NAME } from "./limits";

/**
 * The name a new sheet of ours is given: the base ("Tier summary") for the workbook's only model,
 * else the base with the model's source, the source cut so that the whole fits Excel's 31
 * characters. Characters a sheet name may not hold cannot occur: the source is a sheet or table name.
 */
export function ownSheetName(base: string, source: string | null, language: Language): string {
  if (source === null || source.trim() === "") return base;
  const whole = (s: string): string =>
    formatMessage("sheet.ofSource", { sheet: base, source: s }, language);
  const room = MAX_SHEET_NAME - whole("").length;
  if (room < 1) return base;
  return whole([...source].slice(0, room).join(""));
}

/**
 * The sheet written last time (followed by id, so a rename is kept; the caller proved it ours,
 * ownership.ts) or a new one, on which `setUp` queues what a new sheet needs (a hidden one is
 * hidden before anyone can see it). A new sheet gets its anchor name in the same request that adds
 * it, so that a run failing after this point leaves a sheet the next run recognises (runIntent.ts).
 */
export async function ensureSheet(
  context: XRequestContext,
  preferredName: string,
  previousId: string | null,
  setUp: (sheet: XWorksheet) => void = () => undefined,
  anchorName: string | null = null
): Promise<XWorksheet> {
  const sheets = context.workbook.worksheets;
  const previous = previousId ? sheets.getItemOrNullObject(previousId).load("id,name") : null;
  const staleAnchor = anchorName ? context.workbook.names.getItemOrNullObject(anchorName) : null;
  sheets.load("items/name");
  await context.sync();
  if (previous && !previous.isNullObject) return previous;
  const sheet = sheets.add(
    freeName(
      preferredName,
      sheets.items.map((s) => s.name)
    )
  );
  if (anchorName) {
    // A name left by a deleted sheet refers to #REF!: replaced.
    if (staleAnchor && !staleAnchor.isNullObject) staleAnchor.delete();
    context.workbook.names.add(anchorName, sheet.getRange());
  }
  setUp(sheet);
  sheet.load("id,name");
  await context.sync();
  return sheet;
}

/** "Name", else "Name (2)", "Name (3)"... within Excel's 31 characters, case-insensitively free. */
export function freeName(preferred: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = preferred.slice(0, MAX_SHEET_NAME);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = preferred.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
