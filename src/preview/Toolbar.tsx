// The preview's controls: the next month's sample orders, a file of the user's own, the language.
import * as React from "react";
import { type Language, LANGUAGES } from "../core";
import { message } from "./messages";

interface Props {
  language: Language;
  busy: boolean;
  status: string;
  onAddNextMonth(): void;
  onFile(file: File): void;
  onLanguage(language: Language): void;
}

/** Each language in its own words, for the switch. */
const LANGUAGE_NAMES: Record<Language, string> = { "zh-CN": "中文", "en-US": "English" };

export function Toolbar(props: Props): React.JSX.Element {
  const t = (key: Parameters<typeof message>[0]): string => message(key, props.language);
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <header className="toolbar">
      <h1>{t("title")}</h1>
      <button type="button" onClick={props.onAddNextMonth} disabled={props.busy}>
        {t("addNextMonth")}
      </button>
      <label className="file-label" htmlFor="preview-file">
        {t("loadFile")}
      </label>
      <input
        id="preview-file"
        ref={input}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={props.busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) props.onFile(file);
          // The same file can be picked again.
          if (input.current) input.current.value = "";
        }}
      />
      <div className="languages" role="group" aria-label={t("language")}>
        {LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={props.language === l}
            onClick={() => props.onLanguage(l)}
          >
            {LANGUAGE_NAMES[l]}
          </button>
        ))}
      </div>
      <p className="status" role="status" aria-live="polite">
        {props.status}
      </p>
    </header>
  );
}
