// The run's data warnings (method.md section 6): a customer holding a large share of the value,
// customers with a short history. The summary sheet lists the same sentences.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import { dataWarningTexts, type SegmentResult } from "../../core";
import { useStrings } from "../strings";

export function DataWarnings(props: { result: SegmentResult }): React.JSX.Element | null {
  const { language, t } = useStrings();
  const texts = dataWarningTexts(props.result.warnings, language);
  if (texts.length === 0) return null;
  return (
    <MessageBar intent="warning" data-testid="data-warnings">
      <MessageBarBody>
        <MessageBarTitle>{t("dataWarnings")}</MessageBarTitle>
        {texts.map((text) => (
          <div key={text}>{text}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
