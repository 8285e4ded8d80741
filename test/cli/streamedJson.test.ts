// writeJsonLine writes the bytes JSON.stringify gives for the same report, with its long list
// made entry by entry and written in pieces (a run's customers past V8's longest string).
import fc from "fast-check";
import { ListedItems, writeJsonLine } from "../../src/cli/streamedJson";

function sink() {
  const writes: string[] = [];
  return { writes, write: (text: string) => writes.push(text) };
}

describe("writeJsonLine", () => {
  it("gives JSON.stringify's bytes for any report and list", async () => {
    const value = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({ unit: "binary" }));
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ unit: "binary" }), value),
        fc.array(value),
        fc.string(),
        async (report, list, key) => {
          const out = sink();
          await writeJsonLine(out, {
            ...report,
            [key]: new ListedItems(list.length, (i) => list[i]),
          });
          expect(out.writes.join("")).toBe(JSON.stringify({ ...report, [key]: list }) + "\n");
        }
      )
    );
  });

  it("writes a long list in pieces, waiting when the stream asks it to", async () => {
    const entry = { customer: "客户".repeat(20), clv: 1234.5678 };
    const count = 40_000; // about 3 MB of JSON
    let waits = 0;
    const writes: string[] = [];
    const out = {
      writableNeedDrain: false,
      write(text: string) {
        writes.push(text);
        this.writableNeedDrain = writes.length % 2 === 1;
      },
      once(event: string, listener: () => void) {
        if (event !== "drain") return;
        waits++;
        this.writableNeedDrain = false;
        setImmediate(listener);
      },
    };
    await writeJsonLine(out, {
      asOf: "2024-01-01",
      customers: new ListedItems(count, () => entry),
    });
    const whole = { asOf: "2024-01-01", customers: Array.from({ length: count }, () => entry) };
    expect(writes.join("")).toBe(JSON.stringify(whole) + "\n");
    expect(writes.length).toBeGreaterThan(2);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(2 ** 21);
    expect(waits).toBeGreaterThan(0);
  });
});
