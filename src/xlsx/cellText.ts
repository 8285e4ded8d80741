// Text as OOXML stores it: characters XML cannot carry (control characters) are escaped as
// _xHHHH_ (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); "_x005F_" escapes a literal underscore.
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

export function unescapeXstring(text: string): string {
  if (text.indexOf("_x") === -1) return text;
  return text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** 0-based column of a cell reference's letters ("XFD1048576" -> 16383), -1 if none. */
export function columnOfReference(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}
