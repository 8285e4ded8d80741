// The CDNOW 1/10 sample (lifetimes) as cells: whitespace separated, no header.
import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../../../src/core/types";
import { PUBLIC_DATA } from "../../../data/publicData";

/** Rows of [master_id, sample_id, yyyymmdd, cds, dollars], as numbers or as the raw texts. */
export function readCdnow(asText: boolean): CellValue[][] {
  const text = fs.readFileSync(path.join(PUBLIC_DATA, "lifetimes/CDNOW_sample.txt"), "utf8");
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split(/\s+/).map((cell) => (asText ? cell : Number(cell))));
}
