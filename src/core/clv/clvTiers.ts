// CLV tiers, method.md section 4: top 20% of customers by CLV high, next 30% mid, bottom 50% low.
import { descendingOrder } from "../abc/rankOrder";

export const CLV_TIERS = ["high", "mid", "low"] as const;
export type ClvTier = (typeof CLV_TIERS)[number];

/** Tier of a customer whose CLV is unknown (NaN). */
export const NO_CLV_TIER = 255;

export const HIGH_CUT = 0.2;
export const MID_CUT = 0.5;

/**
 * Index into CLV_TIERS per customer, 255 for NaN. Among the N customers with a CLV, in CLV order
 * (ties keep input order), the customer at 0-based position i is high while i / N < 0.2, mid while
 * i / N < 0.5, else low — the convention of ABC's customer-share mode. `order`:
 * descendingOrder(clv), when the caller has it already.
 */
export function clvTiers(clv: Float64Array, order: Int32Array = descendingOrder(clv)): Uint8Array {
  let known = 0;
  for (let i = 0; i < clv.length; i++) if (!Number.isNaN(clv[i])) known++;
  const tiers = new Uint8Array(clv.length).fill(NO_CLV_TIER);
  // NaN sorts last, so the first `known` positions are exactly the customers with a CLV.
  for (let i = 0; i < known; i++) {
    const position = i / known;
    tiers[order[i]] = position < HIGH_CUT ? 0 : position < MID_CUT ? 1 : 2;
  }
  return tiers;
}
