import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsEslint from "typescript-eslint";

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  ...tsEslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
];
