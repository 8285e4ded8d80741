// Asks before any of the user's cells is overwritten, naming the ranges. Nothing is written
// unless the user agrees.
import * as React from "react";
import type { Conflict } from "../../excel";
import type { Translate } from "../uiText";
import { ConfirmDialog } from "./ConfirmDialog";

interface Props {
  conflicts: Conflict[];
  t: Translate;
  onAnswer(overwrite: boolean): void;
}

export function ConflictDialog({ conflicts, t, onAnswer }: Props): React.JSX.Element {
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
