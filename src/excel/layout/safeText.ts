// Text from the user's data written as values must come back as the same text. Excel parses a
// written string as if typed: "=..." "+..." "-..." "@..." become formulas (formula injection),
// "00123" a number, "TRUE" a boolean, "Jan 2020" a date, "(12)" a negative number, "#N/A" an
// error. Rather than chase every form, user text always gets Excel's own "this is text" mark, a
// leading apostrophe, which is not part of the value read back and is invisible in the cell.

export function safeText(text: string): string {
  return text === "" ? text : `'${text}`;
}
