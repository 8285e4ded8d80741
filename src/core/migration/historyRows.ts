// A tier snapshot as plain rows for a hidden worksheet, and back. The settings store is too small
// for 100,000 customers; a sheet is not, if the rows stay narrow: one header row, then one row of
// seven cells per customer, numbers as numbers.
//
// Header row: mark, format version, customer count, run time, as-of date, scheme id, and the
// scheme's name and segments as JSON ({"name": {...}, "segments": [{"key", "label"}]}).
// Customer row: id, name ("" when none), ABC letter, segment index ("" when none), value ("" when
// unknown), stage index (into STAGES), churn warning (0/1).
//
// Every string cell must be written as text (through safeText): an id such as "00123" or an
// as-of date would otherwise come back from Excel as a number.
import { ABC_LABELS } from "../abc";
import { columnLetter } from "../columns/columnLetter";
import { STAGES, type LocalizedText } from "../types";
import { LANGUAGES } from "../vocabulary";
import type { HistoryError } from "./historyError";
import type { SegmentLabel, TierSnapshot } from "./tierSnapshot";

export const HISTORY_MARK = "CustomerTiers.history";
export const HISTORY_VERSION = 1;
export const HISTORY_COLUMN_COUNT = 7;

export type HistoryCell = string | number;

export type HistoryRead = { ok: true; snapshot: TierSnapshot } | { ok: false; error: HistoryError };

/** Header cells. */
const H = { mark: 0, version: 1, count: 2, runAt: 3, asOf: 4, scheme: 5, schemeJson: 6 } as const;
/** Customer row cells. */
const C = { id: 0, name: 1, abc: 2, segment: 3, value: 4, stage: 5, churn: 6 } as const;

/** Header row included. */
export function historyRowCount(snapshot: TierSnapshot): number {
  return snapshot.ids.length + 1;
}

/** Rows [from, to) of the encoded history (row 0 is the header), for writing in chunks. */
export function historyRows(snapshot: TierSnapshot, from: number, to: number): HistoryCell[][] {
  const rows: HistoryCell[][] = new Array(Math.max(0, to - from));
  for (let i = from; i < to; i++)
    rows[i - from] = i === 0 ? headerRow(snapshot) : customerRow(snapshot, i - 1);
  return rows;
}

export function encodeHistory(snapshot: TierSnapshot): HistoryCell[][] {
  return historyRows(snapshot, 0, historyRowCount(snapshot));
}

function headerRow(s: TierSnapshot): HistoryCell[] {
  const scheme = {
    name: s.schemeName,
    segments: s.segments.map((x) => ({ key: x.key, label: x.label })),
  };
  return [
    HISTORY_MARK,
    HISTORY_VERSION,
    s.ids.length,
    s.runAt,
    s.asOf,
    s.schemeId,
    JSON.stringify(scheme),
  ];
}

function customerRow(s: TierSnapshot, k: number): HistoryCell[] {
  const segment = s.segment[k];
  const value = s.value[k];
  return [
    s.ids[k],
    s.names?.[k] ?? "",
    ABC_LABELS[s.abc[k]],
    segment < 0 ? "" : segment,
    // Excel cannot hold NaN or infinities; -0 would come back as 0 anyway.
    Number.isFinite(value) ? value + 0 : "",
    s.stage[k],
    s.churn[k],
  ];
}

/** Stops decoding at the first bad cell; caught in decodeHistory, never seen outside. */
class Invalid {
  constructor(readonly error: HistoryError) {}
}

const corrupt = (row: number, column: number): Invalid =>
  new Invalid({ code: "corrupt", params: { row: row + 1, column: columnLetter(column) } });

/**
 * The snapshot in rows read back from the sheet (Range.values: blanks are ""), or why it cannot
 * be used. Never throws: whatever a user or another program left there gives a typed error, and a
 * snapshot is returned only when every cell is one we could have written.
 */
export function decodeHistory(rows: unknown): HistoryRead {
  try {
    return { ok: true, snapshot: decode(rows) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.error };
    throw e;
  }
}

function decode(rows: unknown): TierSnapshot {
  if (!Array.isArray(rows) || rows.length === 0 || isBlankRow(rows[0]))
    throw new Invalid({ code: "empty", params: {} });
  const first: unknown = rows[0];
  if (!Array.isArray(first) || first[H.mark] !== HISTORY_MARK)
    throw new Invalid({ code: "notHistory", params: {} });
  // A newer format may have any shape: its version is checked before anything else.
  checkVersion(first[H.version]);
  const meta = readHeader(rowAt(rows, 0));
  const n = meta.count;
  if (rows.length < n + 1) throw corrupt(rows.length, C.id);
  for (let r = n + 1; r < rows.length; r++) if (!isBlankRow(rows[r])) throw corrupt(r, C.id);
  const s = emptySnapshot(meta, n);
  const seen = new Set<string>();
  let named = false;
  for (let k = 0; k < n; k++) {
    readCustomer(rowAt(rows, k + 1), k + 1, k, s, seen);
    if (s.names?.[k] !== null) named = true;
  }
  if (!named) s.names = null;
  return s;
}

