/** The configuration files a user writes, as the README tells them to. */

export const ESLINTRC_RECOMMENDED = JSON.stringify(
  {
    root: true,
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    plugins: ['ai-guard'],
    extends: ['plugin:ai-guard/legacy-recommended'],
  },
  null,
  2,
);

/** `eslint.config.js` in a CommonJS project (ESLint 9), with TypeScript files parsed by typescript-eslint. */
export const FLAT_CONFIG_CJS = `const aiGuard = require("eslint-plugin-ai-guard");
const tsParser = require("@typescript-eslint/parser");

module.exports = [
  aiGuard.configs.recommended,
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
];
`;

/** `eslint.config.mjs` (ESLint 10), with TypeScript files parsed by typescript-eslint. */
export const FLAT_CONFIG_ESM = `import aiGuard from "eslint-plugin-ai-guard";
import tsParser from "@typescript-eslint/parser";

export default [
  aiGuard.configs.recommended,
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
];
`;

/** A flat config that sets the rule explicitly, for option tests. */
export function flatConfigWithRule(rule: string, entry: unknown, moduleFormat: 'cjs' | 'esm'): string {
  const body = `[
  { plugins: { "ai-guard": aiGuard }, rules: { ${JSON.stringify(rule)}: ${JSON.stringify(entry)} } },
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
]`;
  return moduleFormat === 'cjs'
    ? `const aiGuard = require("eslint-plugin-ai-guard");\nconst tsParser = require("@typescript-eslint/parser");\n\nmodule.exports = ${body};\n`
    : `import aiGuard from "eslint-plugin-ai-guard";\nimport tsParser from "@typescript-eslint/parser";\n\nexport default ${body};\n`;
}

export function eslintrcWithRule(rule: string, entry: unknown): string {
  return JSON.stringify(
    {
      root: true,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      plugins: ['ai-guard'],
      rules: { [rule]: entry },
    },
    null,
    2,
  );
}
