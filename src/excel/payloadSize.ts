// Byte sizes of cell data as it travels in a request or response, so chunks can be cut to fit.

/** Control characters JSON writes as two-character escapes (\b \t \n \f \r). */
const SHORT_ESCAPES = new Set([8, 9, 10, 12, 13]);

/**
 * UTF-8 bytes of a string's JSON form, without allocating the encoded bytes. Hosts send JSON as
 * UTF-8; should one escape non-ASCII text instead, the chunk budget's margin and the retry of a
 * refused sync absorb it.
 */
export function jsonStringBytes(s: string): number {
  let bytes = 2; // the quotes
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20)
      bytes += SHORT_ESCAPES.has(c) ? 2 : 6; // \n or \u0001
    else if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** JSON bytes of one cell value plus its separating comma. */
export function cellBytes(v: unknown): number {
  if (typeof v === "string") return jsonStringBytes(v) + 1;
  if (typeof v === "number") return (Number.isFinite(v) ? String(v).length : 4) + 1;
  if (typeof v === "boolean") return (v ? 4 : 5) + 1;
  return 5; // null
}

/** JSON bytes of one row of cells, brackets included. */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const v of row) bytes += cellBytes(v);
  return bytes;
}
