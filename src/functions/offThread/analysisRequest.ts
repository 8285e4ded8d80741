// What a TIER function sends to the thread that runs its analysis, and what comes back. The
// analyses are the core's own (clvAnalysis for TIER.CLV_INTERVAL, segment for TIER.RFM); errors
// come back as plain data (errorWire) so the cell shows the same localised message as in place.
import {
  clvAnalysis,
  errorToWire,
  segment,
  type ClvAnalysis,
  type DeepPartial,
  type SegmentOptions,
  type SegmentResult,
  type SheetInput,
  type WireError,
} from "../../core";

/** The analyses that run off Excel's thread, and what each gives. */
export interface Analyses {
  clv: ClvAnalysis;
  segment: SegmentResult;
}

export type AnalysisKind = keyof Analyses;

export interface AnalysisRequest<K extends AnalysisKind = AnalysisKind> {
  kind: K;
  input: SheetInput;
  options: DeepPartial<SegmentOptions>;
}

export type AnalysisReply<K extends AnalysisKind = AnalysisKind> =
  { ok: true; result: Analyses[K] } | { ok: false; error: WireError };

/** The analysis itself, wherever it runs. */
export function analyse<K extends AnalysisKind>(request: AnalysisRequest<K>): Analyses[K] {
  const { input, options } = request;
  // The kind says which result type K is; TypeScript cannot narrow K from it.
  return (
    request.kind === "clv" ? clvAnalysis(input, options) : segment(input, options)
  ) as Analyses[K];
}

/** Runs one request: the body of the analysis worker, and what a test stands in for it with. */
export function answer<K extends AnalysisKind>(request: AnalysisRequest<K>): AnalysisReply<K> {
  try {
    return { ok: true, result: analyse(request) };
  } catch (error) {
    return { ok: false, error: errorToWire(error) };
  }
}
