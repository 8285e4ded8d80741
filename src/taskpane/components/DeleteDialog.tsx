// Asks before a model and everything it wrote are deleted, naming the sheets that would go.
import * as React from "react";
import type { PendingDelete } from "../useModels";
import type { Translate } from "../uiText";
import { ConfirmDialog } from "./ConfirmDialog";

interface Props {
  pending: PendingDelete;
  t: Translate;
  onAnswer(confirmed: boolean): void;
}

export function DeleteDialog({ pending, t, onAnswer }: Props): React.JSX.Element {
  return (
    <ConfirmDialog
      title={t("deleteTitle", { name: pending.model.name })}
      text={t("deleteText")}
      items={pending.sheets}
      keepLabel={t("deleteDecline")}
      agreeLabel={t("deleteAgree")}
      onAnswer={onAnswer}
    />
  );
}
