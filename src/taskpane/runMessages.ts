// Turns what went wrong into words for the user, in the display language.
import { CancelledError, errorMessage, formatMessage, type Language } from "../core";
import { ExcelRunError } from "../excel";

/** The message of any error a run can end with; null for a cancellation. */
export function failureMessage(error: unknown, language: Language): string | null {
  if (error instanceof CancelledError || (error as { name?: string })?.name === "CancelledError")
    return null;
  if (error instanceof ExcelRunError)
    return formatMessage(`excel.${error.problem}`, error.params, language);
  return errorMessage(error, language) ?? (error instanceof Error ? error.message : String(error));
}
