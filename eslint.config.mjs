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
    files: ['packages/eslint-plugin-ai-guard/src/**/*.ts'],
    ignores: ['packages/eslint-plugin-ai-guard/src/analysis/node-types.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@typescript-eslint/utils',
              importNames: ['AST_NODE_TYPES'],
              message: 'Import AST_NODE_TYPES from analysis/node-types: the re-export getters cost the rules time at every node test.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/eslint-plugin-ai-guard/src/rules/**/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
    rules: {
      // `createRule` copies `defaultOptions` into `meta.defaultOptions`, so each rule writes its defaults once.
      'eslint-plugin/require-meta-default-options': 'off',
      // Descriptions come from the catalog through `docsFor()`, where the rule below checks the same pattern.
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Require|Disallow) ' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Property[key.name="meta"] > ObjectExpression > Property[key.name="defaultOptions"]',
          message: 'Write the defaults once, in `defaultOptions`: `createRule` copies them into `meta.defaultOptions`.',
        },
      ],
    },
  },
  {
    files: ['packages/eslint-plugin-ai-guard/src/catalog.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Property[key.name="summary"] > Literal:not([value=/^(Require|Disallow) /])',
          message: 'A rule summary (its meta.docs.description) starts with "Require" or "Disallow".',
        },
      ],
    },
  },
  {
    files: ['packages/eslint-plugin-ai-guard/src/rules/index.ts'],
    rules: {
      'sort-keys': ['error', 'asc', { natural: true }],
    },
  },
  {
    files: ['packages/eslint-plugin-ai-guard/tests/rules/**/*.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
    rules: {
      // Rule tests are literal tables: every case written out where it is read.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Program > VariableDeclaration:not(:has(CallExpression[callee.name="createRuleTester"])), Program > FunctionDeclaration, Program > ExportNamedDeclaration > VariableDeclaration',
          message: 'No module-level case constants or helpers in rule tests: write each case literally in the table.',
        },
        {
          selector: 'Property[key.name=/^(valid|invalid|errors|suggestions)$/] > ArrayExpression > CallExpression',
          message: 'No factory calls inside valid/invalid/errors: write each case literally.',
        },
        {
          selector: 'Property[key.name=/^(valid|invalid|errors|suggestions)$/] > ArrayExpression > SpreadElement',
          message: 'No spread cases inside valid/invalid/errors: write each case literally.',
        },
        {
          selector: 'Property[key.name=/^(valid|invalid)$/] > CallExpression',
          message: 'No generated tables (`.map()`, `.concat()`): write each case literally.',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,mts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  aiGuard.configs.recommended,
);
