// The migration sheet (method.md section 9): who moved between the last run and this one, as
// blocks of cells (the counts, the from/to matrices of ABC classes and segments, the lists of
// customers) and the native chart of the flows, in the display language.
import {
  type MessageKey,
  clean,
  type CustomerMove,
  type FlowMatrix,
  formatMessage,
  goneColumn,
  label,
  type Language,
  type Migration,
  newRow,
  NO_SEGMENT,
  type SegmentLabel,
} from "../../core";
import type { FormatName, Grid, OutValue } from "./cellTypes";
import { CHART_DEFAULTS, type ChartSpec } from "./chartSpecs";
import { safeText } from "./safeText";
import { TIER_CHART_COLORS } from "./tierColors";

export type MigrationBlockId =
  | "migrationHeadline"
  | "migrationAbcCounts"
  | "migrationAbcMovers"
  | "migrationAbcValueBefore"
  | "migrationAbcValueNow"
  | "migrationSegmentCounts"
  | "migrationSegmentValueBefore"
  | "migrationSegmentValueNow"
  | "migrationUpgraded"
  | "migrationDowngraded"
  | "migrationNew"
  | "migrationGone"
  | "migrationFormerAChurnRisk";

export interface MigrationBlock {
  id: MigrationBlockId;
  title: string;
  grid: Grid;
}

export type MigrationChartId = "migrationAbc";

/** A ChartSpec of the migration sheet: the same fields, drawn from a migration block. */
export type MigrationChartSpec = Omit<ChartSpec, "id" | "block"> & {
  id: MigrationChartId;
  block: MigrationBlockId;
};

/** Gone customers in the flow chart: apart from the tier colours, and a loss. */
const GONE_CHART_COLOR = "#C62828";

/** "37 customers moved up, 52 down, 12 new, 9 gone", for the pane and the sheet's title. */
export function migrationHeadline(m: Migration, language: Language): string {
  const { up, down, gone } = m.counts;
  const key = up === 1 ? "migration.headline.one" : "migration.headline";
  return formatMessage(key, { up, down, new: m.counts.new, gone }, language);
}

/** The sheet's title line, then a note when the two runs used different segment schemes. */
export function migrationTitleLines(m: Migration, language: Language): string[] {
  const title = formatMessage(
    "migration.title",
    {
      previousAsOf: m.previous.asOf,
      asOf: m.current.asOf,
      headline: migrationHeadline(m, language),
    },
    language
  );
  if (!m.schemeChanged) return [title];
  const note = formatMessage(
    "migration.schemeChanged",
    {
      previous: m.previous.schemeName[language],
      current: m.current.schemeName[language],
    },
    language
  );
  return [title, note];
}

export function migrationBlocks(m: Migration, language: Language): MigrationBlock[] {
  const t = (key: MessageKey): string => label(key, language);
  const abc = ABC_AXIS;
  const seg = segmentLabels(m, language);
  const matrix = (id: MigrationBlockId, key: MessageKey, grid: Grid): MigrationBlock => ({
    id,
    title: t(key),
    grid,
  });
  const list = (
    id: MigrationBlockId,
    key: MessageKey,
    moves: CustomerMove[],
    fields: Field[]
  ): MigrationBlock => ({
    id,
    title: t(key),
    grid: listGrid(m, moves, fields, language),
  });
  return [
    {
      id: "migrationHeadline",
      title: t("migration.block.headline"),
      grid: headlineGrid(m, language),
    },
    matrix("migrationAbcCounts", "migration.block.abcCounts", countGrid(m.abc, abc, language)),
    matrix("migrationAbcMovers", "migration.block.abcMovers", moversGrid(m.abc, abc, language)),
    matrix(
      "migrationAbcValueBefore",
      "migration.block.abcValueBefore",
      valueGrid(m.abc, abc, "before", language)
    ),
    matrix(
      "migrationAbcValueNow",
      "migration.block.abcValueNow",
      valueGrid(m.abc, abc, "now", language)
    ),
    matrix(
      "migrationSegmentCounts",
      "migration.block.segmentCounts",
      countGrid(m.segments, seg, language)
    ),
    matrix(
      "migrationSegmentValueBefore",
      "migration.block.segmentValueBefore",
      valueGrid(m.segments, seg, "before", language)
    ),
    matrix(
      "migrationSegmentValueNow",
      "migration.block.segmentValueNow",
      valueGrid(m.segments, seg, "now", language)
    ),
    list("migrationUpgraded", "migration.block.upgraded", m.upgraded, MOVED_FIELDS),
    list("migrationDowngraded", "migration.block.downgraded", m.downgraded, MOVED_FIELDS),
    list("migrationNew", "migration.block.new", m.newCustomers, NEW_FIELDS),
    list("migrationGone", "migration.block.gone", m.goneCustomers, GONE_FIELDS),
    {
      ...list(
        "migrationFormerAChurnRisk",
        "migration.block.formerAChurnRisk",
        m.formerAChurnRisk,
        FORMER_A_FIELDS
      ),
      title: formatMessage(
        "migration.block.formerAChurnRisk",
        { still: m.formerAStillAtRisk },
        language
      ),
    },
  ];
}

