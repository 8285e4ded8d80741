// Where an XLSX package keeps its workbook, sheets, shared strings and styles, and what the
// workbook says about its sheets and date system (ECMA-376 Part 1, 12.3 and 18.2).
import { posix } from "node:path";
import { parseXmlStream } from "./xmlEvents";
import type { ZipParts } from "./zipEntries";

export interface SheetEntry {
  name: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** The sheet's part ("xl/worksheets/sheet1.xml"), or null if its relationship is missing. */
  part: string | null;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

interface Relationship {
  type: string;
  target: string;
}

const partOf = (base: string, target: string): string =>
  target.startsWith("/")
    ? target.slice(1)
    : posix.normalize(posix.join(posix.dirname(base), target)).replace(/^\.\//, "");

async function relationships(zip: ZipParts, relsPart: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const stream = await zip.open(relsPart);
  if (!stream) return rels;
  await parseXmlStream(stream, {
    open: (name, a) => {
      if (name === "Relationship" && a.Id)
        rels.set(a.Id, { type: a.Type ?? "", target: a.Target ?? "" });
    },
  });
  return rels;
}

const relsPartOf = (part: string): string =>
  posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);

function byType(rels: Map<string, Relationship>, base: string, type: string): string | null {
  for (const rel of rels.values())
    if (rel.type.endsWith(`/${type}`)) return partOf(base, rel.target);
  return null;
}

async function workbookPart(zip: ZipParts): Promise<string> {
  const root = await relationships(zip, "_rels/.rels");
  return byType(root, "", "officeDocument") ?? "xl/workbook.xml";
}

const TRUE = new Set(["1", "true"]);

/** Reads the workbook part and its relationships. Throws when the package has no workbook. */
export async function workbookParts(zip: ZipParts): Promise<WorkbookParts> {
  const part = await workbookPart(zip);
  const rels = await relationships(zip, relsPartOf(part));
  const stream = await zip.open(part);
  if (!stream) throw new Error("no workbook part");
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parseXmlStream(stream, {
    open: (name, a) => {
      if (name === "workbookPr") date1904 = TRUE.has((a.date1904 ?? "").toLowerCase());
      if (name !== "sheet") return;
      const rel = a.id === undefined ? undefined : rels.get(a.id);
      sheets.push({
        name: a.name ?? "",
        state: a.state ?? "visible",
        part: rel ? partOf(part, rel.target) : null,
      });
    },
  });
  return {
    sheets,
    date1904,
    sharedStrings: byType(rels, part, "sharedStrings"),
    styles: byType(rels, part, "styles"),
  };
}
