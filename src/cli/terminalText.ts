// Text from the user's file printed to a terminal: a cell holding ESC [ 2 J (or any other
// control character) must not drive the terminal, and a header with a line break must not split
// a one-line message. Control characters are shown as escapes (\n, \t, \x1b, \u009b).

// C0 controls, DEL and C1 controls (U+0080..U+009F: U+009B is a one-character CSI).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escaped(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code < 0x80
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The text with every control character written as an escape, on one line. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, escaped);
}
