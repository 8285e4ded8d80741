// The number format of each cell style (cellXfs), so a number under a date format is read as a
// date serial by the core, as it is when Excel hands cells over.
import { parseXml } from "./xmlEvents";
import type { XlsxPackage } from "./xlsxPackage";

/**
 * Excel's built-in formats that a style may name by id alone (ECMA-376 Part 1, 18.8.30), and the
 * ids that zh-CN / ja-JP Excel reserves for its own date formats (27-36, 50-58): for those only
 * "a date" matters here, so they get an ISO date format.
 */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
const EAST_ASIAN_DATE_IDS = [
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
];
for (const id of EAST_ASIAN_DATE_IDS) BUILT_IN[id] = "yyyy-mm-dd";

const GENERAL = /^(general|@)?$/i;

/** The format of each style index; null for General (and text), which the core needs no word on. */
export async function cellFormats(
  pkg: XlsxPackage,
  part: string | null
): Promise<(string | null)[]> {
  const stream = part === null ? null : await pkg.open(part);
  if (!stream) return [];
  const custom = new Map<number, string>();
  const styles: (string | null)[] = [];
  let inCellXfs = false;
  const formatOf = (id: number): string | null => {
    const code = custom.get(id) ?? BUILT_IN[id] ?? null;
    return code === null || GENERAL.test(code) ? null : code;
  };
  await parseXml(stream, {
    open: (name, a) => {
      if (name === "numFmt" && a.numFmtId !== undefined)
        custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) styles.push(formatOf(Number(a.numFmtId ?? 0)));
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}
