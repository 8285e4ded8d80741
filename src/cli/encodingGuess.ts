// Which legacy encoding a CSV that is not UTF-8 uses. Chinese Excel saves "CSV" as GBK, and
// chardet alone often calls short GBK samples Big5 or ISO-8859-1, so the GBK byte structure
// is checked as well.
import { detect as detectCharset } from "chardet";
import iconv from "iconv-lite";

const SAMPLE_BYTES = 64 * 1024;
const GB_FAMILY = /^(gb18030|gbk|gb2312|gb_2312.*|euc-cn|cp936)$/i;
/** Share of double-byte pairs that must fall in the GB2312 range (common hanzi and symbols). */
const COMMON_SHARE = 0.8;

const inRange = (b: number, lo: number, hi: number): boolean => b >= lo && b <= hi;

/**
 * True when every byte >= 0x80 forms a valid GBK/GB18030 sequence and most pairs are common
 * GB2312 characters. Latin-1 text fails: an accented letter is followed by ASCII.
 */
export function looksLikeGbk(bytes: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    if (!inRange(lead, 0x81, 0xfe)) return false;
    if (i + 1 >= bytes.length) break; // a sample may cut a character in half
    const trail = bytes[i + 1];
    if (inRange(trail, 0x30, 0x39)) {
      // GB18030 four-byte form: lead, digit, lead-range byte, digit.
      if (
        i + 3 < bytes.length &&
        !(inRange(bytes[i + 2], 0x81, 0xfe) && inRange(bytes[i + 3], 0x30, 0x39))
      ) {
        return false;
      }
      pairs++;
      i += 4;
      continue;
    }
    if (!inRange(trail, 0x40, 0xfe) || trail === 0x7f) return false;
    pairs++;
    if (inRange(lead, 0xa1, 0xf7) && inRange(trail, 0xa1, 0xfe)) common++;
    i += 2;
  }
  return pairs > 0 && common / pairs >= COMMON_SHARE;
}

/** The iconv-lite name of the encoding to decode with, or null when it cannot be told. */
export function guessLegacyEncoding(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const detected = detectCharset(sample);
  if (detected !== null && GB_FAMILY.test(detected)) return "gb18030";
  if (looksLikeGbk(sample)) return "gb18030";
  if (detected === null || /^(utf-8|ascii)$/i.test(detected)) return null;
  // Windows Excel writes windows-1252, a superset of ISO-8859-1 in the 0x80-0x9F range.
  const name = /^iso-8859-1$/i.test(detected) ? "windows-1252" : detected;
  return iconv.encodingExists(name) ? name : null;
}
