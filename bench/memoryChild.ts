// One memory measurement in a fresh process: generate the table, settle the heap, then run
// segment() once while a worker samples RSS and the progress hook samples the heap. Prints one
// JSON line (MemoryFigures) on stdout. Started by run.ts: node --expose-gc memoryChild.js ROWS SEED
import { segment } from "../src/core/segment";
import { collectGarbage } from "./gc";
import { generateTransactions } from "../data/generate/generateTransactions";
import { RssSampler } from "./rssSampler";

export interface MemoryFigures {
  /** RSS and JS memory (V8 heap used + ArrayBuffers) with the input cells loaded, just before segment(). */
  rssBefore: number;
  jsBefore: number;
  /** Highest RSS while segment() ran (worker sampling every millisecond). */
  rssPeak: number;
  /**
   * Highest JS memory seen at the progress reports (every 65,536 rows and each stage) and at return.
   * ArrayBuffers count: the core's typed-array columns live there, outside the V8 heap.
   */
  jsPeak: number;
  /** JS memory after a full collection with the result still referenced: what the result keeps. */
  jsRetained: number;
}

function jsMemory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function measure(rows: number, seed: number): Promise<MemoryFigures> {
  const sheet = generateTransactions(rows, seed);
  collectGarbage();
  const before = process.memoryUsage();
  let jsPeak = jsMemory();
  const sampleHeap = () => {
    jsPeak = Math.max(jsPeak, jsMemory());
  };
  const sampler = new RssSampler();
  sampler.start();
  const result = segment(sheet, {}, { onProgress: sampleHeap });
  sampleHeap();
  const rssPeak = await sampler.stop();
  collectGarbage();
  const jsRetained = jsMemory();
  if (result.customers.n === 0 || sheet.values.length !== rows + 1)
    throw new Error("unexpected result");
  return {
    rssBefore: before.rss,
    jsBefore: before.heapUsed + before.arrayBuffers,
    rssPeak,
    jsPeak,
    jsRetained,
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
