// The language of the functions' messages and segment names: the `language` argument when given,
// else Office's display language, else the host's (the preview's language switch), else en-US.
import { type Language, LANGUAGES, languageOfTag } from "../core";
import { FormulaProblem } from "./problems";

let hostLanguage: Language = "en-US";

export { languageOfTag };

/** For hosts without Office (the browser preview): the language that stands in for Office's. */
export function setHostLanguage(language: Language): void {
  hostLanguage = language;
}

function officeDisplayLanguage(): string | undefined {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  // Office.context exists only once office.js has initialised inside an Office host.
  const tag = office?.context?.displayLanguage;
  return typeof tag === "string" && tag !== "" ? tag : undefined;
}

export function displayLanguage(): Language {
  const tag = officeDisplayLanguage();
  return (tag === undefined ? undefined : languageOfTag(tag)) ?? hostLanguage;
}

/** The `language` argument: blank means the display language; anything else must be zh or en. */
export function languageArgument(value: unknown, argument: string): Language {
  if (value === null || value === undefined || value === "") return displayLanguage();
  const language = typeof value === "string" ? languageOfTag(value) : undefined;
  if (language) return language;
  throw new FormulaProblem("fn.badOption", {
    argument,
    allowed: LANGUAGES.join(", "),
    value: String(value),
  });
}
