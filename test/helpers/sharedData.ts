// Reads the public data sets in shared/data (beside the repository, as in CI).
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";

export const SHARED_DATA = path.resolve(__dirname, "../../../shared/data");

export function readSharedCsv(relative: string): string[][] {
  const file = path.join(SHARED_DATA, relative);
  if (!fs.existsSync(file))
    throw new Error(`shared data set missing: ${file} (shared/ must sit beside the repo)`);
  const parsed = Papa.parse<string[]>(fs.readFileSync(file, "utf8"), { skipEmptyLines: true });
  return parsed.data;
}
