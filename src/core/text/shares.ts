// One rule for every share (a part of a whole measured from the data) wherever it is shown: the
// pane, the sheets' number format and the charts' labels. One decimal, so that a column of shares
// lines up and a sentence never mixes "40%" with "41.3%"; a share above 0 that would round to
// "0.0%" reads "<0.1%" (a hairline segment is not empty). Negative shares (returns) keep their sign.
// A threshold the user sets (80%, 95%) is written as set, and an axis's ticks are whole percents:
// neither is a figure read off the data.

/** Below this (and above 0) a share rounds to 0.0%. */
export const HAIRLINE_SHARE = 0.0005;

export const HAIRLINE_TEXT = "<0.1%";

/**
 * The share's Excel number format, with conditions (at most two, then the rest): "0.0%" from
 * 0.05% up, "<0.1%" for a hairline above 0, "0.0%" for 0 and for negatives, which a conditional
 * section shows with their minus sign.
 */
export const SHARE_FORMAT = `[>=${HAIRLINE_SHARE}]0.0%;[>0]"${HAIRLINE_TEXT}";0.0%`;

/** A share as text by the same rule ("41.3%", "<0.1%"); "–" when there is no figure. */
export function shareText(share: number): string {
  if (!Number.isFinite(share)) return "–";
  if (share > 0 && share < HAIRLINE_SHARE) return HAIRLINE_TEXT;
  return `${groupThousands((share * 100).toFixed(1))}%`;
}

function groupThousands(fixed: string): string {
  const [whole, fraction] = fixed.split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}
