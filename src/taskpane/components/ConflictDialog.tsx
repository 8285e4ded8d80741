// Asks before any of the user's cells is overwritten, naming the ranges. Nothing is written
// unless the user agrees.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import * as React from "react";
import type { Conflict } from "../../excel/conflicts";
import type { Translate } from "../uiText";

interface Props {
  conflicts: Conflict[];
  t: Translate;
  onAnswer(overwrite: boolean): void;
}

export function ConflictDialog({ conflicts, t, onAnswer }: Props): React.JSX.Element {
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("conflictTitle")}</DialogTitle>
          <DialogContent>
            <p>{t("conflictText")}</p>
            <ul>
              {conflicts.map((c) => (
                <li key={c.address}>
                  {t("conflictCells", {
                    address: c.address,
                    cells: c.cells,
                    examples: c.examples.join(", "),
                  })}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(false)}>
              {t("conflictDecline")}
            </Button>
            <Button onClick={() => onAnswer(true)}>{t("conflictAgree")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
