// A CSV file made ready for DuckDB without ever holding it whole: its encoding told from the
// first bytes (as decodeText tells it), a legacy encoding transcoded to a temporary UTF-8 file
// as a stream, its records counted in the same pass (csvScan), and its first rows parsed as the
// core parses a CSV, for column detection and the report.
import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";
import { join } from "node:path";
import type { QuotePosition } from "../../core";
import { decodeLegacy, legacyDecoder, type EncodingChoice } from "../decodeText";
import { diskRoom, type DiskRoom } from "../diskRoom";
import { TemporaryCopy } from "../temporaryCopy";
import { guessLegacyEncoding } from "../encodingGuess";
import { temporaryFolder } from "../tempFolders";
import { parseCsvRows } from "../readCsv";
import { CsvScanner, type CsvShape } from "./csvScan";

/** Text read for the first rows: column detection, the currency and the report look at them. */
export const HEAD_BYTES = 4 * 1024 * 1024;
/**
 * Text parsed at first, of those bytes (see CsvHead.full): a run whose header row names every
 * column needs only its first rows, and parsing the 4 MB was a tenth of the main thread's work
 * at 1,048,575 rows (a string per cell, kept to the end of the run).
 */
export const SHORT_HEAD_BYTES = 1024 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
// Ended by any of the line ends the core reads as one (normalizeLineEndings): a lone CR too,
// else a "sep=" line of a CR file was read by DuckDB as the table's first row.
const SEP_LINE = /^sep=(.)(?:\r\n?|\n)/i;

export interface CsvSource {
  /** The UTF-8 file DuckDB reads: the user's own, or a transcoded temporary copy. */
  path: string;
  /** As the core path reports it: "utf-8", "utf-8 (BOM)", "gb18030", "utf-16le"... */
  encoding: string;
  delimiter: string;
  /** Lines DuckDB skips first: Excel's "sep=;" line. */
  skipLines: number;
  shape: CsvShape;
  /** The first rows as the core would parse them (all of them when `whole`). */
  head: string[][];
  whole: boolean;
  /** Removes the temporary copy, if any. */
  cleanup(): void;
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

async function headBytes(file: string): Promise<{ bytes: Buffer; size: number }> {
  const handle = await open(file, "r");
  try {
    const size = (await handle.stat()).size;
    const bytes = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await handle.read(bytes, 0, bytes.length, 0);
    return { bytes, size };
  } finally {
    await handle.close();
  }
}

/**
 * Valid UTF-8 up to a character the sample may have cut in half at its end, as a fatal streaming
 * decoder finds it, without decoding the 4 MB (a string thrown away; the head is decoded later).
 * The bytes before the last character's start must be whole valid characters; from there, the
 * decoder's own check on at most 4 bytes says whether they are a valid start.
 */
export function validUtf8Head(bytes: Uint8Array, whole: boolean): boolean {
  if (whole) return isUtf8(bytes);
  let start = bytes.length;
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    if ((bytes[bytes.length - back] & 0xc0) !== 0x80) {
      start = bytes.length - back;
      break;
    }
  }
  if (!isUtf8(bytes.subarray(0, start))) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start), { stream: true });
    return true;
  } catch {
    return false;
  }
}

interface Encoding {
  /** null: the file is UTF-8 already. */
  legacy: string | null;
  label: string;
  bom: number;
}

