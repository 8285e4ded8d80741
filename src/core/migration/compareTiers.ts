// Who moved between two runs (method.md section 9): the from/to matrices of ABC classes and of
// segments, the lists of upgraded, downgraded, new and gone customers, and the former A customers
// who now carry a churn warning. Customers are matched by the core's customer id.
import { ABC_LABELS, descendingOrder } from "../abc";
import { STAGES, type AbcClass, type LocalizedText, type Stage } from "../types";
import { abcDirection } from "./abcDirection";
import { addFlow, emptyFlowMatrix, goneColumn, newRow, type FlowMatrix } from "./flowMatrix";
import type { SegmentLabel, TierSnapshot } from "./tierSnapshot";

/** Segment key of a customer without a purchase (a scheme's segment ids are never blank). */
export const NO_SEGMENT = "";

export interface RunInfo {
  runAt: string;
  asOf: string;
  schemeId: string;
  schemeName: LocalizedText;
  segments: SegmentLabel[];
}

export interface CustomerMove {
  id: string;
  /** The name now, else the one the last run knew, else null. */
  name: string | null;
  /** ABC class at the last run; null for a new customer. */
  from: AbcClass | null;
  /** ABC class now; null for a gone customer. */
  to: AbcClass | null;
  /** Segment key at the last run (NO_SEGMENT without a purchase); null for a new customer. */
  segmentFrom: string | null;
  segmentTo: string | null;
  /** Null when not in that run or unknown. */
  valueBefore: number | null;
  valueNow: number | null;
  /** Lifecycle stage now; null for a gone customer. */
  stageNow: Stage | null;
}

export interface MoveCounts {
  up: number;
  down: number;
  new: number;
  gone: number;
  same: number;
}

export interface Migration {
  previous: RunInfo;
  current: RunInfo;
  /** The two runs used different segment schemes: the segment matrix crosses two schemes. */
  schemeChanged: boolean;
  /** Some customer has a name (lists may then show a name column). */
  hasNames: boolean;
  counts: MoveCounts;
  /** Rows A, B, C (then new); columns A, B, C (then gone). */
  abc: FlowMatrix;
  /** Rows: the last run's segment keys (then new); columns: today's (then gone). */
  segments: FlowMatrix;
  /** Sorted by value now, largest first. */
  upgraded: CustomerMove[];
  /** Sorted by value at the last run, largest first: what is at stake comes first. */
  downgraded: CustomerMove[];
  /** Sorted by value now. */
  newCustomers: CustomerMove[];
  /** Sorted by value at the last run. */
  goneCustomers: CustomerMove[];
  /**
   * A at the last run, now with a churn warning (at risk or lost) and without one at the last run:
   * the news (method.md section 6); by value at the last run.
   */
  formerAChurnRisk: CustomerMove[];
  /** A at the last run and warned both then and now: counted, never presented as news. */
  formerAStillAtRisk: number;
}

const A = 0;
const AT_RISK = STAGES.indexOf("atRisk");
const LOST = STAGES.indexOf("lost");

/** Ids must be unique within each snapshot (snapshotOf and decodeHistory guarantee it). */
export function compareTiers(previous: TierSnapshot, current: TierSnapshot): Migration {
  const m = emptyMigration(previous, current);
  const before = new Map<string, number>();
  previous.ids.forEach((id, p) => before.set(id, p));
  const matched = new Uint8Array(previous.ids.length);
  for (let k = 0; k < current.ids.length; k++) {
    const p = before.get(current.ids[k]);
    if (p === undefined) {
      addNew(m, current, k);
    } else {
      matched[p] = 1;
      addKept(m, previous, p, current, k);
    }
  }
  for (let p = 0; p < previous.ids.length; p++) if (!matched[p]) addGone(m, previous, p);
  sortLists(m);
  return m;
}

function emptyMigration(previous: TierSnapshot, current: TierSnapshot): Migration {
  return {
    previous: runInfo(previous),
    current: runInfo(current),
    schemeChanged: previous.schemeId !== current.schemeId || !sameKeys(previous, current),
    hasNames: previous.names !== null || current.names !== null,
    counts: { up: 0, down: 0, new: 0, gone: 0, same: 0 },
    abc: emptyFlowMatrix([...ABC_LABELS], [...ABC_LABELS]),
    segments: emptyFlowMatrix(segmentKeys(previous), segmentKeys(current)),
    upgraded: [],
    downgraded: [],
    newCustomers: [],
    goneCustomers: [],
    formerAChurnRisk: [],
    formerAStillAtRisk: 0,
  };
}

