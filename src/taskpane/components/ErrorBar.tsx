// A run's failure as the pane shows it: one error bar, "Error: <reason>", for a Segment run and
// a Refresh alike, so the two read the same.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../strings";

export function ErrorBar({ message }: { message: string }): React.JSX.Element {
  const { t } = useStrings();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {t("errorTitle")}
        {t("colon")}
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
