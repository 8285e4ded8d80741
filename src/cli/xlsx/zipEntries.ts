// The parts of an XLSX package, read from its ZIP central directory so that parts can be read in
// any order (the sheet after the shared strings it points into) and each one streamed.
import yauzl, { type Entry, type ZipFile } from "yauzl";
import type { PartText, XlsxPackage } from "../../xlsx";

/** The shared reader's package, opened with yauzl: Node's zlib inflates each part as it is read. */
export interface ZipParts extends XlsxPackage {
  /** Part names without a leading slash, as stored ("xl/workbook.xml"). */
  names: string[];
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
      return new Promise<PartText>((resolve, reject) =>
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          // A Readable with an encoding yields whole characters: an async iterable of text.
          stream.setEncoding("utf8");
          resolve(stream as AsyncIterable<string>);
        })
      );
    },
    close: () => zip.close(),
  };
}
