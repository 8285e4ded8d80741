// streamedChunks fetches a result's next chunk while its reader reads the one before: every row
// comes, in order, each chunk keeps its own values after the next is fetched, and a reader that
// stops early leaves no fetch running on a connection about to close.
import { numbers, openDuck, streamedChunks } from "../../../src/cli/engine/duckRows";

const ROWS = 10_000; // five chunks of DuckDB's 2,048 rows

describe("streamedChunks", () => {
  it("gives every row in order, each chunk still whole after the next is fetched", async () => {
    const duck = await openDuck();
    try {
      const chunks = [];
      for await (const chunk of streamedChunks(
        duck.c,
        `SELECT CAST(range AS DOUBLE) FROM range(${ROWS})`
      ))
        chunks.push(chunk);
      expect(chunks.length).toBeGreaterThan(1);
      // Read after all were fetched: no chunk shares memory with the next.
      const values = chunks.flatMap((chunk) => Array.from(numbers(chunk, 0)));
      expect(values).toEqual(Array.from({ length: ROWS }, (_, i) => i));
    } finally {
      duck.close();
    }
  });

  it("lets the connection close once a reader stops early", async () => {
    const duck = await openDuck();
    let first = -1;
    for await (const chunk of streamedChunks(
      duck.c,
      `SELECT CAST(range AS DOUBLE) FROM range(${ROWS})`
    )) {
      first = numbers(chunk, 0)[0];
      break;
    }
    duck.close();
    expect(first).toBe(0);
  });

  it("reports the query's own error", async () => {
    const duck = await openDuck();
    try {
      const read = async () => {
        for await (const chunk of streamedChunks(duck.c, "SELECT CAST('x' AS INTEGER)")) void chunk;
      };
      await expect(read()).rejects.toThrow(/Conversion Error/);
    } finally {
      duck.close();
    }
  });
});
