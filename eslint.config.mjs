import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// office-addins' recommended set registers @typescript-eslint, prettier and its own rules, but only
// for .js/.ts files: flat config would skip the pane's .tsx files. Its file patterns get .tsx too.
const recommended = officeAddins.configs.recommended.map((config) =>
  config.files ? { ...config, files: [...config.files, "**/*.tsx"] } : config
);

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
];
