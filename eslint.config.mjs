import { createRequire } from 'node:module';

import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The repo lints itself with the built plugin, exactly as a user loads it.
const aiGuard = createRequire(import.meta.url)('./packages/eslint-plugin-ai-guard');

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.cache/**',
      '**/.venv/**',
      '.tools/**',
      '.tmp/**',
      'coverage/**',
      // Deliberately vulnerable code: the example app, the benchmark corpus and test fixtures.
      'docs/examples/**',
      'packages/bench/corpus/**',
      'packages/bench/corpus-heldout/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['packages/eslint-plugin-ai-guard/{src,tests}/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['packages/eslint-plugin-ai-guard/src/rules/**/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
    rules: {
      // `createRule` copies `defaultOptions` into `meta.defaultOptions`, so each rule writes its defaults once.
      'eslint-plugin/require-meta-default-options': 'off',
    },
  },
  {
    files: ['packages/eslint-plugin-ai-guard/tests/rules/**/*.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,mts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  aiGuard.configs.recommended,
);
