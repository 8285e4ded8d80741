// Turns on =TIER.* formulas in the preview's workbook: the functions module registers itself with
// the stand-in runtime (standInRuntime must be imported first), the metadata says how to call
// each function, and the page's language stands in for Office's display language.
import "./standInRuntime";
import "../../functions/functions";
import "../../functions/offThread/analysisWorker";
import type { InMemoryWorkbook } from "../../excelDouble";
import { setHostLanguage } from "../../functions/language";
import { registeredFunction } from "../../functions/runtime";
import type { LanguageStore } from "../languageStore";
import { loadFunctionCatalog } from "./functionCatalog";
import { tierEvaluator } from "./tierEvaluator";

export async function enableTierFormulas(
  workbook: InMemoryWorkbook,
  languages: LanguageStore
): Promise<void> {
  setHostLanguage(languages.get());
  let catalog;
  try {
    catalog = await loadFunctionCatalog();
  } catch (error) {
    // Without the metadata (a build without functions.json) formulas stay #NAME?, as unknown
    // functions do in Excel; the rest of the preview works.
    console.warn("TIER functions are not available in this preview:", error);
    return;
  }
  const evaluator = tierEvaluator(
    catalog,
    registeredFunction,
    (address) => workbook.getValues(address),
    // A fit's promise settled: its cell shows the value from the next recalculation.
    () => workbook.recalculate()
  );
  workbook.setFormulaEvaluator(evaluator);
  languages.subscribe((language) => {
    setHostLanguage(language);
    // Messages and segment names follow the language: evaluate again.
    workbook.setFormulaEvaluator(evaluator);
  });
}
