import type { TSESTree } from '@typescript-eslint/utils';
import parser from '@typescript-eslint/parser';
import { Linter, type ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { isDevelopmentOnly } from '../../src/analysis/development-guards';
import { createRule } from '../../src/create-rule';

/** Reports every call to `leak()` that is not development-only. */
const probe = createRule<[], 'leak'>({
  name: 'probe',
  meta: {
    type: 'problem',
    docs: { description: 'probe', recommended: false, requiresTypeChecking: false, cwe: [] },
    schema: [],
    messages: { leak: 'leak' },
  },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="leak"]'(node: TSESTree.CallExpression) {
        if (!isDevelopmentOnly(context.sourceCode, node)) context.report({ node, messageId: 'leak' });
      },
    };
  },
});

// typescript-eslint's rule type marks defaultOptions readonly; ESLint's plugin type does not.
const plugin = { rules: { probe } } as unknown as ESLint.Plugin;

function reported(code: string): boolean {
  const linter = new Linter();
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.js'],
        plugins: { probe: plugin },
        languageOptions: { parser, sourceType: 'module' },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename: 'file.js' },
  );
  return messages.length > 0;
}

describe('isDevelopmentOnly', () => {
  it.each([
    "if (process.env.NODE_ENV === 'development') leak();",
    "if (process.env.NODE_ENV !== 'production') { leak(); }",
    "if (process.env.NODE_ENV === 'production') {} else { leak(); }",
    "const x = app.get('env') === 'development' ? leak() : {};",
    "const isDev = process.env.NODE_ENV !== 'production'; const y = isDev && leak();",
    "function f() { if (process.env.NODE_ENV === 'production') return; leak(); }",
    'if (config.isDevelopment) leak();',
    'if (!isProduction) leak();',
  ])('guards %s', (code) => {
    expect(reported(code)).toBe(false);
  });

  it.each([
    'leak();',
    "if (process.env.NODE_ENV === 'production') leak();",
    "const x = process.env.NODE_ENV === 'development' ? {} : leak();",
    'if (isDev || verbose) leak();',
    "function f() { if (process.env.NODE_ENV === 'production') log(); leak(); }",
    "if (process.env.NODE_ENV === 'staging') leak();",
  ])('does not guard %s', (code) => {
    expect(reported(code)).toBe(true);
  });
});
