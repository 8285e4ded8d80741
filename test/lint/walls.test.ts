// The walls of eslint.config.mjs, proven on deliberate imports: each forbidden one fails lint
// with no-restricted-imports, each allowed one passes. ESLint loads its flat config with a
// dynamic import(), which jest's module sandbox refuses, so the linting runs in a child node.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

interface Case {
  file: string;
  code: string;
}

const root = join(__dirname, "..", "..");

const LINT_SCRIPT = `
const { ESLint } = require("eslint");
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [result] = await eslint.lintText(c.code, { filePath: c.file });
    out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").length);
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

/** How many no-restricted-imports errors each case gets, linted as if it were that file. */
function restrictedCounts(cases: Case[]): number[] {
  const stdout = execFileSync(process.execPath, ["-e", LINT_SCRIPT, JSON.stringify(cases)], {
    cwd: root,
    encoding: "utf8",
  });
  return JSON.parse(stdout) as number[];
}

const use = (spec: string, name = "x"): string =>
  `import { ${name} } from "${spec}";\nexport const y = ${name};\n`;

const FORBIDDEN: Case[] = [
  { file: "src/core/segment.ts", code: use("../excel") },
  { file: "src/core/probabilistic/fit/minimizeFromStarts.ts", code: use("../../../cli/main") },
  { file: "src/core/i18n/index.ts", code: use("../../taskpane/uiText") },
  { file: "src/core/records.ts", code: use("node:fs") },
  { file: "src/core/records.ts", code: use("react") },
  { file: "src/excel/segmentWorkbook.ts", code: use("../taskpane/uiText") },
  { file: "src/excel/layout/summaryBlocks.ts", code: use("../../preview/messages") },
  { file: "src/excel/sheets.ts", code: use("../cli/messages") },
  { file: "src/excel/sheets.ts", code: use("../core/types") },
  { file: "src/preview/App.tsx", code: use("../cli/xlsxCell") },
  { file: "src/preview/load/loadXlsx.ts", code: use("../../cli/readXlsx") },
  { file: "src/taskpane/components/FitSummary.tsx", code: use("../../excel/layout/fitWarnings") },
  { file: "src/taskpane/App.tsx", code: use("../excel/segmentWorkbook") },
  { file: "src/taskpane/App.tsx", code: use("../core/i18n") },
  { file: "src/functions/functions.ts", code: use("../core/segment") },
  { file: "src/cli/main.ts", code: use("../core/types") },
  { file: "src/commands/commands.ts", code: use("../excel/refreshModels") },
  { file: "src/excelDouble/context.ts", code: use("../excel/api") },
  { file: "src/xlsx/sheetRows.ts", code: use("node:stream") },
  { file: "src/xlsx/bytesPackage.ts", code: use("yauzl") },
  { file: "src/xlsx/readSheet.ts", code: use("../cli/cliError") },
  { file: "src/xlsx/readSheet.ts", code: use("../core/types") },
];

const ALLOWED: Case[] = [
  { file: "src/core/segment.ts", code: use("./types") },
  { file: "src/core/probabilistic/fit/minimizeFromStarts.ts", code: use("../../options") },
  { file: "src/core/probabilistic/special/hyp2f1.ts", code: use("numeric") },
  { file: "src/excel/segmentWorkbook.ts", code: use("../core") },
  { file: "src/excel/layout/summaryBlocks.ts", code: use("../api") },
  { file: "src/preview/App.tsx", code: use("../taskpane/excelHost") },
  { file: "src/preview/App.tsx", code: use("../core") },
  { file: "src/taskpane/components/FitSummary.tsx", code: use("../../excel") },
  { file: "src/taskpane/App.tsx", code: use("../core") },
  { file: "src/functions/functions.ts", code: use("../core") },
  { file: "src/cli/main.ts", code: use("../core") },
  { file: "src/commands/commands.ts", code: use("../excel") },
];

describe("the lint walls", () => {
  let counts: number[] = [];
  beforeAll(() => {
    counts = restrictedCounts([...FORBIDDEN, ...ALLOWED]);
  }, 120_000);

  it.each(FORBIDDEN.map((c, i) => [c.file, c.code.split("\n")[0], i] as const))(
    "%s: %s fails lint",
    (_file, _line, i) => {
      expect(counts[i]).toBeGreaterThan(0);
    }
  );

  it.each(ALLOWED.map((c, i) => [c.file, c.code.split("\n")[0], FORBIDDEN.length + i] as const))(
    "%s: %s passes",
    (_file, _line, i) => {
      expect(counts[i]).toBe(0);
    }
  );
});
