// TIER.BGNBD_FIT and TIER.PNBD_FIT: the BG/NBD or Pareto/NBD parameters fitted by the core's
// maximum likelihood (method.md section 4) to the rows given, spilled as two rows: the names
// (r, alpha, a, b or r, alpha, s, beta) over their values, which TIER.P_ALIVE and
// TIER.EXPECTED_PURCHASES take as they are. A fit on a large range takes seconds: it runs in
// slices that give Excel's thread back (yielding.ts), so the functions return promises.
import { fitBgNbdSteps, fitParetoNbdSteps, formatMessage, type Language } from "../core";
import { PARAM_NAMES, PARETO_PARAM_NAMES } from "./bgNbdParams";
import { guardAsync } from "./guard";
import { displayLanguage } from "./language";
import { ROW_PROBLEM } from "./numberRows";
import { FormulaProblem, problemError, type Problem } from "./problems";
import { readHistory } from "./purchaseHistory";
import { nextTurn, runYielding } from "./yielding";

const shown = (x: number): string => x.toPrecision(4);

/**
 * Every non-blank row must be a usable history: a fit that quietly left a row out would give
 * parameters of other data than the user selected.
 */
function firstProblem(rows: ReturnType<typeof readHistory>["rows"]): Problem | undefined {
  for (let i = 0; i < rows.n; i++) if (rows.status[i] === ROW_PROBLEM) return rows.problems.get(i);
  return undefined;
}

export function bgNbdFitCells(
  frequency: unknown,
  recency: unknown,
  T: unknown
): Promise<unknown[][]> {
  return fitCells(frequency, recency, T, "bgnbd");
}

export function pnbdFitCells(
  frequency: unknown,
  recency: unknown,
  T: unknown
): Promise<unknown[][]> {
  return fitCells(frequency, recency, T, "pnbd");
}

function fitCells(
  frequency: unknown,
  recency: unknown,
  T: unknown,
  model: "bgnbd" | "pnbd"
): Promise<unknown[][]> {
  const language: Language = displayLanguage();
  return guardAsync(
    () => language,
    async () => {
      const { rows, history } = readHistory(frequency, recency, T);
      const problem = firstProblem(rows);
      if (problem) throw new FormulaProblem(problem.key, problem.params, problem.reason);
      // Reading the range and fitting are separate tasks; the fit yields as it goes.
      await nextTurn();
      const fit = await runYielding((pause) =>
        model === "pnbd" ? fitParetoNbdSteps(history, {}, pause) : fitBgNbdSteps(history, {}, pause)
      );
      const keys = model === "pnbd" ? PARETO_PARAM_NAMES : PARAM_NAMES;
      const names: unknown[] = [...keys];
      const values = fit.params as unknown as Record<string, number>;
      if (fit.message === "fit.noCustomers") throw new FormulaProblem(fit.message, {});
      if (!fit.converged) {
        const reason = formatMessage(fit.message ?? "fit.notConverged", {}, language);
        const best = Object.fromEntries(keys.map((k) => [k, shown(values[k])]));
        const key = model === "pnbd" ? "fn.pnbdFitFailed" : "fn.fitFailed";
        const failed = problemError({ key, params: { reason, ...best } }, language);
        return [names, names.map(() => failed)];
      }
      return [names, keys.map((k) => values[k])];
    }
  );
}
