// Excel column letters: 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD".

const LETTERS = 26;
const CODE_A = 65;

/** The column letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let n = Math.floor(index);
  if (!(n >= 0)) return "";
  let out = "";
  // Bijective base 26: there is no zero digit, so shift by one at every step.
  while (n >= 0) {
    out = String.fromCharCode(CODE_A + (n % LETTERS)) + out;
    n = Math.floor(n / LETTERS) - 1;
  }
  return out;
}

/** The 0-based column index of a column letter ("A" -> 0), or -1 when the text is not one. */
export function columnIndexOfLetter(text: string): number {
  const s = text.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return -1;
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * LETTERS + (s.charCodeAt(i) - CODE_A + 1);
  return n - 1;
}
