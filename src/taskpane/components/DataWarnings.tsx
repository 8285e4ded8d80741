// The run's data warnings (method.md section 6): a customer holding a large share of the value,
// customers with a short history. The summary sheet lists the same sentences.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import { dataWarningTexts, type Language, type SegmentResult } from "../../core";
import type { Translate } from "../uiText";

export function DataWarnings(props: {
  result: SegmentResult;
  language: Language;
  t: Translate;
}): React.JSX.Element | null {
  const texts = dataWarningTexts(props.result.warnings, props.language);
  if (texts.length === 0) return null;
  return (
    <MessageBar intent="warning" data-testid="data-warnings">
      <MessageBarBody>
        <MessageBarTitle>{props.t("dataWarnings")}</MessageBarTitle>
        {texts.map((text) => (
          <div key={text}>{text}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
