// Wall time of one segment() call, split by stage through the progress hook the task pane uses.
import type { Progress } from "../src/core/result";
import { segment } from "../src/core/segment";
import type { SheetInput } from "../src/core/types";

export const STAGES = ["detect", "parsing", "aggregating", "scoring", "summarising"] as const;
export type StageName = (typeof STAGES)[number];

export interface SegmentTiming {
  totalMs: number;
  /** CPU time of the process (user + system, all threads, GC helpers included) during the call. */
  cpuMs: number;
  stageMs: Record<StageName, number>;
  customers: number;
  rejected: number;
}

export function timeSegment(sheet: SheetInput): SegmentTiming {
  // Time at which each stage first reports; "detect" is everything before the first row is read.
  const firstReport = new Map<Progress["stage"], number>();
  const onProgress = (p: Progress) => {
    if (!firstReport.has(p.stage)) firstReport.set(p.stage, performance.now());
  };
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = segment(sheet, {}, { onProgress });
  const end = performance.now();
  const cpuUsed = process.cpuUsage(cpu);
  const at = (stage: Progress["stage"]) => firstReport.get(stage) ?? end;
  return {
    totalMs: end - start,
    cpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
    stageMs: {
      detect: at("parsing") - start,
      parsing: at("aggregating") - at("parsing"),
      aggregating: at("scoring") - at("aggregating"),
      scoring: at("summarising") - at("scoring"),
      summarising: end - at("summarising"),
    },
    customers: result.customers.n,
    rejected: result.counts.rejected,
  };
}
