// Finds exact duplicate rows in one pass: a hash of the raw cells picks a chain of earlier rows,
// and only rows on that chain are compared cell by cell. No string key per row is built,
// which keeps a million rows cheap.
import type { CellValue } from "../types";

function hashCell(h: number, v: CellValue): number {
  if (v === null || v === undefined || v === "") return Math.imul(h ^ 0x9e37, 0x01000193);
  if (typeof v === "number") {
    const x = Math.imul((v * 1000003) | 0, 0x85ebca6b) ^ (Math.floor(v / 4294967296) | 0);
    return Math.imul(h ^ x, 0x01000193);
  }
  const s = v instanceof Date ? String(v.getTime()) : String(v);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xff, 0x01000193);
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  const blankA = a === null || a === undefined || a === "";
  const blankB = b === null || b === undefined || b === "";
  return blankA || blankB ? blankA === blankB : a === b;
}

function sameRow(a: CellValue[], b: CellValue[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let c = 0; c < n; c++) if (!sameCell(a[c], b[c])) return false;
  return true;
}

export class DuplicateFinder {
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(private readonly values: CellValue[][]) {
    let size = 16;
    while (size < values.length * 2) size <<= 1;
    this.mask = size - 1;
    this.heads = new Int32Array(size).fill(-1);
    this.next = new Int32Array(values.length).fill(-1);
    this.hashes = new Int32Array(values.length);
  }

  /** Registers row `index`; returns the index of an earlier identical row, or -1. */
  check(index: number): number {
    return this.checkHashed(index, this.rowHash(this.values[index]));
  }

  /** Same as check(), with a hash the caller computed from the row (equal rows must hash equal). */
  checkHashed(index: number, h: number): number {
    const row = this.values[index];
    const b = h & this.mask;
    for (let j = this.heads[b]; j >= 0; j = this.next[j]) {
      if (this.hashes[j] === h && sameRow(this.values[j], row)) return j;
    }
    this.hashes[index] = h;
    this.next[index] = this.heads[b];
    this.heads[b] = index;
    return -1;
  }

  private rowHash(row: CellValue[]): number {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined || row[end - 1] === ""))
      end--;
    // Trailing blanks are left out so that a ragged row equals the same row padded.
    let h = 0x811c9dc5;
    for (let c = 0; c < end; c++) h = hashCell(h, row[c]);
    return h;
  }
}