interface HeaderMeta {
  count: number;
  runAt: string;
  asOf: string;
  schemeId: string;
  schemeName: LocalizedText;
  segments: SegmentLabel[];
}

function checkVersion(version: unknown): void {
  if (typeof version === "number" && Number.isInteger(version) && version > HISTORY_VERSION) {
    throw new Invalid({
      code: "newerVersion",
      params: { version, supported: HISTORY_VERSION },
    });
  }
  if (version !== HISTORY_VERSION) throw corrupt(0, H.version);
}

function readHeader(header: unknown[]): HeaderMeta {
  const count = header[H.count];
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0) throw corrupt(0, H.count);
  return {
    count,
    runAt: textAt(header, 0, H.runAt, true),
    asOf: textAt(header, 0, H.asOf, true),
    schemeId: textAt(header, 0, H.scheme, false),
    ...readScheme(header[H.schemeJson]),
  };
}

function readScheme(cell: unknown): { schemeName: LocalizedText; segments: SegmentLabel[] } {
  const bad = corrupt(0, H.schemeJson);
  const parsed = typeof cell === "string" ? parseJson(cell) : undefined;
  if (typeof parsed !== "object" || parsed === null) throw bad;
  const { name, segments } = parsed as { name?: unknown; segments?: unknown };
  const schemeName = asText(name);
  if (schemeName === null || !Array.isArray(segments)) throw bad;
  const keys = new Set<string>();
  return {
    schemeName,
    segments: segments.map((item: unknown): SegmentLabel => {
      const segment = asSegmentLabel(item);
      if (segment === null || keys.has(segment.key)) throw bad;
      keys.add(segment.key);
      return segment;
    }),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asSegmentLabel(item: unknown): SegmentLabel | null {
  if (typeof item !== "object" || item === null) return null;
  const { key, label } = item as { key?: unknown; label?: unknown };
  const text = asText(label);
  return typeof key === "string" && key !== "" && text !== null ? { key, label: text } : null;
}

/** A label in every language, or null when one is missing or not text. */
function asText(value: unknown): LocalizedText | null {
  if (typeof value !== "object" || value === null) return null;
  const text = value as Record<string, unknown>;
  if (!LANGUAGES.every((l) => typeof text[l] === "string")) return null;
  return Object.fromEntries(LANGUAGES.map((l) => [l, text[l]])) as LocalizedText;
}

function emptySnapshot(meta: HeaderMeta, n: number): TierSnapshot {
  return {
    runAt: meta.runAt,
    asOf: meta.asOf,
    schemeId: meta.schemeId,
    schemeName: meta.schemeName,
    segments: meta.segments,
    ids: new Array<string>(n),
    names: new Array<string | null>(n),
    abc: new Uint8Array(n),
    segment: new Int16Array(n),
    value: new Float64Array(n),
    churn: new Uint8Array(n),
    stage: new Uint8Array(n),
  };
}

function readCustomer(
  row: unknown[],
  r: number,
  k: number,
  s: TierSnapshot,
  seen: Set<string>
): void {
  const id = textAt(row, r, C.id, false);
  if (seen.has(id)) throw corrupt(r, C.id);
  seen.add(id);
  s.ids[k] = id;
  const name = textAt(row, r, C.name, true);
  if (s.names) s.names[k] = name === "" ? null : name;
  const abc = ABC_LABELS.indexOf(row[C.abc] as (typeof ABC_LABELS)[number]);
  if (abc < 0) throw corrupt(r, C.abc);
  s.abc[k] = abc;
  s.segment[k] = row[C.segment] === "" ? -1 : indexAt(row, r, C.segment, s.segments.length);
  s.value[k] = valueAt(row, r);
  s.stage[k] = indexAt(row, r, C.stage, STAGES.length);
  s.churn[k] = indexAt(row, r, C.churn, 2);
}

/** Row r as an array at least as wide as ours; anything else is not a row we wrote. */
function rowAt(rows: unknown[], r: number): unknown[] {
  const row: unknown = rows[r];
  if (!Array.isArray(row) || row.length < HISTORY_COLUMN_COUNT) throw corrupt(r, C.id);
  return row;
}

function textAt(row: unknown[], r: number, c: number, blankAllowed: boolean): string {
  const cell = row[c];
  if (typeof cell !== "string" || (!blankAllowed && cell === "")) throw corrupt(r, c);
  return cell;
}

/** An integer code in [0, size). */
function indexAt(row: unknown[], r: number, c: number, size: number): number {
  const cell = row[c];
  if (typeof cell !== "number" || !Number.isInteger(cell) || cell < 0 || cell >= size)
    throw corrupt(r, c);
  return cell;
}

function valueAt(row: unknown[], r: number): number {
  const cell = row[C.value];
  if (cell === "") return NaN;
  if (typeof cell !== "number" || !Number.isFinite(cell)) throw corrupt(r, C.value);
  return cell;
}

function isBlankRow(row: unknown): boolean {
  return Array.isArray(row) && row.every((cell) => cell === "" || cell === null);
}