function runInfo(s: TierSnapshot): RunInfo {
  return {
    runAt: s.runAt,
    asOf: s.asOf,
    schemeId: s.schemeId,
    schemeName: s.schemeName,
    segments: s.segments,
  };
}

function sameKeys(a: TierSnapshot, b: TierSnapshot): boolean {
  return (
    a.segments.length === b.segments.length &&
    a.segments.every((s, i) => s.key === b.segments[i].key)
  );
}

/** The scheme's segment keys, then NO_SEGMENT when some customer of the run had no purchase. */
function segmentKeys(s: TierSnapshot): string[] {
  const keys = s.segments.map((x) => x.key);
  return s.segment.includes(-1) ? [...keys, NO_SEGMENT] : keys;
}

/** Matrix index of a customer's segment: its code, or the NO_SEGMENT slot after the scheme's. */
function segmentIndex(s: TierSnapshot, k: number): number {
  const code = s.segment[k];
  return code < 0 ? s.segments.length : code;
}

function segmentKey(s: TierSnapshot, k: number): string {
  const code = s.segment[k];
  return code < 0 ? NO_SEGMENT : s.segments[code].key;
}

const known = (x: number): number | null => (Number.isFinite(x) ? x : null);

function addNew(m: Migration, current: TierSnapshot, k: number): void {
  const now = current.value[k];
  addFlow(m.abc, newRow(m.abc), current.abc[k], NaN, now);
  addFlow(m.segments, newRow(m.segments), segmentIndex(current, k), NaN, now);
  m.counts.new++;
  m.newCustomers.push(move(null, -1, current, k));
}

function addGone(m: Migration, previous: TierSnapshot, p: number): void {
  const before = previous.value[p];
  addFlow(m.abc, previous.abc[p], goneColumn(m.abc), before, NaN);
  addFlow(m.segments, segmentIndex(previous, p), goneColumn(m.segments), before, NaN);
  m.counts.gone++;
  m.goneCustomers.push(move(previous, p, null, -1));
}

function addKept(
  m: Migration,
  previous: TierSnapshot,
  p: number,
  current: TierSnapshot,
  k: number
): void {
  const before = previous.value[p];
  const now = current.value[k];
  addFlow(m.abc, previous.abc[p], current.abc[k], before, now);
  addFlow(m.segments, segmentIndex(previous, p), segmentIndex(current, k), before, now);
  const direction = abcDirection(previous.abc[p], current.abc[k]);
  if (direction === "up") m.upgraded.push(move(previous, p, current, k));
  else if (direction === "down") m.downgraded.push(move(previous, p, current, k));
  if (direction !== "new") m.counts[direction]++;
  if (previous.abc[p] === A && warned(current, k)) {
    if (warned(previous, p)) m.formerAStillAtRisk++;
    else m.formerAChurnRisk.push(move(previous, p, current, k));
  }
}

function warned(s: TierSnapshot, k: number): boolean {
  return s.churn[k] === 1 || s.stage[k] === AT_RISK || s.stage[k] === LOST;
}

function move(
  previous: TierSnapshot | null,
  p: number,
  current: TierSnapshot | null,
  k: number
): CustomerMove {
  const id = current ? current.ids[k] : (previous?.ids[p] ?? "");
  return {
    id,
    name: current?.names?.[k] ?? previous?.names?.[p] ?? null,
    from: previous ? ABC_LABELS[previous.abc[p]] : null,
    to: current ? ABC_LABELS[current.abc[k]] : null,
    segmentFrom: previous ? segmentKey(previous, p) : null,
    segmentTo: current ? segmentKey(current, k) : null,
    valueBefore: previous ? known(previous.value[p]) : null,
    valueNow: current ? known(current.value[k]) : null,
    stageNow: current ? STAGES[current.stage[k]] : null,
  };
}

function sortLists(m: Migration): void {
  m.upgraded = largestFirst(m.upgraded, "valueNow");
  m.downgraded = largestFirst(m.downgraded, "valueBefore");
  m.newCustomers = largestFirst(m.newCustomers, "valueNow");
  m.goneCustomers = largestFirst(m.goneCustomers, "valueBefore");
  m.formerAChurnRisk = largestFirst(m.formerAChurnRisk, "valueBefore");
}

/**
 * Largest first, unknown values last, ties in the order the list was built. The ABC ranking's
 * radix order does exactly that, several times faster than a comparator sort on 30,000 moves.
 */
function largestFirst(moves: CustomerMove[], field: "valueBefore" | "valueNow"): CustomerMove[] {
  const keys = Float64Array.from(moves, (x) => x[field] ?? NaN);
  return Array.from(descendingOrder(keys), (i) => moves[i]);
}
