// The parts of an XLSX package, read from its ZIP central directory so that parts can be read in
// any order (the sheet after the shared strings it points into) and each one streamed.
import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";

export interface ZipParts {
  /** Part names without a leading slash, as stored ("xl/workbook.xml"). */
  names: string[];
  /** The inflated bytes of a part as a stream; null when the package has no such part. */
  open(name: string): Promise<Readable | null>;
  close(): void;
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on("entry", (entry: Entry) => {
      // Part names are case-insensitive in OPC; some writers also use backslashes.
      entries.set(entry.fileName.replace(/\\/g, "/").replace(/^\//, "").toLowerCase(), entry);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", reject);
    zip.readEntry();
  });
}

/** Opens an XLSX (ZIP) held in memory. Rejects with the ZIP library's error for a broken file. */
export async function openZip(bytes: Buffer): Promise<ZipParts> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false }, (error, z) =>
      error ? reject(error) : resolve(z)
    )
  );
  const entries = await listEntries(zip);
  return {
    names: [...entries.keys()],
    open: (name) => {
      const entry = entries.get(name.replace(/^\//, "").toLowerCase());
      if (!entry) return Promise.resolve(null);
      return new Promise((resolve, reject) =>
        zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)))
      );
    },
    close: () => zip.close(),
  };
}
