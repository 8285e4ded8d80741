// One line ending for a whole text file. A CSV saved by Excel (CRLF) with rows appended by a
// script (LF), or an old Mac export (lone CR), mixes them; papaparse guesses one line ending
// from the start of the file and would read the other lines as parts of one record, so rows
// would vanish without a word.

/** The text with every CRLF and lone CR as LF (also inside quoted fields, as Excel keeps cells). */
export function normalizeLineEndings(text: string): string {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

/**
 * The records of a delimited text as a reader that honours quotes counts them: line breaks
 * outside quoted fields, plus the last line if it is not empty. A quote opens a quoted field
 * only at the start of a field; inside one, "" is a quote and a lone quote closes it. Counted
 * independently of the parser, so the CLI can check that every physical record became a row.
 */
export function countRecords(text: string, delimiter: string): number {
  let records = 0;
  let quoted = false;
  let fieldStart = true;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c !== 34) continue;
      if (text.charCodeAt(i + 1) === 34) i++;
      else quoted = false;
      continue;
    }
    if (c === 10) {
      records++;
      fieldStart = true;
    } else if (c === d) fieldStart = true;
    else {
      if (c === 34 && fieldStart) quoted = true;
      fieldStart = false;
    }
  }
  const endsWithBreak = n > 0 && text.charCodeAt(n - 1) === 10;
  return records + (n > 0 && !endsWithBreak ? 1 : 0);
}
