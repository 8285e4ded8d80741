// Peak resident memory while synchronous code runs on the main thread: a worker thread reads the
// process's RSS every millisecond (RSS is per process, so the worker sees what the main thread
// allocates). A timer on the main thread could not, since segment() never yields.
import { isMainThread, Worker, workerData } from "worker_threads";

const STOP = 0;
const STARTED = 1;

interface SamplerData {
  role: "rssSampler";
  flags: SharedArrayBuffer;
  peak: SharedArrayBuffer;
}

function sample(data: SamplerData): void {
  const flags = new Int32Array(data.flags);
  const peak = new Float64Array(data.peak);
  for (;;) {
    const rss = process.memoryUsage.rss();
    if (rss > peak[0]) peak[0] = rss;
    if (Atomics.load(flags, STARTED) === 0) {
      Atomics.store(flags, STARTED, 1);
      Atomics.notify(flags, STARTED);
    }
    if (Atomics.load(flags, STOP) === 1) return;
    Atomics.wait(flags, STOP, 0, 1);
  }
}

export class RssSampler {
  private readonly flags = new Int32Array(new SharedArrayBuffer(8));
  private readonly peak = new Float64Array(new SharedArrayBuffer(8));
  private worker: Worker | null = null;

  /** Starts sampling and returns once the first sample is taken. */
  start(): void {
    const data: SamplerData = {
      role: "rssSampler",
      flags: this.flags.buffer as SharedArrayBuffer,
      peak: this.peak.buffer as SharedArrayBuffer,
    };
    this.worker = new Worker(__filename, { workerData: data });
    if (Atomics.wait(this.flags, STARTED, 0, 10_000) === "timed-out")
      throw new Error("RSS sampler did not start");
  }

  /** Stops sampling and returns the highest RSS seen, in bytes. */
  async stop(): Promise<number> {
    const worker = this.worker;
    if (!worker) throw new Error("RSS sampler not started");
    Atomics.store(this.flags, STOP, 1);
    Atomics.notify(this.flags, STOP);
    await new Promise((resolve) => worker.once("exit", resolve));
    this.worker = null;
    return Math.max(this.peak[0], process.memoryUsage.rss());
  }
}

if (!isMainThread && (workerData as SamplerData | null)?.role === "rssSampler")
  sample(workerData as SamplerData);
