// The shared string table, held once: every cell that points into it gets the same string.
import { unescapeXstring } from "./cellText";
import { parseXml } from "./xmlEvents";
import type { XlsxPackage } from "./xlsxPackage";

/**
 * The text of each <si>: its <t>, or its rich-text runs' <t>s joined. Phonetic guides (<rPh>,
 * the furigana/pinyin over a cell) are not part of the cell's value and are skipped.
 */
export async function sharedStrings(pkg: XlsxPackage, part: string | null): Promise<string[]> {
  const stream = part === null ? null : await pkg.open(part);
  if (!stream) return [];
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let inPhonetic = false;
  await parseXml(stream, {
    open: (name) => {
      if (name === "si") current = "";
      else if (name === "t") inText = !inPhonetic;
      else if (name === "rPh") inPhonetic = true;
    },
    close: (name) => {
      if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si") strings.push(unescapeXstring(current));
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}
