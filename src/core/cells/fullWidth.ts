// Chinese input methods often type full-width forms ("１２３４．５０", "－", "（１２）").
// Mapping them to ASCII lets the number and date readers stay ASCII-only.

const FULL_WIDTH_FIRST = 0xff01; // "！"
const FULL_WIDTH_LAST = 0xff5e; // "～"
const FULL_WIDTH_OFFSET = 0xfee0; // "！" - "!"
const IDEOGRAPHIC_SPACE = 0x3000;
const MINUS_SIGN = 0x2212; // "−", typeset minus

function needsMapping(code: number): boolean {
  return (
    (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) ||
    code === IDEOGRAPHIC_SPACE ||
    code === MINUS_SIGN
  );
}

function mapCode(code: number): number {
  if (code === IDEOGRAPHIC_SPACE) return 0x20;
  if (code === MINUS_SIGN) return 0x2d;
  return code - FULL_WIDTH_OFFSET;
}

/** Text with full-width ASCII forms, the ideographic space and "−" replaced by ASCII; the same string when none occur. */
export function toHalfWidth(text: string): string {
  let i = 0;
  while (i < text.length && !needsMapping(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += needsMapping(code) ? String.fromCharCode(mapCode(code)) : text[i];
  }
  return out;
}
