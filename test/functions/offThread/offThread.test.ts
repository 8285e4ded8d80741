// TIER.CLV_INTERVAL's analysis on another thread gives the cells it gives in place: the request and
// the reply cross as a structured clone (what postMessage does to them), errors keep their code and
// so their localised message, and a thread that fails shows as an error cell, never an exception.
import { clvInterval, rfm } from "../../../src/functions/functions";
import { readPublicCsv } from "../../../data/publicData";
import {
  answer,
  type AnalysisKind,
  type AnalysisReply,
  type AnalysisRequest,
} from "../../../src/functions/offThread/analysisRequest";
import { setAnalysisRunner, type AnalysisRunner } from "../../../src/functions/offThread/offThread";
import { cdnowSummary } from "../../core/probabilistic/cdnowSummary";
import { column, expectCallError, expectError } from "../cells";

/** A stand-in for the Web Worker: clones as postMessage does and answers on a later task. */
function clonedRunner(): { run: AnalysisRunner; kinds: AnalysisKind[] } {
  const kinds: AnalysisKind[] = [];
  const run: AnalysisRunner = <K extends AnalysisKind>(request: AnalysisRequest<K>) => {
    kinds.push(request.kind);
    const sent = structuredClone(request);
    return new Promise<AnalysisReply<K>>((resolve) =>
      setTimeout(() => resolve(structuredClone(answer(sent))), 0)
    );
  };
  return { run, kinds };
}

const s = cdnowSummary();
const take = 400;
const ranges = (): unknown[][][] =>
  [s.frequency, s.recency, s.T, s.monetary].map((a) => column(Array.from(a).slice(0, take)));

afterEach(() => setAnalysisRunner(null));

describe("TIER.RFM off the thread", () => {
  it("gives the same customer table as in place, rejected rows and counts included", async () => {
    const orders = readPublicCsv("rfm-r/rfm_data_orders.csv").slice(1, 1200);
    const col = (c: number) => orders.map((row, i) => [i === 7 && c === 2 ? "n/a" : row[c]]);
    const ranges = [col(0), col(1), col(2)] as const;
    const inPlace = await rfm(...ranges);
    const { run, kinds } = clonedRunner();
    setAnalysisRunner(run);
    const offThread = await rfm(...ranges);
    expect(kinds).toEqual(["segment"]);
    expect(offThread).toEqual(inPlace);
    // A header, customers and the counts row naming the rejected row.
    expect(offThread.length).toBeGreaterThan(100);
    expect(String(offThread[offThread.length - 1][1])).toMatch(/^Row 8/);
  });
});

describe("TIER.CLV_INTERVAL off the thread", () => {
  it("gives the same cells as the analysis run in place", async () => {
    const [x, tx, T, m] = ranges();
    const inPlace = await clvInterval(x, tx, T, m, "weeks", 12, undefined, "en-US");
    const { run, kinds } = clonedRunner();
    setAnalysisRunner(run);
    const offThread = await clvInterval(x, tx, T, m, "weeks", 12, undefined, "en-US");
    expect(kinds).toEqual(["clv"]);
    expect(offThread).toHaveLength(take);
    expect(offThread).toEqual(inPlace);
    expect(typeof offThread[0][1]).toBe("number");
  });

  it("shows a row's problem and the whole call's problem as in place", async () => {
    const [x, tx, T, m] = ranges();
    const bad = tx.map((row, i) => (i === 4 ? [-3] : row));
    const { run, kinds } = clonedRunner();
    setAnalysisRunner(run);
    const cells = await clvInterval(x, bad, T, m, undefined, undefined, undefined, "en-US");
    expectError(cells[4][0], "Row 5");
    // Every row unusable: the core's InputError crosses back as itself, in the asked language.
    const none = x.map(() => ["n/a"]);
    const zh = await clvInterval(none, none, none, none, undefined, undefined, undefined, "zh-CN");
    expect(kinds).toEqual(["clv", "clv"]);
    setAnalysisRunner(null);
    const zhInPlace = await clvInterval(
      none,
      none,
      none,
      none,
      undefined,
      undefined,
      undefined,
      "zh-CN"
    );
    expect(zh).toEqual(zhInPlace);
    expect(expectCallError(zh).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("turns a thread that failed into an error cell", async () => {
    const [x, tx, T, m] = ranges();
    setAnalysisRunner(() => Promise.reject(new Error("the analysis worker failed")));
    const cells = await clvInterval(x, tx, T, m, undefined, undefined, undefined, "en-US");
    expectCallError(cells);
  });
});