/**
 * Stacked columns, one per ABC class of the last run (and one for the new customers), each cut
 * into where those customers are now: another class or gone. Those who stayed in their class are
 * left out (the title counts them): beside thousands of stayers, a few dozen movers would be a
 * sliver. Drawn from the movers matrix, whose last column (the row total) is not a series.
 */
export function migrationChartSpecs(m: Migration, language: Language): MigrationChartSpec[] {
  return [
    {
      ...CHART_DEFAULTS,
      id: "migrationAbc",
      type: "ColumnStacked",
      block: "migrationAbcMovers",
      categoryColumn: "from",
      seriesColumns: [...ABC_AXIS.to, "gone"],
      title: formatMessage("migration.chart.abc", { stayed: count(stayers(m.abc)) }, language),
      categoryTitle: label("migration.axis.previousAbc", language),
      valueTitle: label("migration.axis.customers", language),
      valueFormat: "#,##0",
      valueMin: 0,
      colors: [...TIER_CHART_COLORS, GONE_CHART_COLOR],
    },
  ];
}

const count = (n: number): string => new Intl.NumberFormat("en-US").format(n);

/** Whether a cell of a flow matrix is a stay: the same category at both runs. */
function isStay(f: FlowMatrix, row: number, column: number): boolean {
  return row < f.fromKeys.length && f.fromKeys[row] === f.toKeys[column];
}

/** Customers in the same category at both runs. */
export function stayers(f: FlowMatrix): number {
  return f.counts.reduce(
    (total, row, i) => total + row.reduce((t, n, j) => t + (isStay(f, i, j) ? n : 0), 0),
    0
  );
}

/** The count matrix with the stays blank, and each row's total of movers. */
function moversGrid(f: FlowMatrix, axis: AxisLabels, language: Language): Grid {
  const grid = countGrid(f, axis, language);
  return {
    ...grid,
    rows: grid.rows.map((row, i) => {
      const moved = f.counts[i].map((n, j): OutValue => (isStay(f, i, j) ? "" : n));
      return [
        row[0],
        ...moved,
        sum(f.counts[i]) - sum(f.counts[i].filter((_, j) => isStay(f, i, j))),
      ];
    }),
  };
}

function headlineGrid(m: Migration, language: Language): Grid {
  const keys = ["up", "down", "same", "new", "gone"] as const;
  return {
    header: keys.map((k) => label(`migration.col.${k}`, language)),
    formats: keys.map((): FormatName => "integer"),
    rows: [keys.map((k) => m.counts[k])],
  };
}

/** Display texts of a matrix's categories, already safe to write. */
interface AxisLabels {
  from: string[];
  to: string[];
}

/** The class letters read the same in every language. */
const ABC_AXIS: AxisLabels = { from: ["A", "B", "C"], to: ["A", "B", "C"] };

/** Each run's segments by its own labels: the schemes may differ, and a user may rename one. */
function segmentLabels(m: Migration, language: Language): AxisLabels {
  const text = (segments: SegmentLabel[]) => (key: string) =>
    key === NO_SEGMENT
      ? label("migration.noSegment", language)
      : safeText(segments.find((s) => s.key === key)?.label[language] ?? key);
  return {
    from: m.segments.fromKeys.map(text(m.previous.segments)),
    to: m.segments.toKeys.map(text(m.current.segments)),
  };
}

/** Rows: last run's categories then "new"; columns: now's categories, "gone", and the row total. */
function matrixHeader(axis: AxisLabels, language: Language): string[] {
  const t = (key: MessageKey): string => label(key, language);
  return uniqueTexts([
    t("migration.col.corner"),
    ...axis.to,
    t("migration.col.gone"),
    t("migration.col.total"),
  ]);
}

function rowLabels(axis: AxisLabels, language: Language): string[] {
  return [...axis.from, label("migration.col.new", language)];
}

function countGrid(f: FlowMatrix, axis: AxisLabels, language: Language): Grid {
  const header = matrixHeader(axis, language);
  return {
    header,
    formats: ["general", ...header.slice(1).map((): FormatName => "integer")],
    rows: rowLabels(axis, language).map((text, i) => [text, ...f.counts[i], sum(f.counts[i])]),
    names: ["from", ...axis.to, "gone", "total"],
  };
}

