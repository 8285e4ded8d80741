import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// office-addins' recommended set registers @typescript-eslint, prettier and its own rules, but only
// for .js/.ts files: flat config would skip the pane's .tsx files. Its file patterns get .tsx too.
const recommended = officeAddins.configs.recommended.map((config) =>
  config.files ? { ...config, files: [...config.files, "**/*.tsx"] } : config
);

// The walls of the house (CONTRIBUTING.md draws the map). Imports are relative, so a pattern
// matches "../" any number of times and then a top folder of src/. No folder below src/core or
// src/excel is named like a top folder, so these cannot match an import that stays inside.
const up = "^(\\.\\./)+";
const folder = (names) => `${up}(${names.join("|")})(/|$)`;
const THROUGH_INDEX = [
  {
    regex: `${up}core/`,
    message: "Import the core through its public face, src/core/index.ts.",
  },
  {
    regex: `${up}excel/`,
    message: "Import the Excel adapter through its public face, src/excel/index.ts.",
  },
];
const NOT_FROM = (names, why) => ({ regex: folder(names), message: why });

/** One no-restricted-imports entry per folder: later flat-config entries replace earlier ones. */
const walls = (files, patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**"] },
  ...recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      // TypeScript itself reports undefined names, with the right globals for each file.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  walls(
    ["src/core/**"],
    [
      NOT_FROM(
        ["excel", "excelDouble", "functions", "cli", "taskpane", "preview", "commands", "data"],
        "The core imports nothing outside src/core."
      ),
      {
        group: ["node:*", "fs", "path", "react", "react-dom", "@fluentui/*", "exceljs", "comlink"],
        message: "The core is pure TypeScript: no Node, DOM, React or file formats.",
      },
    ]
  ),
  walls(
    ["src/excel/**"],
    [
      { regex: `${up}core/`, message: THROUGH_INDEX[0].message },
      NOT_FROM(
        ["taskpane", "preview", "cli", "commands", "functions", "excelDouble"],
        "The Excel adapter sits below the faces: it imports none of them, nor its test double."
      ),
    ]
  ),
  walls(
    ["src/taskpane/**"],
    [
      {
        regex: `${up}excel/layout(/|$)`,
        message:
          "The pane never reaches into excel/layout: what it shares with the sheets is in the core.",
      },
      ...THROUGH_INDEX,
      NOT_FROM(["cli"], "The pane does not import the command line."),
    ]
  ),
  walls(
    ["src/preview/**"],
    [...THROUGH_INDEX, NOT_FROM(["cli"], "The preview never imports the command line.")]
  ),
  walls(
    ["src/functions/**", "src/cli/**"],
    [
      ...THROUGH_INDEX,
      NOT_FROM(["taskpane", "preview", "commands"], "A face imports no face on top of it."),
    ]
  ),
  walls(["src/commands/**", "src/excelDouble/**"], THROUGH_INDEX),
  walls(
    ["src/xlsx/**"],
    [
      ...THROUGH_INDEX,
      NOT_FROM(
        ["taskpane", "preview", "cli", "commands", "functions", "excelDouble"],
        "The XLSX reader sits below the faces that share it: it imports none of them."
      ),
      {
        group: ["node:*", "fs", "path", "stream", "zlib", "yauzl", "exceljs"],
        message: "The XLSX reader runs in the browser too: no Node, no Node-only library.",
      },
    ]
  ),
];
