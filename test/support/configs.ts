import { flatConfigWithTypeScript, readmeInstructions } from '../../scripts/release-lib.mjs';

/** The configuration files a user writes, as the README tells them to. */

const readme = readmeInstructions();

/** The README's `.eslintrc.json`, verbatim. */
export const ESLINTRC_RECOMMENDED = readme.eslintrc;

/** The README's flat config, verbatim: `eslint.config.mjs` (ESLint 9 and 10). */
export const FLAT_CONFIG_README = readme.flatConfig;

/** `eslint.config.js` in a CommonJS project (ESLint 9), with TypeScript files parsed by typescript-eslint. */
export const FLAT_CONFIG_CJS = `const aiGuard = require("eslint-plugin-ai-guard");
const tsParser = require("@typescript-eslint/parser");

module.exports = [
  ...aiGuard.configs.recommended,
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
];
`;

/** `eslint.config.mjs` (ESLint 10): the README's flat config with TypeScript files parsed by typescript-eslint, as its TypeScript note says. */
export const FLAT_CONFIG_ESM = flatConfigWithTypeScript(readme.flatConfig);

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
