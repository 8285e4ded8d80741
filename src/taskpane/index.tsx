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
import { provideCommands } from "../commands/commands";
import "../functions/functions"; // TIER.*: the build appends their CustomFunctions.associate calls
import "../functions/offThread/analysisWorker"; // TIER.CLV_INTERVAL runs its analysis in a Web Worker
import { App } from "./App";
import { excelHost, languageOf, type ExcelHost } from "./excelHost";
import { OutsideOffice } from "./OutsideOffice";
import { workerScorer } from "./scoring/workerScorer";

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

const root = createRoot(document.getElementById("root") as HTMLElement);
const outside = <OutsideOffice language={languageOf(navigator.language)} />;

// office.js missing (Microsoft's CDN unreachable, or the page opened as a file): say so.
if (typeof Office === "undefined") root.render(outside);
else
  void Office.onReady((info) => {
    const host = excelHost(info.host);
    // The ribbon scores in a Web Worker, like the pane: a fresh one per Refresh.
    if (host) provideCommands(host.run, () => workerScorer(() => undefined).score);
    root.render(host ? <Root host={host} /> : outside);
  });
