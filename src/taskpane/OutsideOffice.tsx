// What the pane's page shows when it is opened neither in Excel nor in the browser preview (a
// browser tab on the deployed site, or office.js unreachable): a sentence, never a blank page.
import * as React from "react";
import type { Language } from "../core";
import { translator } from "./uiText";

export function OutsideOffice({ language }: { language: Language }): React.JSX.Element {
  const t = translator(language);
  return (
    <main
      lang={language}
      style={{ fontFamily: "Segoe UI, Microsoft YaHei, sans-serif", padding: 16 }}
    >
      <h1 style={{ fontSize: 18, fontWeight: 600 }}>{t("title")}</h1>
      <p>{t("outsideOffice")}</p>
    </main>
  );
}