/** The encoding decodeText would pick, from the first bytes; null when DuckDB cannot take it. */
function encodingOf(bytes: Buffer, whole: boolean, choice: EncodingChoice): Encoding | null {
  if (startsWith(bytes, UTF8_BOM)) return { legacy: null, label: "utf-8 (BOM)", bom: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { legacy: "utf-16le", label: "utf-16le", bom: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { legacy: "utf-16be", label: "utf-16be", bom: 2 };
  if (choice === "gbk") return { legacy: "gb18030", label: "gb18030", bom: 0 };
  if (validUtf8Head(bytes, whole)) return { legacy: null, label: "utf-8", bom: 0 };
  if (choice === "utf8") return null; // the core path names the bad byte
  const legacy = guessLegacyEncoding(bytes);
  return legacy === null ? null : { legacy, label: legacy, bom: 0 };
}

/** The head's text as the core would have it: decoded, BOM and "sep=" line off. */
function headText(bytes: Buffer, enc: Encoding): { text: string; sep: string | null } {
  const body = bytes.subarray(enc.bom);
  const text =
    enc.legacy === null ? new TextDecoder("utf-8").decode(body) : decodeLegacy(body, enc.legacy);
  const sep = SEP_LINE.exec(text);
  return { text, sep: sep ? sep[1] : null };
}

/** The first rows; when the head is only part of the file, its last (perhaps cut) row is left off. */
function headRows(text: string, whole: boolean): { rows: string[][]; delimiter: string } {
  // Rows only: the whole file's records are counted by the scan.
  const table = parseCsvRows(text);
  if (!whole && table.rows.length > 1) table.rows.length -= 1;
  return { rows: table.rows, delimiter: table.delimiter };
}

/** Bytes at the end of `b` that start a UTF-8 character the chunk cut off (0 to 3). */
function cutCharacter(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const byte = b[b.length - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** Checks UTF-8 chunk by chunk without decoding it (a string per chunk is garbage to collect). */
class Utf8Check {
  private carry: Buffer = Buffer.alloc(0);

  valid(chunk: Buffer): boolean {
    const all = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = cutCharacter(all);
    this.carry = Buffer.from(all.subarray(all.length - cut));
    return isUtf8(all.subarray(0, all.length - cut));
  }

  end(): boolean {
    return this.carry.length === 0;
  }
}

/** Bytes read at a time by the scan. */
const CHUNK_BYTES = 1 << 20;

/**
 * The file's bytes from `start`, a chunk at a time, all in one buffer: a read stream allocated a
 * new megabyte per chunk (49 of them for a 1,048,575-row file), which cost more than reading
 * into it. A chunk is valid until the next one is asked for.
 */
async function* chunksOf(file: string, start: number): AsyncGenerator<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = start; ;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Streams `from` through `legacy`'s decoder (if any) to `to` (if any), counting records on the
 * way. Nothing keeps a chunk: the scanner and the UTF-8 check read it at once, the copy is
 * written from the decoder's text.
 */
async function scanFile(
  from: string,
  scanner: CsvScanner,
  skipBytes: number,
  legacy: string | null,
  output: TemporaryCopy | null
): Promise<boolean> {
  const input = chunksOf(from, skipBytes);
  const decoder = legacy === null ? null : legacyDecoder(legacy);
  const utf8 = legacy === null ? new Utf8Check() : null;
  const write = async (chunk: Buffer) => {
    scanner.push(chunk);
    if (output) await output.write(chunk);
  };
  try {
    for await (const chunk of input) {
      // Not UTF-8 after all: the core path reads the file and names the byte.
      if (utf8 && !utf8.valid(chunk)) return false;
      const text = decoder ? decoder.write(chunk) : null;
      await write(text === null ? chunk : Buffer.from(text, "utf8"));
    }
    const rest = decoder?.end();
    if (rest) await write(Buffer.from(rest, "utf8"));
    await output?.close();
    return utf8 === null || utf8.end();
  } catch (error) {
    output?.abort();
    throw error;
  }
}

/** What the first bytes tell of a CSV file: its encoding, delimiter and first rows. */
export interface CsvHead {
  file: string;
  encoding: Encoding;
  delimiter: string;
  /** Excel's "sep=" line's delimiter, if the file starts with one. */
  sep: string | null;
  /** The first rows as the core would parse them (all of them when `whole`). */
  rows: string[][];
  whole: boolean;
  /** Bytes of the file those rows were parsed from. */
  bytes: number;
  /**
   * When `rows` are those of the first SHORT_HEAD_BYTES only (a prefix of the HEAD_BYTES
   * head's rows): the head of HEAD_BYTES, parsed on demand. Else null.
   */
  full: (() => CsvHead) | null;
}

/**
 * The head of `file` (already known to be text), read from its first bytes only: enough for the
 * checks that may send the file to the core's reader, before anything reads the whole file.
 * Null when the text is one the core path must read (an encoding the first bytes cannot tell).
 */
export async function readCsvHead(file: string, choice: EncodingChoice): Promise<CsvHead | null> {
  const { bytes, size } = await headBytes(file);
  const whole = size <= HEAD_BYTES;
  // The encoding is told from all the bytes, whichever part of them is parsed.
  const encoding = encodingOf(bytes, whole, choice);
  if (encoding === null) return null;
  const parsed = (part: Buffer, partWhole: boolean, full: CsvHead["full"]): CsvHead => {
    const text = headText(part, encoding);
    const { rows, delimiter } = headRows(text.text, partWhole);
    const bytes = part.length;
    return { file, encoding, delimiter, sep: text.sep, rows, whole: partWhole, bytes, full };
  };
  if (size <= SHORT_HEAD_BYTES) return parsed(bytes, whole, null);
  return parsed(bytes.subarray(0, SHORT_HEAD_BYTES), false, () => parsed(bytes, whole, null));
}

/**
 * The whole file made ready for DuckDB: one pass counts its records (and transcodes a legacy
 * encoding to a temporary UTF-8 file). Null when the file is not the UTF-8 its head said.
 */
export async function scanCsv(head: CsvHead, room: DiskRoom = diskRoom): Promise<CsvSource | null> {
  const enc = head.encoding;
  let folder: ReturnType<typeof temporaryFolder> | null = null;
  const cleanup = () => {
    folder?.remove();
    folder = null;
  };
  try {
    let path = head.file;
    if (enc.legacy !== null) {
      folder = temporaryFolder("tiering-csv-");
      path = join(folder.dir, "utf8.csv");
    }
    const scanner = new CsvScanner(head.delimiter);
    const copy = enc.legacy === null ? null : new TemporaryCopy(path, head.file, room);
    if (!(await scanFile(head.file, scanner, enc.bom, enc.legacy, copy))) {
      cleanup();
      return null;
    }
    const shape = skipSepLine(scanner.finish(), head.sep !== null);
    return {
      path,
      encoding: enc.label,
      delimiter: head.delimiter,
      skipLines: head.sep === null ? 0 : 1,
      shape,
      head: head.rows,
      whole: head.whole,
      cleanup,
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** The "sep=" line is no row of the table: records are counted from the line after it. */
function skipSepLine(shape: CsvShape, sep: boolean): CsvShape {
  if (!sep) return shape;
  const up = (at: QuotePosition | null) => (at === null ? null : { ...at, record: at.record - 1 });
  return {
    ...shape,
    records: shape.records - 1,
    empty: shape.empty.map((r) => r - 1).filter((r) => r >= 0),
    textAfterQuote: up(shape.textAfterQuote),
    quoteAfterSpace: up(shape.quoteAfterSpace),
  };
}
