// The language of messages and segment names: the argument, else Office's, else the host's.
import {
  displayLanguage,
  languageArgument,
  languageOfTag,
  setHostLanguage,
} from "../../src/functions/language";
import { FormulaProblem } from "../../src/functions/problems";

type Global = { Office?: unknown };

afterEach(() => {
  delete (globalThis as Global).Office;
  setHostLanguage("en-US");
});

describe("the functions' language", () => {
  it("reads any Chinese or English tag", () => {
    expect(languageOfTag("zh-TW")).toBe("zh-CN");
    expect(languageOfTag(" EN-gb ")).toBe("en-US");
    expect(languageOfTag("fr-FR")).toBeUndefined();
  });

  it("follows Office's display language once Office has one, else the host's", () => {
    expect(displayLanguage()).toBe("en-US");
    setHostLanguage("zh-CN");
    expect(displayLanguage()).toBe("zh-CN");
    (globalThis as Global).Office = { context: { displayLanguage: "en-US" } };
    expect(displayLanguage()).toBe("en-US");
    // Before Office.onReady there is no context: the host's language still stands.
    (globalThis as Global).Office = {};
    expect(displayLanguage()).toBe("zh-CN");
  });

  it("takes the argument first, and names the allowed values when it is wrong", () => {
    setHostLanguage("zh-CN");
    expect(languageArgument("en", "language")).toBe("en-US");
    expect(languageArgument(null, "language")).toBe("zh-CN");
    expect(() => languageArgument("de", "language")).toThrow(FormulaProblem);
  });
});
