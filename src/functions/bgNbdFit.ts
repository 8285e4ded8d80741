// TIER.BGNBD_FIT: the BG/NBD parameters fitted by the core's maximum likelihood (method.md
// section 4) to the rows given, spilled as two rows: the names r, alpha, a, b over their values,
// which TIER.P_ALIVE and TIER.EXPECTED_PURCHASES take as they are.
import { fitBgNbd, formatMessage, type Language } from "../core";
import { PARAM_NAMES } from "./bgNbdParams";
import { guard } from "./guard";
import { displayLanguage } from "./language";
import { ROW_PROBLEM } from "./numberRows";
import { FormulaProblem, problemError, type Problem } from "./problems";
import { readHistory } from "./purchaseHistory";

const shown = (x: number): string => x.toPrecision(4);

/**
 * Every non-blank row must be a usable history: a fit that quietly left a row out would give
 * parameters of other data than the user selected.
 */
function firstProblem(rows: ReturnType<typeof readHistory>["rows"]): Problem | undefined {
  for (let i = 0; i < rows.n; i++) if (rows.status[i] === ROW_PROBLEM) return rows.problems.get(i);
  return undefined;
}

export function bgNbdFitCells(frequency: unknown, recency: unknown, T: unknown): unknown[][] {
  const language: Language = displayLanguage();
  return guard(
    () => language,
    () => {
      const { rows, history } = readHistory(frequency, recency, T);
      const problem = firstProblem(rows);
      if (problem) throw new FormulaProblem(problem.key, problem.params, problem.reason);
      const fit = fitBgNbd(history);
      const names: unknown[] = [...PARAM_NAMES];
      if (fit.message === "fit.noCustomers") throw new FormulaProblem(fit.message, {});
      if (!fit.converged) {
        const reason = formatMessage(fit.message ?? "fit.notConverged", {}, language);
        const p = fit.params;
        const failed = problemError(
          {
            key: "fn.fitFailed",
            params: { reason, r: shown(p.r), alpha: shown(p.alpha), a: shown(p.a), b: shown(p.b) },
          },
          language
        );
        return [names, names.map(() => failed)];
      }
      const { r, alpha, a, b } = fit.params;
      return [names, [r, alpha, a, b]];
    }
  );
}
