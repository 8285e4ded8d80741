// The summary sheet's tables (method.md section 8): ABC classes, RFM segments, lifecycle stages,
// CLV tiers, the Pareto curve's points and the R x F grid, then (probabilistic CLV only) the
// fits, the calibration check and the P(alive) distribution. The charts are drawn from these.
import {
  type MessageKey,
  clean,
  dataWarningTexts,
  type ExplainedGroup,
  formatMessage,
  groupExplanations,
  type GroupSummary,
  type ParetoPoint,
  hasClv,
  label,
  type Language,
  PARETO_MARKS,
  thresholdRows,
  type SegmentResult,
} from "../../core";
import { type FormatName, type Grid, moneyFormat, type OutValue } from "./cellTypes";
import { accuracyBlocks, type AccuracyBlockId } from "./accuracyBlocks";
import { probabilisticBlocks, type ProbabilisticBlockId } from "./probabilisticBlocks";
import { safeText } from "./safeText";
import { tierIntervalBlocks } from "./clvTierIntervals";

export type BlockId =
  | "abc"
  | "segments"
  | "stages"
  | "clvTiers"
  | "pareto"
  | "rfGrid"
  | "thresholds"
  | ProbabilisticBlockId
  | "clvTierIntervals"
  | AccuracyBlockId
  | "dataWarnings";

/** Blocks written as plain cells rather than Excel tables. */
export const PLAIN_BLOCKS: readonly BlockId[] = [
  "rfGrid",
  "probabilisticNotes",
  "modelChoice",
  "dataWarnings",
];

/** Blocks of sentences: they run on over the empty cells to their right, never widen a column. */
export const NOTE_BLOCKS: readonly BlockId[] = [
  "probabilisticNotes",
  "modelChoice",
  "dataWarnings",
];

export interface Block {
  id: BlockId;
  title: string;
  grid: Grid;
}

const num = (x: number | null): OutValue => (x === null ? "" : (clean(x) ?? ""));

export function summaryBlocks(result: SegmentResult, language: Language): Block[] {
  const s = result.summary;
  const t = (key: MessageKey): string => label(key, language);
  const lines = groupExplanations(result, language);
  const groupGrid = (kind: ExplainedGroup, groups: GroupSummary[], header: string, clv: boolean) =>
    withExplanations(groupColumns(groups, header, language, clv), groups, lines[kind], language);
  // Without any CLV (no first purchase dates) no CLV column or CLV tiers: a note says why.
  const clv = hasClv(result);
  const clvTiers: Block[] = clv
    ? [
        {
          id: "clvTiers",
          title: t("block.clvTiers"),
          grid: groupGrid("clvTiers", s.clvTiers, t("col.clvTier"), true),
        },
      ]
    : [];
  const money = moneyFormat(result.currency);
  const blocks: Block[] = [
    { id: "abc", title: t("block.abc"), grid: groupGrid("abc", s.abc, t("col.abc"), clv) },
    {
      id: "segments",
      title: t("block.segments"),
      // Segments with customers first, in the scheme's order, then the empty ones: the segment
      // chart draws the leading rows only, in the table's order.
      grid: groupGrid("segments", emptyGroupsLast(s.segments), t("col.segment"), false),
    },
    {
      id: "stages",
      title: t("block.stages"),
      grid: groupGrid("stages", s.stages, t("col.stage"), false),
    },
    ...clvTiers,
    { id: "pareto", title: t("block.pareto"), grid: paretoGrid(result, language) },
    { id: "rfGrid", title: t("block.rfGrid"), grid: rfGrid(result, language) },
    { id: "thresholds", title: t("block.thresholds"), grid: thresholdsGrid(result, language) },
    // Last, so that switching the CLV model never moves the blocks every run has.
    ...probabilisticBlocks(result, language),
    ...accuracyBlocks(result, language),
    ...tierIntervalBlocks(result, language),
    ...dataWarningsBlock(result, language),
  ];
  return blocks.map((b) => ({ ...b, grid: { ...b.grid, moneyFormat: money } }));
}

/** The data warnings (method.md section 6), only when there are some. */
function dataWarningsBlock(result: SegmentResult, language: Language): Block[] {
  const texts = dataWarningTexts(result.warnings, language);
  if (texts.length === 0) return [];
  return [
    {
      id: "dataWarnings",
      title: label("block.dataWarnings", language),
      grid: {
        header: [label("col.warning", language)],
        formats: ["general"],
        rows: texts.map((text) => [safeText(text)]),
      },
    },
  ];
}

/** The columns of a group table by name (mean CLV only in the ABC and CLV-tier tables). */
export const GROUP_COLUMNS = [
  "group",
  "customers",
  "customerShare",
  "value",
  "valueShare",
  "meanR",
  "meanF",
  "meanM",
  "meanClv",
  "shortHistory",
] as const;
export type GroupColumn = (typeof GROUP_COLUMNS)[number];

/** The column of a Pareto mark, e.g. "mark80" for the 80% line. */
export const paretoMarkColumn = (mark: number): string => `mark${Math.round(mark * 100)}`;

