// A report as one line of JSON, written in pieces: the bytes JSON.stringify gives, but its long
// list (one entry per customer) is made and written entry by entry. As one string, a run with
// millions of customers passes V8's longest string (about 512 MB: a 100M-row file's 7.6 million
// customers are over 2 GB of JSON) and every entry's object is held at once.
import { stdoutProblem, type TextSink } from "./io";

/** A list made entry by entry: `item(i)` for i = 0 .. count - 1. */
export class ListedItems {
  constructor(
    readonly count: number,
    readonly item: (i: number) => unknown
  ) {}
}

/** Pieces are gathered to about this many characters per write. */
const PIECE = 1 << 20;

/** A sink that may ask the writer to wait (a stream past its high-water mark). */
interface Draining {
  writableNeedDrain?: boolean;
  /** The error that stopped the stream (Node's Writable#errored). */
  errored?: Error | null;
  once?(event: "drain" | "close" | "error", listener: () => void): unknown;
  off?(event: "drain" | "close" | "error", listener: () => void): unknown;
}

/** Until the stream drains, or closes or fails (a reader that left: the run goes on to its end). */
function drained(out: Draining): Promise<void> {
  return new Promise<void>((resolve) => {
    const events = ["drain", "close", "error"] as const;
    const done = () => {
      for (const e of events) out.off?.(e, done);
      resolve();
    };
    for (const e of events) out.once?.(e, done);
  });
}

/**
 * Stops the report when the stream failed (stdout on a full disk): the rest would go nowhere,
 * and a run of millions of customers went on to its end. A closed pipe is the reader's choice.
 */
function stopIfFailed(out: Draining): void {
  const problem = stdoutProblem(out.errored);
  if (problem !== null) throw problem;
}

class PieceWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: TextSink & Draining) {}

  /** Gathers a piece; true when the pieces should be written (then await flush()). */
  add(text: string): boolean {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= PIECE;
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    this.out.write(this.parts.join(""));
    this.parts = [];
    this.size = 0;
    if (this.out.writableNeedDrain) await drained(this.out);
    stopIfFailed(this.out);
  }
}

/**
 * Writes `JSON.stringify(report) + "\n"` where each ListedItems value stands for the array of
 * its entries. The top-level keys go in the object's own order and a value JSON.stringify would
 * leave out (undefined, a function) is left out, as JSON.stringify does.
 */
export async function writeJsonLine(out: TextSink, report: object): Promise<void> {
  const w = new PieceWriter(out);
  let first = true;
  w.add("{");
  for (const [key, value] of Object.entries(report)) {
    const text = value instanceof ListedItems ? "" : (JSON.stringify(value) as string | undefined);
    if (text === undefined) continue;
    w.add(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    if (value instanceof ListedItems) await writeList(w, value);
    else if (w.add(text)) await w.flush();
  }
  w.add("}\n");
  await w.flush();
}

async function writeList(w: PieceWriter, list: ListedItems): Promise<void> {
  w.add("[");
  for (let i = 0; i < list.count; i++) {
    // An entry JSON.stringify cannot write is null in an array, as in JSON.stringify's own.
    const text = JSON.stringify(list.item(i)) as string | undefined;
    if (w.add(`${i === 0 ? "" : ","}${text ?? "null"}`)) await w.flush();
  }
  w.add("]");
}
