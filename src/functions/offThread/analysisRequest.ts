// What TIER.CLV_INTERVAL sends to the thread that runs its analysis, and what comes back. The
// analysis itself is the core's clvAnalysis(); errors come back as plain data (errorWire) so the
// cell shows the same localised message as when it runs in place.
import {
  clvAnalysis,
  errorToWire,
  type ClvAnalysis,
  type DeepPartial,
  type SegmentOptions,
  type SheetInput,
  type WireError,
} from "../../core";

export interface AnalysisRequest {
  input: SheetInput;
  options: DeepPartial<SegmentOptions>;
}

export type AnalysisReply = { ok: true; analysis: ClvAnalysis } | { ok: false; error: WireError };

/** Runs one request: the body of the analysis worker, and what a test stands in for it with. */
export function answer(request: AnalysisRequest): AnalysisReply {
  try {
    return { ok: true, analysis: clvAnalysis(request.input, request.options) };
  } catch (error) {
    return { ok: false, error: errorToWire(error) };
  }
}