/**
 * The last column of a group table: each group's rule and what to do, one sentence that runs on
 * over the empty cells to its right (the writer sizes the column by its header only).
 */
export const EXPLANATION_COLUMN = "explanation";

function withExplanations(
  grid: Grid,
  groups: GroupSummary[],
  lines: Record<string, string>,
  language: Language
): Grid {
  return {
    ...grid,
    header: [...grid.header, label("col.explanation", language)],
    formats: [...grid.formats, "general"],
    rows: grid.rows.map((row, i) => [...row, safeText(lines[groups[i].key] ?? "")]),
    names: [...(grid.names ?? []), EXPLANATION_COLUMN],
  };
}

/** The value share whose first point the Pareto chart marks (the 80% of "80/20"). */
export const PARETO_CROSSING = PARETO_MARKS[0];
/** The Pareto column holding that point's value share, blank in every other row. */
export const PARETO_CROSSING_COLUMN = "crossing";

/** Groups with customers first, each part in its given order. */
export function emptyGroupsLast(groups: GroupSummary[]): GroupSummary[] {
  return [...groups.filter((g) => g.customers > 0), ...groups.filter((g) => !(g.customers > 0))];
}

/** Group, customers, % customers, value, % value, mean R/F/M, mean CLV. */
function groupColumns(
  groups: GroupSummary[],
  groupHeader: string,
  language: Language,
  withClv: boolean
): Grid {
  const t = (key: MessageKey): string => label(key, language);
  const header = [
    groupHeader,
    t("col.customers"),
    t("col.customerShare"),
    t("col.value"),
    t("col.valueShare"),
  ];
  const formats: FormatName[] = ["general", "integer", "share", "money", "share"];
  header.push(t("col.meanR"), t("col.meanF"), t("col.meanM"));
  formats.push("number", "number", "number"); // mean R, F and M scores are not money
  if (withClv) {
    header.push(t("col.meanClv"));
    formats.push("money");
  }
  header.push(t("col.shortHistory"));
  formats.push("integer");
  const names = [...GROUP_COLUMNS.filter((c) => withClv || c !== "meanClv")];
  const rows = groups.map((g) => {
    const row: OutValue[] = [
      safeText(g.label),
      g.customers,
      num(g.customerShare),
      num(g.value),
      num(g.valueShare),
    ];
    row.push(num(g.meanR), num(g.meanF), num(g.meanM));
    if (withClv) row.push(num(g.meanClv));
    row.push(g.shortHistory);
    return row;
  });
  return { header, formats, rows, names };
}

/** The first Pareto point reaching PARETO_CROSSING of the value (the core always keeps it). */
export function paretoCrossing(points: readonly ParetoPoint[]): number {
  return points.findIndex((p) => p.valueShare >= PARETO_CROSSING);
}

/**
 * Cumulative % customers, cumulative % value, flat lines at the 80% and 95% marks, and the first
 * point reaching 80% of the value (blank in the other rows), which the chart marks.
 */
function paretoGrid(result: SegmentResult, language: Language): Grid {
  const points = result.summary.pareto;
  const share = (m: number): string => `${m * 100}%`;
  const marks = PARETO_MARKS.map((m) => formatMessage("col.mark", { share: share(m) }, language));
  const crossing = paretoCrossing(points);
  return {
    header: [
      label("col.cumCustomerShare", language),
      label("col.cumValueShare", language),
      ...marks,
      formatMessage("col.paretoCrossing", { share: share(PARETO_CROSSING) }, language),
    ],
    formats: ["share", "share", ...PARETO_MARKS.map((): FormatName => "share"), "share"],
    rows: points.map((p, i) => [
      num(p.customerShare),
      num(p.valueShare),
      ...PARETO_MARKS,
      i === crossing ? num(p.valueShare) : "",
    ]),
    names: [
      "cumCustomerShare",
      "cumValueShare",
      ...PARETO_MARKS.map(paretoMarkColumn),
      PARETO_CROSSING_COLUMN,
    ],
  };
}

/** Score 5 down to 1, the values of R (days), F and M each covers, as applied (method.md 10). */
function thresholdsGrid(result: SegmentResult, language: Language): Grid {
  const { header, rows } = thresholdRows(result.thresholds, language);
  return {
    header,
    formats: ["integer", "general", "general", "general"],
    rows: rows.map(([score, ...texts]) => [score, ...texts.map(safeText)]),
  };
}

/** Five rows (R 5 down to 1) by five columns (F 1 to 5) of customer counts. */
function rfGrid(result: SegmentResult, language: Language): Grid {
  const count = new Map(result.summary.rfGrid.map((c) => [`${c.r}${c.f}`, c.count]));
  const fs = [1, 2, 3, 4, 5];
  const rows = [5, 4, 3, 2, 1].map((r) => [`R${r}`, ...fs.map((f) => count.get(`${r}${f}`) ?? 0)]);
  return {
    header: [label("col.rfCorner", language), ...fs.map((f) => `F${f}`)],
    formats: ["general", ...fs.map((): FormatName => "integer")],
    rows,
  };
}
