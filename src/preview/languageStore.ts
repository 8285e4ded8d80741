// The preview's display language: what Office.context.displayLanguage is inside Excel. Shared by
// the page, the pane in its iframe (through the PreviewHost) and the test hook.
import { isOneOf, type Language, LANGUAGES } from "../core";

export class LanguageStore {
  private readonly listeners = new Set<(language: Language) => void>();

  constructor(private current: Language) {}

  get(): Language {
    return this.current;
  }

  set(language: Language): void {
    if (!isOneOf(LANGUAGES, language)) {
      const allowed = LANGUAGES.map((l) => `"${l}"`).join(" or ");
      throw new Error(`language must be ${allowed}, not ${String(language)}`);
    }
    if (language === this.current) return;
    this.current = language;
    for (const listener of [...this.listeners]) listener(language);
  }

  subscribe(listener: (language: Language) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
