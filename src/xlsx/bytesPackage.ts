// An XLSX package held in memory, read without Node: the ZIP central directory (APPNOTE 4.3.12,
// with the ZIP64 fields of 4.3.14 and 4.5.3) gives each part's place, and fflate inflates a part
// in slices, so the browser preview reads a sheet as the CLI does, one piece at a time.
import { Inflate } from "fflate";
import type { PartText, XlsxPackage } from "./xlsxPackage";

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: the text comes out in pieces as big. */
const SLICE = 1 << 20;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16 = (at: number): number => this.check(at, 2) && this.view.getUint16(at, true);
  u32 = (at: number): number => this.check(at, 4) && this.view.getUint32(at, true);
  u64 = (at: number): number => this.u32(at) + this.u32(at + 4) * 2 ** 32;
  private check(at: number, size: number): true {
    if (at < 0 || at + size > this.bytes.length) throw new Error("the ZIP directory is truncated");
    return true;
  }
}

function endOfDirectory(r: Reader): number {
  const last = r.bytes.length - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) if (r.u32(at) === EOCD) return at;
  throw new Error("not a ZIP package (no end of central directory)");
}

/** Where the central directory starts and how many entries it has, ZIP64 or not. */
function directory(r: Reader): { offset: number; count: number } {
  const end = endOfDirectory(r);
  const count = r.u16(end + 10);
  const offset = r.u32(end + 16);
  if (count !== 0xffff && offset !== 0xffffffff) return { offset, count };
  if (end < 20 || r.u32(end - 20) !== ZIP64_LOCATOR) return { offset, count };
  const z = r.u64(end - 20 + 8);
  if (r.u32(z) !== ZIP64_EOCD) throw new Error("bad ZIP64 end of central directory");
  return { offset: r.u64(z + 48), count: r.u64(z + 32) };
}

/** The ZIP64 extra field's sizes and offset, for the fields the header left at 0xFFFFFFFF. */
function zip64Values(r: Reader, at: number, length: number, wanted: boolean[]): number[] {
  const out: number[] = [];
  for (let p = at; p + 4 <= at + length;) {
    const id = r.u16(p);
    const size = r.u16(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      for (const want of wanted) {
        if (!want) out.push(NaN);
        else {
          out.push(r.u64(q));
          q += 8;
        }
      }
      return out;
    }
    p += 4 + size;
  }
  return out;
}

function entries(r: Reader): Map<string, Entry> {
  const { offset, count } = directory(r);
  const names = new TextDecoder("utf-8");
  const out = new Map<string, Entry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== CENTRAL) throw new Error("bad ZIP central directory entry");
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const name = names.decode(r.bytes.subarray(at + 46, at + 46 + nameLength));
    let compressedSize = r.u32(at + 20);
    let localOffset = r.u32(at + 42);
    const wide = [r.u32(at + 24) === 0xffffffff, compressedSize === 0xffffffff];
    wide.push(localOffset === 0xffffffff);
    if (wide.some(Boolean)) {
      const z = zip64Values(r, at + 46 + nameLength, extraLength, wide);
      if (wide[1]) compressedSize = z[1];
      if (wide[2]) localOffset = z[2];
    }
    // Part names are case-insensitive in OPC; some writers also use backslashes.
    const key = name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();
    out.set(key, { method: r.u16(at + 10), compressedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function entryData(r: Reader, e: Entry): Uint8Array {
  if (r.u32(e.localOffset) !== LOCAL) throw new Error("bad ZIP local header");
  const start = e.localOffset + 30 + r.u16(e.localOffset + 26) + r.u16(e.localOffset + 28);
  if (start + e.compressedSize > r.bytes.length) throw new Error("a ZIP entry is truncated");
  return r.bytes.subarray(start, start + e.compressedSize);
}

async function* storedText(data: Uint8Array): PartText {
  yield new TextDecoder("utf-8").decode(data);
}

async function* inflatedText(data: Uint8Array): PartText {
  const decoder = new TextDecoder("utf-8");
  let pieces: string[] = [];
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    pieces.push(decoder.decode(chunk, { stream: !final }));
    ended = final;
  });
  for (let at = 0; at < data.length || at === 0; at += SLICE) {
    inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (pieces.length > 0) {
      const text = pieces.join("");
      pieces = [];
      yield text;
    }
  }
  if (!ended) throw new Error("a ZIP entry ends before its data does");
}

/** Opens an XLSX (ZIP) held in memory. Throws for bytes that are not a readable ZIP. */
export function bytesPackage(bytes: Uint8Array): XlsxPackage {
  const r = new Reader(bytes);
  const parts = entries(r);
  return {
    open: (name) => {
      const e = parts.get(name.replace(/^\//, "").toLowerCase());
      if (!e) return Promise.resolve(null);
      if (e.method !== STORED && e.method !== DEFLATED)
        return Promise.reject(new Error(`unsupported ZIP compression method ${e.method}`));
      const data = entryData(r, e);
      return Promise.resolve(e.method === STORED ? storedText(data) : inflatedText(data));
    },
  };
}
