// Asks before any of the user's cells is overwritten, naming the ranges. Nothing is written
// unless the user agrees.
import * as React from "react";
import type { Conflict } from "../../excel";
import { useStrings } from "../strings";
import { ConfirmDialog } from "./ConfirmDialog";

interface Props {
  conflicts: Conflict[];
  onAnswer(overwrite: boolean): void;
}

export function ConflictDialog({ conflicts, onAnswer }: Props): React.JSX.Element {
  const { t } = useStrings();
  const items = conflicts.map((c) =>
    t("conflictCells", { address: c.address, cells: c.cells, examples: c.examples.join(", ") })
  );
  return (
    <ConfirmDialog
      title={t("conflictTitle")}
      text={t("conflictText")}
      items={items}
      keepLabel={t("conflictDecline")}
      agreeLabel={t("conflictAgree")}
      onAnswer={onAnswer}
    />
  );
}
