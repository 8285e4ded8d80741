// The tiers of one run, per customer, kept so that the next run can say who moved (method.md
// section 9). Only what a comparison needs: a snapshot must stay small enough to store for
// 100,000 customers in the workbook itself.
import type { SegmentResult } from "../result";
import type { LocalizedText } from "../types";

/** A segment of the run's scheme: its stable id and its label in each language. */
export interface SegmentLabel {
  key: string;
  label: LocalizedText;
}

export interface TierSnapshot {
  /** When the run happened (ISO 8601). */
  runAt: string;
  /** The run's as-of date (YYYY-MM-DD). */
  asOf: string;
  schemeId: string;
  schemeName: LocalizedText;
  /** The scheme's segments; `segment` indexes into this list. */
  segments: SegmentLabel[];
  /** Customer ids as the core keys them; one entry per customer, unique. */
  ids: string[];
  /** Display names, or null when the run had none at all. */
  names: (string | null)[] | null;
  /** 0 A, 1 B, 2 C. */
  abc: Uint8Array;
  /** Index into `segments`, or -1 for a customer without a purchase. */
  segment: Int16Array;
  /** The value ABC ranked by; NaN when unknown. */
  value: Float64Array;
  /** 1 when the run raised a churn warning. */
  churn: Uint8Array;
  /** Index into STAGES. */
  stage: Uint8Array;
}

/**
 * The snapshot of a run. The run time is a parameter so that a caller (and a test) can make two
 * refreshes of the same data produce identical workbooks.
 */
export function snapshotOf(
  result: SegmentResult,
  runAt: string = new Date().toISOString()
): TierSnapshot {
  const c = result.customers;
  return {
    runAt,
    asOf: result.asOf,
    schemeId: result.scheme.id,
    schemeName: { ...result.scheme.name },
    segments: result.scheme.segments.map((s) => ({ key: s.id, label: { ...s.label } })),
    ids: c.ids.slice(0, c.n),
    names: namesOf(c.names, c.n),
    abc: result.abc.cls.slice(0, c.n),
    segment: result.segment.slice(0, c.n),
    value: excelPrecision(result.abcValue.slice(0, c.n)),
    churn: result.churnWarning.slice(0, c.n),
    stage: result.stage.slice(0, c.n),
  };
}

/** A names column that is all blank says nothing: it is stored as "no names". */
function namesOf(names: (string | null)[] | null, n: number): (string | null)[] | null {
  if (names === null || !names.some((x) => x !== null && x !== "")) return null;
  return names.slice(0, n).map((x) => (x === "" ? null : x));
}

/**
 * Values as a cell keeps them: Excel holds 15 significant digits, so a value read back from the
 * history sheet can differ from the run's own in the last bits. Rounded here, both sides of a
 * comparison are the same numbers and an unchanged refresh is recognised as unchanged.
 */
function excelPrecision(values: Float64Array): Float64Array {
  for (let i = 0; i < values.length; i++)
    if (Number.isFinite(values[i])) values[i] = Number(values[i].toPrecision(15));
  return values;
}
