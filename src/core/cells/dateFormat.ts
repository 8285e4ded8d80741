// Whether an Excel number format displays a date, so a number under it is a date serial.

const MAX_CACHED_FORMATS = 512;
/** A workbook has few distinct formats and a column repeats one: remember the answers. */
const cache = new Map<string, boolean>();

// The format's codes, lower-cased, without "literals", \escapes, [brackets], and the _x / *x padding chars.
function formatCodes(format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (c === "[") {
      const end = format.indexOf("]", i + 1);
      i = end < 0 ? format.length : end;
    } else if (c === "\\" || c === "_" || c === "*") {
      i++;
    } else {
      out += c.toLowerCase();
    }
  }
  return out;
}

function codesShowDate(codes: string): boolean {
  if (codes.includes("y") || codes.includes("d")) return true;
  const clock = codes.replace(/am\/pm|a\/p/g, "");
  if (clock.includes("mmm")) return true; // month names; minutes never have three m's
  // Excel reads "m" as minutes only next to hours or seconds ("h:mm", "mm:ss").
  return clock.includes("m") && !clock.includes("h") && !clock.includes("s");
}

/** True when the number format displays a date (not only a time or a number). */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (numberFormat === null || numberFormat === undefined || numberFormat.length === 0)
    return false;
  const known = cache.get(numberFormat);
  if (known !== undefined) return known;
  const answer = codesShowDate(formatCodes(numberFormat));
  if (cache.size >= MAX_CACHED_FORMATS) cache.clear();
  cache.set(numberFormat, answer);
  return answer;
}
