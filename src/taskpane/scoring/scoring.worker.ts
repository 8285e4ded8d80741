// The Web Worker that runs the core's segment() off the pane's thread, so the pane stays
// responsive while a few hundred thousand rows are scored.
import { expose } from "comlink";
import type { DeepPartial, SegmentOptions } from "../../core/options";
import type { Progress, SegmentResult } from "../../core/result";
import { segment } from "../../core/segment";
import type { SheetInput } from "../../core/types";

export interface ScoringApi {
  segment(
    input: SheetInput,
    options: DeepPartial<SegmentOptions>,
    onProgress: (p: Progress) => void
  ): SegmentResult;
}

const api: ScoringApi = {
  segment: (input, options, onProgress) => segment(input, options, { onProgress }),
};

expose(api);
