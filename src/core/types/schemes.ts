// A segment scheme as data: its segments, and the rules on RFM scores that assign them.
import type { LocalizedText } from "./messages";

/** Inclusive score range, or "high"/"low" relative to the population mean score. */
export type ScoreCondition = [number, number] | "high" | "low";

export interface SegmentRule {
  /** Id of the segment this rule assigns (several rules may share one segment). */
  segment: string;
  r?: ScoreCondition;
  f?: ScoreCondition;
  m?: ScoreCondition;
  /** Inclusive range of R + F + M. */
  total?: [number, number];
}

/** Which recommended action a segment calls for. */
export type ActionKind = "high" | "potential" | "low" | "churn";

export interface SegmentDefinition {
  id: string;
  label: LocalizedText;
  action: ActionKind;
}

/** A segment scheme as data: rules checked in order, first match wins. */
export interface SegmentScheme {
  id: string;
  name: LocalizedText;
  segments: SegmentDefinition[];
  rules: SegmentRule[];
  /** Segment id given when no rule matches. */
  fallback: string;
}
