// Asks before a model and everything it wrote are deleted, naming the sheets that would go.
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
import type { PendingDelete } from "../useModels";
import type { Translate } from "../uiText";

interface Props {
  pending: PendingDelete;
  t: Translate;
  onAnswer(confirmed: boolean): void;
}

export function DeleteDialog({ pending, t, onAnswer }: Props): React.JSX.Element {
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("deleteTitle", { name: pending.model.name })}</DialogTitle>
          <DialogContent>
            <p>{t("deleteText")}</p>
            <ul>
              {pending.sheets.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(false)}>
              {t("deleteDecline")}
            </Button>
            <Button onClick={() => onAnswer(true)}>{t("deleteAgree")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
