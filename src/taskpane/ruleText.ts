// Segment rule conditions as short text a user can edit in a table cell: "4-5" (a score range),
// "3" (one score), "high" / "low" (above or below the mean score), "" (any).
import type { ScoreCondition } from "../core";

export function conditionText(c: ScoreCondition | [number, number] | undefined): string {
  if (c === undefined) return "";
  if (c === "high" || c === "low") return c;
  return c[0] === c[1] ? String(c[0]) : `${c[0]}-${c[1]}`;
}

/** The condition, undefined for "any", or null when the text is not one of the forms above. */
export function parseCondition(text: string): [number, number] | "high" | "low" | undefined | null {
  const t = text.trim().toLowerCase();
  if (t === "") return undefined;
  if (t === "high" || t === "low") return t;
  const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(t);
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return lo <= hi ? [lo, hi] : null;
}
