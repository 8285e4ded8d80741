// Bytes of a CSV file to text: BOM first, then strict UTF-8, then GBK or another legacy encoding.
import iconv from "iconv-lite";
import { CliError } from "./cliError";
import { guessLegacyEncoding } from "./encodingGuess";

export type EncodingChoice = "auto" | "utf8" | "gbk";

export interface DecodedText {
  text: string;
  /** What was used, for the report: "utf-8", "utf-8 (BOM)", "gb18030", "utf-16le"... */
  encoding: string;
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

function decodeBom(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8 (BOM)" };
  }
  // Excel's "Unicode text" export is UTF-16 LE with a BOM.
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: iconv.decode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: iconv.decode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  return null;
}

/** Allowed range of the second byte after each lead byte (RFC 3629 table), or null when invalid. */
function secondByteRange(lead: number): [number, number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [0x80, 0xbf];
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [0x80, 0xbf];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [0x80, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. Only used to name it in a message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const range = secondByteRange(lead);
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (range === null || i + length > bytes.length) return i;
    if (bytes[i + 1] < range[0] || bytes[i + 1] > range[1]) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Decodes with the built-in TextDecoder where Node's ICU knows the encoding (about three times
 * faster than iconv-lite on GBK), else with iconv-lite (Node builds with small ICU). Always
 * through legacyDecoder's streaming call: Node 20's one-shot decode of windows-1252 is Latin-1
 * (0x80 came out U+0080, not €; the streaming decoder is ICU's), and the DuckDB path streams.
 */
export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  const decoder = legacyDecoder(encoding);
  return decoder.write(bytes) + decoder.end();
}

/**
 * A legacy encoding's decoder, chunk by chunk: the one decodeLegacy uses, so a file streamed to
 * DuckDB decodes to the core's text (ICU and iconv-lite differ on bytes an encoding has no
 * character for: EUC-JP's lone 0x80 is U+0080 to one, U+FFFD to the other).
 */
export function legacyDecoder(encoding: string): {
  write(bytes: Uint8Array): string;
  end(): string;
} {
  try {
    const decoder = new TextDecoder(encoding);
    return {
      write: (bytes) => decoder.decode(bytes, { stream: true }),
      end: () => decoder.decode(),
    };
  } catch {
    const decoder = iconv.getDecoder(encoding);
    return {
      write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)),
      end: () => decoder.end() ?? "",
    };
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    // One pass that both validates and decodes (fast on large files).
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a whole CSV file once. Throws CliError when the bytes do not fit the encoding. */
export function decodeText(bytes: Uint8Array, choice: EncodingChoice, file: string): DecodedText {
  const withBom = decodeBom(bytes);
  if (withBom) return withBom;
  if (choice === "gbk") return { text: decodeLegacy(bytes, "gb18030"), encoding: "gb18030" };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  if (choice === "utf8")
    throw new CliError("file.notUtf8", { file, offset: firstInvalidUtf8(bytes) });
  const legacy = guessLegacyEncoding(bytes);
  if (legacy === null) throw new CliError("file.unknownEncoding", { file });
  return { text: decodeLegacy(bytes, legacy), encoding: legacy };
}
