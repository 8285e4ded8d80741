// TIER.ABC_CLASS: A, B or C per row by the core's ABC rules (method.md section 2), over the rows
// that hold a number; blank rows stay blank and a row that is not a number shows #VALUE!.
import {
  ABC_LABELS,
  ABC_MODES,
  type AbcMode,
  classifyAbc,
  DEFAULT_OPTIONS,
  type Language,
  resolveOptions,
  type SegmentOptions,
} from "../core";
import { guard } from "./guard";
import { displayLanguage } from "./language";
import { readNumberRows, ROW_BLANK, ROW_OK } from "./numberRows";
import { choice, numberOption } from "./options";
import { FormulaProblem, problemError, type Problem } from "./problems";
import { columnOf, laidOut } from "./ranges";

type AbcCuts = Pick<SegmentOptions["abc"], "valueCuts" | "countCuts" | "absoluteCuts">;
const CUTS_OF: Record<AbcMode, keyof AbcCuts> = {
  value: "valueCuts",
  count: "countCuts",
  absolute: "absoluteCuts",
};

/** a_cut and b_cut replace the mode's default cut-offs; shares are 0..1, amounts any size. */
function abcOptions(mode: AbcMode, aCut: unknown, bCut: unknown): SegmentOptions["abc"] {
  const key = CUTS_OF[mode];
  const [defaultA, defaultB] = DEFAULT_OPTIONS.abc[key];
  const range = mode === "absolute" ? { min: 0, max: Number.MAX_VALUE } : { min: 0, max: 1 };
  const a = numberOption(aCut, "a_cut", range, defaultA);
  const b = numberOption(bCut, "b_cut", range, defaultB);
  // Shares read "A below a, B below b"; amounts read "A above a, B from b": a is the higher line.
  const wrongOrder = mode === "absolute" ? a < b : a > b;
  if (wrongOrder) {
    throw new FormulaProblem(mode === "absolute" ? "fn.cutAbove" : "fn.cutBelow", {
      argument: "a_cut",
      other: "b_cut",
      value: a,
      otherValue: b,
    });
  }
  return resolveOptions({ abc: { mode, [key]: [a, b] } }).abc;
}

function classes(values: Float64Array, status: Uint8Array, abc: SegmentOptions["abc"]): string[] {
  const used: number[] = [];
  for (let i = 0; i < values.length; i++) if (status[i] === ROW_OK) used.push(i);
  const result = classifyAbc(
    Float64Array.from(used, (i) => values[i]),
    abc
  );
  const out = new Array<string>(values.length).fill("");
  used.forEach((i, k) => (out[i] = ABC_LABELS[result.cls[k]]));
  return out;
}

export function abcClassCells(
  values: unknown,
  mode: unknown,
  aCut: unknown,
  bCut: unknown
): unknown[][] {
  const language: Language = displayLanguage();
  return guard(
    () => language,
    () => {
      const abcMode = choice(mode, "mode", ABC_MODES, DEFAULT_OPTIONS.abc.mode);
      const abc = abcOptions(abcMode, aCut, bCut);
      const column = columnOf(values, "values");
      const rows = readNumberRows([column], column.cells.length);
      const labels = classes(rows.values[0], rows.status, abc);
      const out = labels.map((cls, i): unknown[] => {
        if (rows.status[i] === ROW_BLANK) return [""];
        if (rows.status[i] === ROW_OK) return [cls];
        return [problemError(rows.problems.get(i) as Problem, language)];
      });
      return laidOut(out, column.across);
    }
  );
}
