// CsvBytes writes CSV lines as bytes, numbers digit by digit: the bytes must be the UTF-8 of the
// text csvField gives (String(value) for a number), for any number, text and line.
import fc from "fast-check";
import { CsvBytes, csvField } from "../../src/cli/csvCells";
import type { OutCell } from "../../src/core";

const textOf = (lines: OutCell[][]): Buffer =>
  Buffer.from(lines.map((cells) => cells.map(csvField).join(",") + "\r\n").join(""), "utf8");

function bytesOf(lines: OutCell[][], capacity: number): Buffer {
  const out = new CsvBytes(capacity);
  for (const cells of lines) out.line(cells);
  return out.bytes.subarray(0, out.length);
}

/** Millionths (money and shares as clean() leaves them), near and past the 10^15 fast-path edge. */
const millionths = fc.oneof(
  fc.integer({ min: -999_999_999, max: 999_999_999 }).map((r) => r / 1e6),
  fc.bigInt({ min: -(10n ** 15n) - 5n, max: 10n ** 15n + 5n }).map((r) => Number(r) / 1e6),
  fc.constantFrom(1e-6, -1e-6, 0.00087, 253557.87, 999999999.999999, 0.1 + 0.2, 1e-7)
);
const wholes = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -0, 1e15 - 1, 1e15, -1e15 + 1, 2 ** 53, 1e21, 1e22, -(2 ** 31))
);
const numbers = fc.oneof(
  millionths,
  wholes,
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity)
);
const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }), // lone surrogates too
  fc.constantFrom("=SUM(A1)", 'say "hi"', "a,b", "张三", "😀", "\ud800", "")
);
const cell: fc.Arbitrary<OutCell> = fc.oneof(numbers, texts, fc.constant(null));

describe("CsvBytes", () => {
  it("writes the bytes of the lines' text, whatever the cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 64 }),
        (lines, capacity) => {
          expect(bytesOf(lines, capacity).equals(textOf(lines))).toBe(true);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("writes repeated texts the same on every line, across flushes (as writeCsv flushes)", () => {
    // Few distinct texts per column, so columns keep their texts' bytes; some columns pass the
    // number kept. The buffer is emptied every few lines, as writeCsv does after each write.
    const pool = fc.oneof(
      texts,
      fc.constantFrom("High value", "高价值客户", "a,b", "=x", 'say "hi"')
    );
    fc.assert(
      fc.property(
        fc.array(pool, { minLength: 1, maxLength: 80 }),
        fc.array(fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 7 }),
        (distinct, picks, every) => {
          const lines: OutCell[][] = picks.map(([a, b, c]) => [
            distinct[a % distinct.length],
            distinct[b % Math.min(3, distinct.length)],
            c,
          ]);
          const out = new CsvBytes(16);
          const written: Buffer[] = [];
          lines.forEach((cells, i) => {
            out.line(cells);
            if (i % every === 0) {
              written.push(Buffer.from(out.bytes.subarray(0, out.length)));
              out.length = 0;
            }
          });
          written.push(Buffer.from(out.bytes.subarray(0, out.length)));
          expect(Buffer.concat(written).equals(textOf(lines))).toBe(true);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("writes every number as String writes it", () => {
    fc.assert(
      fc.property(numbers, (value) => {
        expect(bytesOf([[value]], 4).toString("utf8")).toBe(`${csvField(value)}\r\n`);
      }),
      { numRuns: 20000 }
    );
    for (const [value, text] of [
      [-0, "0"],
      [0.00087, "0.00087"],
      [-1.5, "-1.5"],
      [1e-6, "0.000001"],
      [1e-7, "1e-7"],
      [123456789.000001, "123456789.000001"],
      [1e21, "1e+21"],
    ] as const)
      expect(bytesOf([[value]], 1).toString("utf8")).toBe(`${text}\r\n`);
  });
});

describe("csvField", () => {
  // The rule as patterns: an OWASP formula start gets an apostrophe; a quote, comma or line
  // break quotes the field (csvField tests them by character code).
  const reference = (text: string): string => {
    const inert = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
  };
  const risky = fc.constantFrom(
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\n",
    '"',
    ",",
    "'",
    " ",
    "a",
    "张"
  );

  it("reads a text's first character and its quotes as the patterns do", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          texts,
          fc.array(risky, { maxLength: 6 }).map((a) => a.join(""))
        ),
        (t) => {
          expect(csvField(t)).toBe(reference(t));
        }
      ),
      { numRuns: 20000 }
    );
  });
});
