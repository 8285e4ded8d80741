// A minimal ZIP writer (deflated entries, no ZIP64) for hand-made XLSX packages in tests and
// benches: the crafted XML is exactly what ends up in the file, as another writer would save it.
import { crc32, deflateRawSync } from "zlib";

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** The ZIP bytes holding each `name: content` entry, deflated. */
export function zipBytes(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    // version, flags (bit 11: UTF-8 names), method 8 (deflate), time, date, crc, sizes, name length, extra length
    const common = [
      u16(20),
      u16(0x0800),
      u16(8),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(packed.length),
      u32(data.length),
      u16(nameBytes.length),
      u16(0),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, nameBytes, packed]);
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(20),
      ...common,
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(offset),
      nameBytes,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(centrals.length),
    u16(centrals.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface HandMadeBook {
  /** The <sheetData> content (rows and cells) of the one sheet. */
  sheetData: string;
  /** The <dimension ref>, if any. */
  dimension?: string;
  sharedStrings?: string[];
  /** Number formats of cell styles 1, 2, ... (style 0 is General). */
  styles?: string[];
  date1904?: boolean;
  /** Element prefix for the sheet part ("x" writes <x:c>), as some writers do. */
  prefix?: string;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function stylesXml(formats: string[]): string {
  const numFmts = formats
    .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`)
    .join("");
  const xfs = formats
    .map(
      (_, i) =>
        `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts count="${formats.length}">${numFmts}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>${xfs}</cellXfs></styleSheet>`;
}

/** A one-sheet XLSX package ("Sheet1") around the given sheet XML. */
export function handMadeXlsx(book: HandMadeBook): Buffer {
  const p = book.prefix ? `${book.prefix}:` : "";
  const xmlns = book.prefix ? `xmlns:${book.prefix}="${NS}"` : `xmlns="${NS}"`;
  const dimension = book.dimension ? `<${p}dimension ref="${book.dimension}"/>` : "";
  const rels = [
    `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>`,
  ];
  const files: Record<string, string> = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}">${book.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${xmlns}>${dimension}<${p}sheetData>${book.sheetData}</${p}sheetData></${p}worksheet>`,
  };
  if (book.sharedStrings) {
    rels.push(
      `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`
    );
    const items = book.sharedStrings
      .map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
      .join("");
    files["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${book.sharedStrings.length}">${items}</sst>`;
  }
  if (book.styles) {
    rels.push(`<Relationship Id="rId3" Type="${REL_NS}/styles" Target="styles.xml"/>`);
    files["xl/styles.xml"] = stylesXml(book.styles);
  }
  files["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  return zipBytes(files);
}
