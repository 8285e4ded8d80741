// Every physical record of the file is used, rejected with a reason, or blank. The core keeps
// this for the rows it is given; this checks it against the records the reader counted, so a
// row lost between the file and the core stops the run instead of vanishing from the figures.
import type { RowCounts } from "../core";

/** A broken identity is a bug, not bad input: it ends the run as an unexpected error (exit 1). */
export function checkRowIdentity(records: number, headerRows: number, counts: RowCounts): void {
  const accounted = counts.used + counts.rejected + counts.blank;
  if (accounted !== counts.input || counts.input + headerRows !== records)
    throw new Error(
      `row identity broken: ${records} records, ${headerRows} header rows, ` +
        `${counts.used} used + ${counts.rejected} rejected + ${counts.blank} blank`
    );
}
