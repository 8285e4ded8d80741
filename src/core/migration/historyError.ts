// Why a stored tier history cannot be read. Plain data (a code and parameters, no text), so it can
// cross a worker boundary and be shown in the user's language by historyErrorMessage.
import { formatMessage } from "../i18n";
import type { Language, MessageParams } from "../types";

export type HistoryProblem =
  /** No rows at all. */
  | "empty"
  /** The first cell is not our mark: whatever this is, it is not a history we wrote. */
  | "notHistory"
  /** Written by a newer add-in, in a format this one does not know: params version, supported. */
  | "newerVersion"
  /** A cell that cannot be what we wrote there: params row (1-based) and column (letter). */
  | "corrupt";

export interface HistoryError {
  code: HistoryProblem;
  params: MessageParams;
}

export function historyErrorMessage(error: HistoryError, language: Language): string {
  return formatMessage(`history.${error.code}`, error.params, language);
}
