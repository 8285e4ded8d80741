// Turns what went wrong into words for the user, in the display language.
import { describeError, isCancelled, type Language } from "../core";

/** The message of any error a run can end with; null for a cancellation (the pane says nothing). */
export function failureMessage(error: unknown, language: Language): string | null {
  return isCancelled(error) ? null : describeError(error, language);
}
