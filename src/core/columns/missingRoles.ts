// Which required roles the detected columns lack: what stops segment() before any row is read,
// and what the pane asks the user to map before it lets them run.
import { summaryMissingColumns } from "../ingest/ingestSummary";
import type { Role } from "../types";
import type { DetectedColumns } from "./detectColumns";

/** Transactions need customer, date and amount; a summary needs customer, F, M and R (or last date). */
export function missingRoles(detected: Pick<DetectedColumns, "shape" | "mapping">): Role[] {
  const required: Role[] =
    detected.shape === "transactions"
      ? ["customer", "date", "amount"]
      : ["customer", ...summaryMissingColumns(detected.mapping)];
  return required.filter((role) => detected.mapping[role] === undefined);
}
