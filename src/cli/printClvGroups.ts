// `tiering clv --group`: the comparison of the groups' fits as two terminal tables (figures, then
// parameters), from the core's groupTable so the sheet and the pane show the same.
import { type GroupColumnKind, groupTable, type Language, type ProbabilisticResult } from "../core";
import { cliText } from "./messages";
import { fixedDigits, numberFormats, WHOLE } from "./numberFormats";
import { plainTable } from "./printSummary";
import { terminalSafe } from "./terminalText";

const FORMATS = {
  count: WHOLE,
  param: { maximumSignificantDigits: 4 },
  two: fixedDigits(2),
  prob: fixedDigits(3),
} satisfies Record<string, Intl.NumberFormatOptions>;

/** Columns of groupTable in the first table; the rest (the parameters) go in the second. */
const FIGURE_KINDS: ReadonlySet<GroupColumnKind> = new Set(["count", "purchases", "money", "prob"]);

export function clvGroupLines(p: ProbabilisticResult, language: Language): string[] {
  if (p.groups === null) return [];
  const f = numberFormats(language, FORMATS);
  const table = groupTable(p.groups, p, language);
  const cell = (value: string | number, kind: GroupColumnKind): string => {
    if (typeof value === "string") return terminalSafe(value);
    if (!Number.isFinite(value)) return "–";
    const format = {
      text: f.two,
      count: f.count,
      param: f.param,
      purchases: f.two,
      money: f.two,
      prob: f.prob,
    };
    return format[kind].format(value);
  };
  const pickColumns = (keep: (kind: GroupColumnKind, i: number) => boolean) => {
    // The group and the fit (text) first, left-aligned; the figures after them, right-aligned.
    const kept = table.kinds.map((_, i) => i).filter((i) => i > 0 && keep(table.kinds[i], i));
    const text = kept.filter((i) => table.kinds[i] === "text");
    const columns = [0, ...text, ...kept.filter((i) => table.kinds[i] !== "text")];
    const out = plainTable(
      columns.map((i) => table.headers[i]),
      1 + text.length
    );
    for (const row of table.rows) out.push(columns.map((i) => cell(row[i], table.kinds[i])));
    return out.toString();
  };
  const title = cliText(
    "clvReport.groupsTitle",
    {
      minCustomers: p.groups.minCustomers,
      minRepeatBuyers: p.groups.minRepeatBuyers,
    },
    language
  );
  return [
    "",
    title,
    pickColumns((kind, i) => FIGURE_KINDS.has(kind) || (kind === "text" && i > 0)),
    pickColumns((kind) => kind === "param"),
  ];
}
