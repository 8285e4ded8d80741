// Where an XLSX package keeps its workbook, sheets, shared strings and styles, and what the
// workbook says about its sheets and date system (ECMA-376 Part 1, 12.3 and 18.2).
import { parseXml } from "./xmlEvents";
import type { XlsxPackage } from "./xlsxPackage";

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

/** The folder of a part name ("xl/workbook.xml" -> "xl"; "" at the root). */
const folderOf = (part: string): string => part.slice(0, Math.max(0, part.lastIndexOf("/")));

/** Part names are URIs inside the package: "." and ".." steps resolved, no leading slash. */
function normalizePart(path: string): string {
  const out: string[] = [];
  for (const step of path.split("/")) {
    if (step === "" || step === ".") continue;
    if (step === "..") out.pop();
    else out.push(step);
  }
  return out.join("/");
}

/** A relationship's target resolved against the part that holds it (ECMA-376 Part 2, 9.3). */
const partOf = (base: string, target: string): string =>
  target.startsWith("/") ? normalizePart(target) : normalizePart(`${folderOf(base)}/${target}`);

async function relationships(
  pkg: XlsxPackage,
  relsPart: string
): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const stream = await pkg.open(relsPart);
  if (!stream) return rels;
  await parseXml(stream, {
    open: (name, a) => {
      if (name === "Relationship" && a.Id)
        rels.set(a.Id, { type: a.Type ?? "", target: a.Target ?? "" });
    },
  });
  return rels;
}

const relsPartOf = (part: string): string =>
  normalizePart(`${folderOf(part)}/_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`);

function byType(rels: Map<string, Relationship>, base: string, type: string): string | null {
  for (const rel of rels.values())
    if (rel.type.endsWith(`/${type}`)) return partOf(base, rel.target);
  return null;
}

async function workbookPart(pkg: XlsxPackage): Promise<string> {
  const root = await relationships(pkg, "_rels/.rels");
  return byType(root, "", "officeDocument") ?? "xl/workbook.xml";
}

const TRUE = new Set(["1", "true"]);

/** Reads the workbook part and its relationships. Throws when the package has no workbook. */
export async function workbookParts(pkg: XlsxPackage): Promise<WorkbookParts> {
  const part = await workbookPart(pkg);
  const rels = await relationships(pkg, relsPartOf(part));
  const stream = await pkg.open(part);
  if (!stream) throw new Error("no workbook part");
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parseXml(stream, {
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
