// What the XLSX reader needs of a ZIP package: each part's text as it inflates. The CLI opens
// one with yauzl and Node's zlib, the browser preview with fflate (bytesPackage.ts); the reader
// itself runs the same on both.

/** A part's text in pieces as it inflates (UTF-8 decoded; a character never split). */
export type PartText = AsyncIterable<string>;

export interface XlsxPackage {
  /** A part by its name ("xl/workbook.xml", any case, with or without a leading slash); null if absent. */
  open(name: string): Promise<PartText | null>;
}

/** Stops a read between pieces once set (Ctrl-C in the CLI). */
export interface ReadSignal {
  readonly aborted: boolean;
}
