// The default terminal report: what was read, the ABC and segment breakdowns as tables, and
// the first rejected rows, all in the run's language.
import Table from "cli-table3";
import {
  type DuplicateRow,
  formatMessage,
  type GroupSummary,
  label,
  type Language,
  probabilisticWarnings,
  PURCHASE_MODEL_NAMES,
  thresholdRows,
  type RejectedRow,
  type SegmentResult,
} from "../core";
import { cliText, type CliMessageKey } from "./messages";
import { fixedDigits, numberFormats, WHOLE, type NumberFormats } from "./numberFormats";
import type { LoadedInput } from "./readInput";
import { fileLine, rowCountsText, warningLines } from "./reportHeader";
import { terminalSafe } from "./terminalText";

/** Rejected rows listed in full; the rest are counted. */
export const REJECTED_SHOWN = 20;

const NONE = "–";

const FORMATS = {
  count: WHOLE,
  money: fixedDigits(2),
  mean: fixedDigits(2),
  share: { style: "percent", ...fixedDigits(1) },
  discount: { style: "percent", maximumFractionDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;

type Formats = NumberFormats<keyof typeof FORMATS>;

const orNone = (x: number | null, f: Intl.NumberFormat): string =>
  x === null ? NONE : f.format(x);

/** Plain tables: no colours, so piped output stays clean. */
export function plainTable(head: string[], alignRightFrom: number): Table.Table {
  return new Table({
    head,
    style: { head: [], border: [], compact: true },
    colAligns: head.map((_, i) => (i >= alignRightFrom ? "right" : "left")),
  });
}

function groupTable(
  firstHeader: string,
  groups: GroupSummary[],
  language: Language,
  f: Formats
): string {
  const head = [
    firstHeader,
    ...(
      ["customers", "customerShare", "value", "valueShare", "meanR", "meanF", "meanM"] as const
    ).map((k) => label(`col.${k}`, language)),
  ];
  const table = plainTable(head, 1);
  for (const g of groups) {
    table.push([
      g.label,
      f.count.format(g.customers),
      f.share.format(g.customerShare),
      f.money.format(g.value),
      f.share.format(g.valueShare),
      orNone(g.meanR, f.mean),
      orNone(g.meanF, f.mean),
      orNone(g.meanM, f.mean),
    ]);
  }
  return table.toString();
}

function headerLines(
  result: SegmentResult,
  loaded: LoadedInput,
  file: string,
  language: Language,
  f: Formats
): string[] {
  const t = (key: CliMessageKey, params = {}): string => cliText(key, params, language);
  const c = result.counts;
  const rows = rowCountsText(c, language, f.count);
  const duplicates =
    c.duplicates > 0
      ? `, ${t("report.duplicates", { duplicates: f.count.format(c.duplicates) })}`
      : "";
  return [
    fileLine(loaded, file, language),
    `${t("report.shape")}: ${label(`shape.${result.shape}`, language)} · ${t("report.rows")}: ${rows}${duplicates}`,
    `${t("report.asOf")}: ${result.asOf} · ${t("report.clv")}: ${label(`clvKind.${result.clvKind}`, language)}`,
    ...clvModelLine(result, language, f),
    ...warningLines(result.warnings, language),
  ];
}

/**
 * Which CLV the run used, when the probabilistic one was asked for: its model, horizon and
 * discount, or that the simple CLV stands in (the notes below say why). Nothing otherwise.
 */
function clvModelLine(result: SegmentResult, language: Language, f: Formats): string[] {
  if (result.options.clv.model !== "probabilistic") return [];
  const p = result.probabilistic;
  const used =
    result.clvModel === "probabilistic" && p !== null
      ? cliText(
          "report.clvModelProbabilistic",
          {
            model: PURCHASE_MODEL_NAMES[p.model],
            months: p.horizonMonths,
            discount: f.discount.format(p.monthlyDiscount),
          },
          language
        )
      : cliText("report.clvModelFellBack", {}, language);
  return [`${cliText("report.clvModel", {}, language)}: ${used}`];
}

function columnText(r: RejectedRow): string {
  if (r.column === null) return "";
  return r.header ? `${r.column} (${r.header})` : r.column;
}

export function rejectedSection(
  rejected: RejectedRow[],
  language: Language,
  f: Pick<Formats, "count">
): string[] {
  if (rejected.length === 0) return [cliText("report.noRejected", {}, language)];
  const title = cliText(
    "report.rejectedTitle",
    { count: f.count.format(rejected.length) },
    language
  );
  const table = plainTable(
    [label("col.row", language), label("col.column", language), label("col.reason", language)],
    99
  );
  for (const r of rejected.slice(0, REJECTED_SHOWN)) {
    const reason = formatMessage(`reason.${r.reason}`, r.params, language);
    table.push([r.row, terminalSafe(columnText(r)), terminalSafe(reason)]);
  }
  const more = rejected.length - REJECTED_SHOWN;
  const tail = more > 0 ? [cliText("report.more", { count: f.count.format(more) }, language)] : [];
  return [title, table.toString(), ...tail];
}

/** Duplicates the user chose to keep are not in the rejected list: name them here. */
function keptDuplicatesLine(duplicates: DuplicateRow[], language: Language, f: Formats): string[] {
  const kept = duplicates.filter((d) => !d.removed);
  if (kept.length === 0) return [];
  const shown = kept
    .slice(0, REJECTED_SHOWN)
    .map((d) => cliText("report.duplicateOf", { row: d.row, firstRow: d.firstRow }, language));
  const more =
    kept.length > REJECTED_SHOWN
      ? [cliText("report.more", { count: f.count.format(kept.length - REJECTED_SHOWN) }, language)]
      : [];
  const rows = [...shown, ...more].join(", ");
  return [
    "",
    cliText("report.keptDuplicates", { count: f.count.format(kept.length), rows }, language),
  ];
}

/** Score by score, the values of R (days), F and M it covers (method.md section 10). */
function thresholdsTable(result: SegmentResult, language: Language): string {
  const { header, rows } = thresholdRows(result.thresholds, language);
  const table = plainTable(header, 99);
  for (const [score, ...texts] of rows) table.push([String(score), ...texts]);
  return table.toString();
}

/**
 * With --out, the report is not printed: when the probabilistic CLV was asked for, stderr still
 * gets which CLV the file holds and what the fits' notes say (a fit that failed, q <= 1, ...),
 * as the pane's fit panel shows them. Nothing otherwise.
 */
export function clvModelNotes(result: SegmentResult, language: Language): string[] {
  if (result.options.clv.model !== "probabilistic") return [];
  const note = cliText("report.note", {}, language);
  return [
    ...clvModelLine(result, language, numberFormats(language, FORMATS)),
    ...probabilisticWarnings(result, language).map((w) => `${note}: ${w}`),
  ];
}

/**
 * The whole report as text (ends with a newline). `fits`: the probabilistic CLV's fit sections
 * (printClv.ts's, which prints with this file's tables), before the rejected rows.
 */
export function summaryText(
  result: SegmentResult,
  loaded: LoadedInput,
  file: string,
  language: Language,
  fits: string[] = []
): string {
  const f = numberFormats(language, FORMATS);
  const basis = cliText(`basis.${result.options.abc.basis}`, {}, language);
  // The "no purchase" group is only worth a line when someone is in it.
  const segments = result.summary.segments.filter((g) => g.key !== "noPurchase" || g.customers > 0);
  const lines = [
    ...headerLines(result, loaded, file, language, f),
    "",
    cliText("report.abcTitle", { basis }, language),
    groupTable(cliText("report.class", {}, language), result.summary.abc, language, f),
    "",
    cliText("report.segmentTitle", { scheme: result.scheme.name[language] }, language),
    groupTable(label("col.segment", language), segments, language, f),
    "",
    label("block.thresholds", language),
    thresholdsTable(result, language),
    "",
    ...(fits.length > 0 ? [...fits, ""] : []),
    ...rejectedSection(result.rejected, language, f),
    ...keptDuplicatesLine(result.duplicates, language, f),
  ];
  return lines.join("\n") + "\n";
}
