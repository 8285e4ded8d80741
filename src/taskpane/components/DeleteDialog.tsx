// Asks before a model and everything it wrote are deleted, naming the sheets that would go.
import * as React from "react";
import type { PendingDelete } from "../useModels";
import { useStrings } from "../strings";
import { ConfirmDialog } from "./ConfirmDialog";

interface Props {
  pending: PendingDelete;
  onAnswer(confirmed: boolean): void;
}

export function DeleteDialog({ pending, onAnswer }: Props): React.JSX.Element {
  const { t } = useStrings();
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
