// The pane's entry: wait for Office, pick where Excel batches run (Excel or the preview's
// workbook), follow Office's theme and display language, render.
import {
  FluentProvider,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Language } from "../core";
import { registerCommands } from "../commands/commands";
import "../functions/functions"; // TIER.*: the build appends their CustomFunctions.associate calls
import { App } from "./App";
import { excelHost, type ExcelHost } from "./excelHost";

/** Office's theme when it tells us one (dark body colour), else the light web theme. */
function officeTheme(): Theme {
  const body = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!body) return webLightTheme;
  const rgb = parseInt(body.replace("#", ""), 16);
  const luminance = 0.2126 * (rgb >> 16) + 0.7152 * ((rgb >> 8) & 255) + 0.0722 * (rgb & 255);
  return luminance < 128 ? webDarkTheme : webLightTheme;
}

function Root({ host }: { host: ExcelHost }): React.JSX.Element {
  const [language, setLanguage] = React.useState<Language>(host.language);
  React.useEffect(() => host.preview?.onLanguageChange(setLanguage), [host]);
  const current = React.useMemo(() => ({ ...host, language }), [host, language]);
  return (
    <FluentProvider theme={officeTheme()}>
      <App key={language} host={current} />
    </FluentProvider>
  );
}

void Office.onReady((info) => {
  registerCommands();
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(<Root host={excelHost(info.host)} />);
});
