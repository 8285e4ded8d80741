// One memory measurement in a fresh process: generate the table, settle the heap, then run
// segment() once while a worker samples RSS and the progress hook samples the heap. Prints one
// JSON line (MemoryFigures) on stdout. Started by run.ts: node --expose-gc memoryChild.js ROWS SEED
import { segment } from "../src/core/segment";
import { collectGarbage } from "./gc";
import { generateTransactions } from "./generateTransactions";
import { RssSampler } from "./rssSampler";

export interface MemoryFigures {
  /** RSS and heap used with the input cells loaded, just before segment(). */
  rssBefore: number;
  heapBefore: number;
  /** Highest RSS while segment() ran (worker sampling every millisecond). */
  rssPeak: number;
  /** Highest heap used seen at the progress reports (every 65,536 rows and each stage) and at return. */
  heapPeak: number;
  /** Heap used after a full collection with the result still referenced: what the result keeps. */
  heapRetained: number;
  /** The kernel's peak RSS of the whole process (generation included), for comparison. */
  kernelMaxRss: number;
}

async function measure(rows: number, seed: number): Promise<MemoryFigures> {
  const sheet = generateTransactions(rows, seed);
  collectGarbage();
  const before = process.memoryUsage();
  let heapPeak = before.heapUsed;
  const sampleHeap = () => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };
  const sampler = new RssSampler();
  sampler.start();
  const result = segment(sheet, {}, { onProgress: sampleHeap });
  sampleHeap();
  const rssPeak = await sampler.stop();
  collectGarbage();
  const heapRetained = process.memoryUsage().heapUsed;
  if (result.customers.n === 0 || sheet.values.length !== rows + 1) throw new Error("unexpected result");
  return {
    rssBefore: before.rss,
    heapBefore: before.heapUsed,
    rssPeak,
    heapPeak,
    heapRetained,
    kernelMaxRss: process.resourceUsage().maxRSS * 1024,
  };
}

if (require.main === module) {
  const [rows, seed] = process.argv.slice(2).map(Number);
  measure(rows, seed).then(
    (figures) => process.stdout.write(JSON.stringify(figures) + "\n"),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
