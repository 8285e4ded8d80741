// Proof that the sheets a stored model names are still the ones it wrote, before anything is
// written to them. A sheet id alone proves nothing: Worksheet.id has changed across sessions and
// Office versions (office-js-docs#297, office-js#1390) and a file saved by WPS or LibreOffice
// comes back with new ids, so a stored id may name nothing, or another sheet — the user's. Every
// owned sheet therefore has a second anchor that follows it through renames, moves and other
// programs: a workbook-scoped defined name covering the whole sheet (or, for the customer sheet
// and a table source, the table's own name). Before a run writes, the id and the anchor must name
// the same sheet and that sheet must still carry what we wrote (our tables on it); otherwise the
// run stops, writes nothing, and names the model and the sheet.
import type { XNamedItem, XRange, XRequestContext, XTable, XWorksheet } from "./api";
import { ExcelRunError } from "./excelErrors";
import type { StoredModel } from "./model";

export type OwnedRole = "source" | SheetRole;

export type SheetRole = "customers" | "summary" | "migration" | "history" | "clvGroups";

/** The CLV-by-group comparison table: what the groups sheet carries (clvGroupsWriter.ts). */
export const clvGroupsTableName = (modelId: string): string => `CT_${modelId}_ClvGroups`;

/**
 * The defined name anchoring a model's owned sheet. The customer sheet's own proof is its table;
 * its name only lets the next run find the sheet of a run that failed before the table existed.
 */
export function sheetAnchorName(modelId: string, role: SheetRole): string {
  const suffix = {
    customers: "CustomerSheet",
    summary: "SummarySheet",
    migration: "MigrationSheet",
    history: "HistorySheet",
    clvGroups: "ClvGroupsSheet",
  };
  return `CT_${modelId}_${suffix[role]}`;
}

/** Every defined name a model may have made: removed with the model, or when starting fresh. */
export function modelNames(modelId: string): string[] {
  const roles: SheetRole[] = ["customers", "summary", "migration", "history", "clvGroups"];
  return [
    sourceAnchorName(modelId),
    `CT_${modelId}_Tiers`,
    ...roles.map((r) => sheetAnchorName(modelId, r)),
  ];
}

/** The name of the source range of a model on a plain range (its table's name otherwise). */
export const sourceAnchorName = (modelId: string): string => `CT_${modelId}_Source`;

export interface OwnershipProblem {
  role: OwnedRole;
  /** The sheet the stored id names now, if any. */
  sheetById: string | null;
  /** The sheet the anchor names now, if any (its id, for a re-link). */
  sheetByAnchor: { id: string; name: string } | null;
  /** Why the two cannot be trusted, for the message. */
  reason: "idElsewhere" | "anchorMissing" | "idMissing" | "contentMissing";
}

interface Check {
  role: OwnedRole;
  sheetId: string;
  /** A defined name, or a table, anchoring the sheet; null when the model predates anchors. */
  anchor: { kind: "name" | "table"; name: string } | null;
  /** Tables we wrote on the sheet: at least one must still be there. */
  tables: string[];
}

/** What a model claims as its own, role by role. */
function checksOf(model: StoredModel): Check[] {
  const w = model.written;
  const anchored = model.anchored === true;
  const named = (role: Exclude<SheetRole, "customers">): Check["anchor"] =>
    anchored ? { kind: "name", name: sheetAnchorName(model.id, role) } : null;
  const checks: Check[] = [];
  // A table source is followed by its name wherever the user moved it (locateSource): its
  // stored sheet id means nothing. A plain range is followed by its sheet's id, so it is checked.
  if (!model.source.tableName)
    checks.push({
      role: "source",
      sheetId: model.source.sheetId,
      anchor: anchored ? { kind: "name", name: sourceAnchorName(model.id) } : null,
      tables: [],
    });
  checks.push(
    {
      role: "customers",
      sheetId: w.customerSheet.sheetId,
      anchor: { kind: "table", name: w.customerSheet.tableName },
      tables: [],
    },
    {
      role: "summary",
      sheetId: w.summarySheet.sheetId,
      anchor: named("summary"),
      tables: w.summarySheet.blocks.flatMap((b) => (b.tableName ? [b.tableName] : [])),
    }
  );
  if (w.migrationSheet)
    checks.push({
      role: "migration",
      sheetId: w.migrationSheet.sheetId,
      anchor: named("migration"),
      tables: w.migrationSheet.blocks.flatMap((b) => (b.tableName ? [b.tableName] : [])),
    });
  if (w.history)
    checks.push({
      role: "history",
      sheetId: w.history.sheetId,
      anchor: named("history"),
      tables: [],
    });
  if (w.clvGroupsSheet)
    checks.push({
      role: "clvGroups",
      sheetId: w.clvGroupsSheet.sheetId,
      anchor: named("clvGroups"),
      tables: [clvGroupsTableName(model.id)],
    });
  return checks;
}

