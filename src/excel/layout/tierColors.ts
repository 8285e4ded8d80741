// One colour per tier, the same in cells and charts, so A looks like A everywhere.

/** Strong colours for chart points, by ABC class (A, B, C) and by CLV tier (high, mid, low). */
export const TIER_CHART_COLORS = ["#2E7D32", "#F9A825", "#9E9E9E"] as const;

/** Light fills for tier cells, same order. */
export const TIER_CELL_FILLS = ["#C8E6C9", "#FFECB3", "#EEEEEE"] as const;

/** Series colours for the two-series share charts: customers, then value. */
export const SHARE_SERIES_COLORS = ["#5B9BD5", "#1F4E79"] as const;

/** Light fills for segment cells, by segment index (cycled past the end). */
export const SEGMENT_CELL_FILLS = [
  "#C8E6C9",
  "#DCEDC8",
  "#FFF9C4",
  "#FFE0B2",
  "#FFCDD2",
  "#E1BEE7",
  "#BBDEFB",
  "#B2EBF2",
  "#D7CCC8",
  "#F0F4C3",
  "#CFD8DC",
] as const;

/** Label text on a fill: white on a dark one, Excel's dark grey on a light one (WCAG luminance). */
export function labelColorOn(fill: string): string {
  const channel = (i: number): number => {
    const c = parseInt(fill.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with white (1.05 / (L + 0.05)) against with #404040 ((L + 0.05) / 0.1010).
  return 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.101 ? "#FFFFFF" : "#404040";
}
