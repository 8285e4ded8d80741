// Byte sizes of what office.js would send and receive, as UTF-8 JSON (Excel on the web caps both).
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** UTF-8 length of a string without allocating an encoded copy (the payloads can be megabytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
}