interface Queued {
  check: Check;
  byId: XWorksheet;
  anchor: XNamedItem | XTable | null;
  anchorRange: XRange | null;
}

/**
 * The roles whose id and anchor disagree, or whose sheet no longer carries our tables. A role
 * whose id and anchor both name nothing is not a problem: the user deleted that sheet, and the
 * run makes a new one under a free name.
 */
export async function ownershipProblems(
  context: XRequestContext,
  model: StoredModel
): Promise<OwnershipProblem[]> {
  const { worksheets, names, tables } = context.workbook;
  const queued: Queued[] = checksOf(model).map((check) => {
    const byId = worksheets.getItemOrNullObject(check.sheetId).load("id,name");
    if (!check.anchor) return { check, byId, anchor: null, anchorRange: null };
    if (check.anchor.kind === "table") {
      const table = tables.getItemOrNullObject(check.anchor.name);
      return { check, byId, anchor: table, anchorRange: null };
    }
    const item = names.getItemOrNullObject(check.anchor.name);
    // A name whose sheet was deleted refers to #REF!: a null range.
    return { check, byId, anchor: item, anchorRange: item.getRangeOrNullObject() };
  });
  const ourTables = queued.map((q) =>
    q.check.tables.map((name) => tables.getItemOrNullObject(name))
  );
  await context.sync();
  // Second round: the sheets the anchors and our tables are on (a null object has none).
  const anchorSheets = queued.map((q) => anchorSheet(q));
  const tableSheets = ourTables.map((list) =>
    list.filter((t) => !t.isNullObject).map((t) => t.worksheet.load("id"))
  );
  await context.sync();
  const problems: OwnershipProblem[] = [];
  queued.forEach((q, i) => {
    const problem = judge(q, anchorSheets[i], tableSheets[i]);
    if (problem) problems.push(problem);
  });
  return problems;
}

function anchorSheet(q: Queued): XWorksheet | null {
  if (!q.anchor || q.anchor.isNullObject) return null;
  if (q.anchorRange)
    return q.anchorRange.isNullObject ? null : q.anchorRange.worksheet.load("id,name");
  return (q.anchor as XTable).worksheet.load("id,name");
}

function judge(
  q: Queued,
  anchor: XWorksheet | null,
  tableSheets: XWorksheet[]
): OwnershipProblem | null {
  const byId = q.byId.isNullObject ? null : { id: q.byId.id, name: q.byId.name };
  const byAnchor = anchor ? { id: anchor.id, name: anchor.name } : null;
  const problem = (reason: OwnershipProblem["reason"]): OwnershipProblem => ({
    role: q.check.role,
    sheetById: byId?.name ?? null,
    sheetByAnchor: byAnchor,
    reason,
  });
  if (!q.check.anchor) {
    // A model stored before anchors: its tables are the only other proof there is.
    if (!byId || q.check.tables.length === 0) return null;
    return tableSheets.some((s) => s.id === byId.id) ? null : problem("contentMissing");
  }
  if (!byId && !byAnchor) return null;
  if (byId && !byAnchor) return problem("anchorMissing");
  if (!byId && byAnchor) return problem("idMissing");
  if (byId && byAnchor && byId.id !== byAnchor.id) return problem("idElsewhere");
  const carries = q.check.tables.length === 0 || tableSheets.some((s) => s.id === byId?.id);
  return carries ? null : problem("contentMissing");
}

/** Throws, naming the model and the sheet, unless every sheet the model names is provably its own. */
export async function assertOwnership(context: XRequestContext, model: StoredModel): Promise<void> {
  const [first] = await ownershipProblems(context, model);
  if (!first) return;
  throw new ExcelRunError(`notOurSheet.${first.reason}`, {
    model: model.name,
    byId: first.sheetById ?? "",
    byAnchor: first.sheetByAnchor?.name ?? "",
  });
}

/**
 * Queues the anchors of the sheets a run wrote (replacing any earlier ones): each name covers its
 * whole sheet, so no row or column the user deletes can turn it into #REF!. Synced by the caller.
 */
export async function queueSheetAnchors(
  context: XRequestContext,
  modelId: string,
  sheets: { role: SheetRole; sheetId: string }[]
): Promise<void> {
  const names = context.workbook.names;
  const existing = sheets.map((s) => names.getItemOrNullObject(sheetAnchorName(modelId, s.role)));
  await context.sync();
  existing.forEach((n) => {
    if (!n.isNullObject) n.delete();
  });
  for (const { role, sheetId } of sheets) {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    names.add(sheetAnchorName(modelId, role), sheet.getRange());
  }
}
