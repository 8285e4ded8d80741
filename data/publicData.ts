// Reads the public data sets the project carries in data/public (their sources and licences are in
// data/public/SOURCES.md). Tests and benches both read them from here; nothing reads outside the repo.
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";

/** data/public, found upwards from here: the benches run compiled from build/, the tests from source. */
export const PUBLIC_DATA = findPublicData(__dirname);

function findPublicData(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "data", "public");
    if (fs.existsSync(path.join(candidate, "SOURCES.md"))) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, "public");
  }
}

/** The path of a public data set, e.g. "lifetimes/CDNOW_sample.txt"; throws if it is not there. */
export function publicDataFile(relative: string): string {
  const file = path.join(PUBLIC_DATA, relative);
  if (!fs.existsSync(file))
    throw new Error(`public data set missing: ${file} (see data/public/SOURCES.md)`);
  return file;
}

export function readPublicCsv(relative: string): string[][] {
  const parsed = Papa.parse<string[]>(fs.readFileSync(publicDataFile(relative), "utf8"), {
    skipEmptyLines: true,
  });
  return parsed.data;
}
