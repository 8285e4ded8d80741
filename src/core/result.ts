// What segment() returns: per-customer columns plus the summaries the charts need.
import type { SegmentOptions } from "./options";
import type {
  AbcResult,
  ColumnMapping,
  CustomerTable,
  DuplicateRow,
  GroupSummary,
  ParetoPoint,
  RejectedRow,
  RfCell,
  RfmScores,
  SegmentScheme,
  Shape,
  Warning,
} from "./types";

export interface RowCounts {
  /** Data rows given (header excluded). Always used + rejected + blank. */
  input: number;
  used: number;
  rejected: number;
  blank: number;
  /** Exact duplicates found (removed ones are also counted in rejected). */
  duplicates: number;
}

export interface Summaries {
  abc: GroupSummary[];
  segments: GroupSummary[];
  stages: GroupSummary[];
  clvTiers: GroupSummary[];
  pareto: ParetoPoint[];
  rfGrid: RfCell[];
  totals: { customers: number; purchasers: number; value: number; clv: number | null };
}

export interface SegmentResult {
  shape: Shape;
  /** The mapping used, after detection and the user's overrides. */
  mapping: ColumnMapping;
  /** Header texts (one per column; "" where none). */
  headers: string[];
  /** 0-based index of the header row within the input values, or null. */
  headerRowIndex: number | null;
  asOfDay: number;
  asOf: string;
  counts: RowCounts;
  rejected: RejectedRow[];
  duplicates: DuplicateRow[];
  warnings: Warning[];
  customers: CustomerTable;
  scores: RfmScores;
  rfmCode: Int16Array;
  rfmTotal: Uint8Array;
  scheme: SegmentScheme;
  /** Index into scheme.segments; -1 for customers without a purchase. */
  segment: Int16Array;
  /** The value ABC ranks by (net spend, profit or CLV per options.abc.basis). */
  abcValue: Float64Array;
  abc: AbcResult;
  clv: Float64Array;
  clvKind: "profit" | "revenue";
  /** 0 high, 1 mid, 2 low, 255 none. */
  clvTier: Uint8Array;
  valueScore: Float64Array;
  /** Tier by value score, customer share 20/30/50: 0 A, 1 B, 2 C. */
  valueTier: Uint8Array;
  /** Index into STAGES. */
  stage: Uint8Array;
  churnWarning: Uint8Array;
  /** Per input row (same indexing as SheetInput.values): customer index, or -1. */
  rowCustomer: Int32Array;
  summary: Summaries;
  options: SegmentOptions;
}

/** Progress of a long run, for a progress bar. */
export interface Progress {
  stage: "parsing" | "aggregating" | "scoring" | "summarising";
  /** 0..1 within the whole run. */
  fraction: number;
}

export interface RunHooks {
  onProgress?: (p: Progress) => void;
  /** Checked between chunks; when aborted, segment() throws CancelledError. */
  signal?: { readonly aborted: boolean };
}

/** Plain per-customer record, the CLI's JSON contract. */
export interface CustomerRecord {
  customer: string;
  recencyDays: number | null;
  frequency: number | null;
  monetary: number | null;
  r: number | null;
  f: number | null;
  m: number | null;
  rfmCode: number | null;
  rfmTotal: number | null;
  segment: string | null;
  abc: "A" | "B" | "C";
  clv: number | null;
  stage: string;
}
