// The custom functions' help is JSDoc (Excel's metadata is generated from it) and a zh-CN JSON, so
// it cannot import the core's lists. This checks that each argument's help names exactly the
// members of its list in src/core/vocabulary.ts, in both languages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ABC_MODES, RFM_SCORINGS, SCHEME_IDS } from "../../src/core";

const dir = join(__dirname, "..", "..", "src", "functions");
const jsdoc = readFileSync(join(dir, "functions.ts"), "utf8");
const zh = JSON.parse(readFileSync(join(dir, "functions.zh-CN.json"), "utf8")) as Record<
  string,
  { parameters: Record<string, string> }
>;

const ARGUMENTS: [string, string, readonly string[]][] = [
  ["RFM_SCORE", "scoring", RFM_SCORINGS],
  ["ABC_CLASS", "mode", ABC_MODES],
  ["SEGMENT", "scheme", SCHEME_IDS],
];

const quoted = (text: string, open: string, close: string): string[] =>
  [...text.matchAll(new RegExp(`${open}([^${close}]+)${close}`, "g"))].map((m) => m[1]).sort();

describe.each(ARGUMENTS)("%s's %s argument", (fn, argument, list) => {
  it("lists every member of the core's list in its English help", () => {
    const line = jsdoc.split("\n").find((l) => l.includes(`@param [${argument}]`));
    expect(line).toBeDefined();
    expect(quoted(line as string, '"', '"')).toEqual([...list].sort());
  });

  it("lists every member in its zh-CN help", () => {
    expect(quoted(zh[fn].parameters[argument], "“", "”")).toEqual([...list].sort());
  });
});
