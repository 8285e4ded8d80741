// One XLSX read in a fresh process, as `tiering segment` does it (readInput, keeping only the
// columns the header row names): prints the wall time in ms and the rows read as JSON. Run with
// --require reportMaxRss.js for the kernel's peak RSS.
import { readInput } from "../src/cli/readInput";
import { columnsNamedByHeader } from "../src/core";

async function main(): Promise<void> {
  const file = process.argv[2];
  const start = performance.now();
  const loaded = await readInput(file, {
    encoding: "auto",
    sheet: null,
    keep: (firstRows) => columnsNamedByHeader(firstRows),
  });
  const ms = performance.now() - start;
  const rows = loaded.input.values.length;
  const columns = loaded.input.values[0]?.length ?? 0;
  process.stdout.write(JSON.stringify({ ms, rows, columns }) + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
