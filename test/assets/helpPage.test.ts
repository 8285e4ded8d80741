// The help page the pane links to explains the method in both languages, in sections the pane's
// link can point at by its language.
import { readFileSync } from "node:fs";
import { BUILT_IN_SCHEMES, label, LANGUAGES, STAGES } from "../../src/core";
import { HELP_PAGE } from "../../src/taskpane/components/HelpLink";

const page = readFileSync(HELP_PAGE, "utf8");

function section(language: string): string {
  const start = page.indexOf(`id="${language}"`);
  expect(start).toBeGreaterThan(0);
  return page.slice(start, page.indexOf("</section>", start));
}

describe("the help page", () => {
  test.each(LANGUAGES)(
    "has a %s section naming every lifecycle stage and default segment",
    (language) => {
      const text = section(language).toLowerCase();
      for (const stage of STAGES.filter((s) => s !== "atRisk"))
        expect(text).toContain(label(`stage.${stage}`, language).toLowerCase());
      for (const segment of BUILT_IN_SCHEMES.four.segments)
        expect(text).toContain(segment.label[language].toLowerCase());
      expect(text).toContain(label("col.explanation", language).toLowerCase());
    }
  );
});
