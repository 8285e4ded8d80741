// The bench's closing table: one line per figure with median, min, max, the target and a verdict.
import type { Stats } from "./stats";

export interface Line {
  label: string;
  unit: "s" | "MB";
  stats: Stats | null;
  /** Upper bound on the median, or null when the figure has no target. */
  target: number | null;
  note?: string;
}

const WIDTHS = [50, 9, 9, 9, 9, 6];

function cells(values: string[]): string {
  return values.map((v, i) => (i === 0 ? v.padEnd(WIDTHS[i]) : v.padStart(WIDTHS[i]))).join(" ");
}

function format(x: number, unit: Line["unit"]): string {
  return unit === "s" ? x.toFixed(3) : x.toFixed(0);
}

export function renderTable(lines: Line[]): string {
  const out = [cells(["figure", "median", "min", "max", "target", "ok"])];
  out.push("-".repeat(WIDTHS.reduce((a, b) => a + b + 1, -1)));
  for (const line of lines) {
    const s = line.stats;
    const label = `${line.label} (${line.unit})`;
    const target = line.target === null ? "-" : `< ${line.target}`;
    const verdict =
      line.target === null || s === null ? "" : s.median < line.target ? "yes" : "MISS";
    if (s === null) out.push(cells([label, "n/a", "", "", target, line.note ?? ""]));
    else
      out.push(
        cells([
          label,
          format(s.median, line.unit),
          format(s.min, line.unit),
          format(s.max, line.unit),
          target,
          verdict,
        ])
      );
  }
  return out.join("\n");
}
