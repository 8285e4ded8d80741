// validUtf8Head tells a UTF-8 file from its first 4 MB without decoding them: it must agree with
// a fatal decoder (streaming when the sample is only the start of the file, so a character cut
// at its end is no error) on any bytes.
import fc from "fast-check";
import { validUtf8Head } from "../../../src/cli/engine/csvSource";

function decoderSays(bytes: Uint8Array, whole: boolean): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: !whole });
    return true;
  } catch {
    return false;
  }
}

/** Text whose UTF-8 is cut anywhere, with a few bytes changed: near-valid samples. */
const nearUtf8 = fc
  .tuple(
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.nat(),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 2 })
  )
  .map(([text, cut, changes]) => {
    const full = Buffer.from(text, "utf8");
    const bytes = Uint8Array.from(full.subarray(0, cut % (full.length + 1)));
    for (const [at, byte] of changes) if (bytes.length > 0) bytes[at % bytes.length] = byte;
    return bytes;
  });
const anyBytes = fc.uint8Array({ maxLength: 12 });
const tails = fc.constantFrom(
  [0xe4, 0xb8],
  [0xf0, 0x9f, 0x98],
  [0xed, 0xa0],
  [0xf4, 0x90],
  [0xc0],
  [0x80, 0x80, 0x80, 0x80],
  [0xe0, 0x80],
  [0xf5]
);

describe("validUtf8Head", () => {
  it("agrees with a fatal decoder on any bytes, whole or cut", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearUtf8,
          anyBytes,
          fc.tuple(nearUtf8, tails).map(([b, t]) => Uint8Array.from([...b, ...t]))
        ),
        fc.boolean(),
        (bytes, whole) => {
          expect(validUtf8Head(bytes, whole)).toBe(decoderSays(bytes, whole));
        }
      ),
      { numRuns: 20000 }
    );
  });

  it("takes a character cut at the end of a sample, not of a whole file", () => {
    const cut = Buffer.from("客户", "utf8").subarray(0, 5);
    expect(validUtf8Head(cut, false)).toBe(true);
    expect(validUtf8Head(cut, true)).toBe(false);
    // A surrogate's start is no character, cut or not.
    expect(validUtf8Head(Uint8Array.from([0x61, 0xed, 0xa0]), false)).toBe(false);
  });
});
