// fast-check arbitraries for tier snapshots: any text in ids and names, unknown and negative
// values, customers without a segment, and pairs of runs that share some customers.
import fc from "fast-check";
import type { SegmentLabel, TierSnapshot } from "../../../src/core/migration";
import { STAGES } from "../../../src/core/types";

const text = (minLength: number): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ minLength }), fc.string({ unit: "grapheme", minLength }));

export const segmentLists: fc.Arbitrary<SegmentLabel[]> = fc
  .uniqueArray(text(1), { maxLength: 6 })
  .chain((keys) =>
    fc
      .tuple(...keys.map(() => fc.tuple(text(0), text(0))))
      .map((labels) =>
        keys.map((key, i) => ({ key, label: { "zh-CN": labels[i][0], "en-US": labels[i][1] } }))
      )
  );

/** Money with cents, sometimes unknown (NaN), sometimes zero or negative. */
const values: fc.Arbitrary<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(NaN) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0) },
  { weight: 8, arbitrary: fc.integer({ min: -10_000_00, max: 1_000_000_00 }).map((c) => c / 100) },
  // Any double a cell can hold, short of the ones whose sum over a few customers overflows to
  // Infinity: sums in two orders then differ by Infinity - Infinity, which is no answer at all.
  { weight: 2, arbitrary: fc.double({ min: -1e300, max: 1e300, noNaN: true }) }
);

interface CustomerTiers {
  abc: number;
  segment: number;
  value: number;
  churn: number;
  stage: number;
  name: string | null;
}

function customerTiers(segmentCount: number): fc.Arbitrary<CustomerTiers> {
  return fc.record({
    abc: fc.integer({ min: 0, max: 2 }),
    segment: fc.integer({ min: -1, max: segmentCount - 1 }),
    value: values,
    churn: fc.integer({ min: 0, max: 1 }),
    stage: fc.integer({ min: 0, max: STAGES.length - 1 }),
    name: fc.option(text(1)),
  });
}

/** A snapshot of exactly these customers. */
export function snapshotOfIds(ids: string[]): fc.Arbitrary<TierSnapshot> {
  return segmentLists.chain((segments) =>
    fc
      .record({
        runAt: text(0),
        asOf: text(0),
        schemeId: text(1),
        schemeName: fc.record({ "zh-CN": text(0), "en-US": text(0) }),
        withNames: fc.boolean(),
        customers: fc.array(customerTiers(segments.length), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
      })
      .map((r) => build(ids, segments, r))
  );
}

function build(
  ids: string[],
  segments: SegmentLabel[],
  r: {
    runAt: string;
    asOf: string;
    schemeId: string;
    schemeName: { "zh-CN": string; "en-US": string };
    withNames: boolean;
    customers: CustomerTiers[];
  }
): TierSnapshot {
  const names = r.customers.map((c) => c.name);
  return {
    runAt: r.runAt,
    asOf: r.asOf,
    schemeId: r.schemeId,
    schemeName: r.schemeName,
    segments,
    ids,
    // A snapshot's names are null exactly when nobody has one (snapshotOf's rule).
    names: r.withNames && names.some((x) => x !== null) ? names : null,
    abc: Uint8Array.from(r.customers.map((c) => c.abc)),
    segment: Int16Array.from(r.customers.map((c) => c.segment)),
    value: Float64Array.from(r.customers.map((c) => c.value)),
    churn: Uint8Array.from(r.customers.map((c) => c.churn)),
    stage: Uint8Array.from(r.customers.map((c) => c.stage)),
  };
}

export const snapshots: fc.Arbitrary<TierSnapshot> = fc
  .uniqueArray(text(1), { maxLength: 30 })
  .chain(snapshotOfIds);

/**
 * Two runs over one pool of short ids, so that many customers are in both, some only in one.
 * Half the time the second run keeps the first one's scheme, as a refresh does.
 */
export const snapshotPairs: fc.Arbitrary<[TierSnapshot, TierSnapshot]> = fc
  .uniqueArray(
    fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "e"), minLength: 1, maxLength: 3 }),
    {
      maxLength: 40,
    }
  )
  .chain((pool) => fc.tuple(fc.subarray(pool), fc.shuffledSubarray(pool), fc.boolean()))
  .chain(([before, now, sameScheme]) =>
    fc
      .tuple(snapshotOfIds(before), snapshotOfIds(now))
      .map(([a, b]): [TierSnapshot, TierSnapshot] => {
        if (!sameScheme) return [a, b];
        const segment = b.segment.map((s) => (s >= a.segments.length ? -1 : s));
        return [
          a,
          { ...b, schemeId: a.schemeId, schemeName: a.schemeName, segments: a.segments, segment },
        ];
      })
  );