/**
 * Values at the last run or now. Cells that cannot hold one (the new customers' value at the
 * last run, the gone customers' value now) are left blank rather than shown as 0.
 */
function valueGrid(
  f: FlowMatrix,
  axis: AxisLabels,
  when: "before" | "now",
  language: Language
): Grid {
  const header = matrixHeader(axis, language);
  const values = when === "before" ? f.valueBefore : f.valueNow;
  const rows = rowLabels(axis, language).map((text, i): OutValue[] => {
    const cells: OutValue[] = values[i].map((x, j) =>
      isVoid(f, i, j, when) ? "" : (clean(x) ?? "")
    );
    const total = isVoid(f, i, -1, when) ? "" : (clean(sum(values[i])) ?? "");
    return [text, ...cells, total];
  });
  return {
    header,
    formats: ["general", ...header.slice(1).map((): FormatName => "money")],
    rows,
  };
}

function isVoid(f: FlowMatrix, row: number, column: number, when: "before" | "now"): boolean {
  return when === "before" ? row === newRow(f) : column === goneColumn(f);
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Excel renames duplicate table headers on its own (case-insensitively); a user's segment may be
 * called "Total". Compared as Excel will hold them, without safeText's mark.
 */
function uniqueTexts(texts: string[]): string[] {
  const seen = new Set<string>();
  const key = (text: string): string => text.replace(/^'/, "").toLowerCase();
  return texts.map((text) => {
    let out = text;
    for (let n = 2; seen.has(key(out)); n++) out = `${text} (${n})`;
    seen.add(key(out));
    return out;
  });
}

type Field =
  "abcBefore" | "abcNow" | "segmentBefore" | "segmentNow" | "valueBefore" | "valueNow" | "stageNow";

const MOVED_FIELDS: Field[] = [
  "abcBefore",
  "abcNow",
  "segmentBefore",
  "segmentNow",
  "valueBefore",
  "valueNow",
];
const NEW_FIELDS: Field[] = ["abcNow", "segmentNow", "valueNow", "stageNow"];
const GONE_FIELDS: Field[] = ["abcBefore", "segmentBefore", "valueBefore"];
const FORMER_A_FIELDS: Field[] = [
  "abcNow",
  "segmentBefore",
  "segmentNow",
  "valueBefore",
  "valueNow",
  "stageNow",
];

const FIELD_FORMAT: Record<Field, FormatName> = {
  abcBefore: "general",
  abcNow: "general",
  segmentBefore: "general",
  segmentNow: "general",
  valueBefore: "money",
  valueNow: "money",
  stageNow: "general",
};

/** Customer (and name, when the data has names), then the fields of that list. */
function listGrid(m: Migration, moves: CustomerMove[], fields: Field[], language: Language): Grid {
  const t = (key: MessageKey): string => label(key, language);
  const names = m.hasNames;
  const header = [
    t("col.customer"),
    ...(names ? [t("col.customerName")] : []),
    ...fields.map((f) => t(`migration.col.${f}`)),
  ];
  const formats: FormatName[] = [
    "general",
    ...(names ? ["general" as const] : []),
    ...fields.map((f) => FIELD_FORMAT[f]),
  ];
  const cell = fieldCells(m, language);
  const rows = moves.map((move): OutValue[] => [
    safeText(move.id),
    ...(names ? [safeText(move.name ?? "")] : []),
    ...fields.map((f) => cell[f](move)),
  ]);
  return { header, formats, rows };
}

function fieldCells(
  m: Migration,
  language: Language
): Record<Field, (x: CustomerMove) => OutValue> {
  const segment = (segments: SegmentLabel[], key: string | null): OutValue => {
    if (key === null) return "";
    if (key === NO_SEGMENT) return label("migration.noSegment", language);
    return safeText(segments.find((s) => s.key === key)?.label[language] ?? key);
  };
  const money = (x: number | null): OutValue => (x === null ? "" : (clean(x) ?? ""));
  return {
    abcBefore: (x) => x.from ?? "",
    abcNow: (x) => x.to ?? "",
    segmentBefore: (x) => segment(m.previous.segments, x.segmentFrom),
    segmentNow: (x) => segment(m.current.segments, x.segmentTo),
    valueBefore: (x) => money(x.valueBefore),
    valueNow: (x) => money(x.valueNow),
    stageNow: (x) => (x.stageNow === null ? "" : label(`stage.${x.stageNow}`, language)),
  };
}
