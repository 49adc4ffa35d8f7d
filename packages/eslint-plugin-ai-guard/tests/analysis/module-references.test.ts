import { ESLintUtils } from '@typescript-eslint/utils';

import { CALL, findGlobalReferences, findModuleReferences, importedModules } from '../../src/analysis/module-references';
import { createRuleTester } from '../rule-tester';

const createProbe = ESLintUtils.RuleCreator.withoutDocs;

/** Reports every call the core attributes to `jsonwebtoken.verify` or to the global `fetch`. */
const probe = createProbe({
  meta: { type: 'problem', schema: [], messages: { found: 'found {{path}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        const references = [
          ...findModuleReferences(context.sourceCode, { jsonwebtoken: { verify: { [CALL]: true } } }),
          ...findGlobalReferences(context.sourceCode, { fetch: { [CALL]: true } }),
        ];
        for (const reference of references) {
          context.report({ node: reference.node, messageId: 'found', data: { path: reference.path.join('.') } });
        }
      },
    };
  },
});

const found = (path: string, line: number, column: number, endColumn: number) => ({
  messageId: 'found' as const,
  data: { path },
  line,
  column,
  endLine: line,
  endColumn,
});

createRuleTester().run('module-references', probe, {
  valid: [
    `import jwt from 'jsonwebtoken';
function check(jwt) { return jwt.verify(token); }`,
    `import { verify } from './local-tokens';
verify(token);`,
    `import jwt from 'jsonwebtoken';
jwt.sign(payload, secret);`,
    `function fetch(url) { return url; }
fetch(target);`,
    `const require = (name) => name;
require('jsonwebtoken').verify(token);`,
  ],
  invalid: [
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token);`,
      errors: [found('jsonwebtoken.verify', 2, 1, 18)],
    },
    {
      code: `import * as jwt from 'jsonwebtoken';
jwt.verify(token);`,
      errors: [found('jsonwebtoken.verify', 2, 1, 18)],
    },
    {
      code: `import { verify } from 'jsonwebtoken';
verify(token);`,
      errors: [found('jsonwebtoken.verify', 2, 1, 14)],
    },
    {
      code: `import { verify as check } from 'jsonwebtoken';
check(token);`,
      errors: [found('jsonwebtoken.verify', 2, 1, 13)],
    },
    {
      code: `const jwt = require('jsonwebtoken');
jwt.verify(token);`,
      errors: [found('jsonwebtoken.verify', 2, 1, 18)],
    },
    {
      code: `const { verify } = require('jsonwebtoken');
verify(token);`,
      errors: [found('jsonwebtoken.verify', 2, 1, 14)],
    },
    {
      code: `const { verify: check } = require('jsonwebtoken');
check(token);`,
      errors: [found('jsonwebtoken.verify', 2, 1, 13)],
    },
    {
      code: `require('jsonwebtoken').verify(token);`,
      errors: [found('jsonwebtoken.verify', 1, 1, 38)],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const tokens = jwt;
tokens.verify(token);`,
      errors: [found('jsonwebtoken.verify', 3, 1, 21)],
    },
    {
      code: `const jwt = require('jsonwebtoken');
jwt.verify(token);`,
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      errors: [found('jsonwebtoken.verify', 2, 1, 18)],
    },
    {
      code: `const response = await fetch(url);`,
      errors: [found('fetch', 1, 24, 34)],
    },
    {
      // TypeScript's import-equals binds the module like a require.
      code: `import jwt = require('jsonwebtoken');
jwt.verify(token, key);`,
      filename: 'file.ts',
      errors: [found('jsonwebtoken.verify', 2, 1, 23)],
    },
    {
      code: `import { verify } from './x';
export import jwt = require('jsonwebtoken');
const check = (t) => jwt.verify(t, key);`,
      filename: 'file.ts',
      errors: [found('jsonwebtoken.verify', 3, 22, 40)],
    },
    {
      // The text gate reads the specifier after a comment and across lines, as the tracker does.
      code: `const jwt = require(/* signing */ 'jsonwebtoken');
const other = require(
  // tokens
  \`jsonwebtoken\`
);
jwt.verify(token);
other.verify(token);`,
      errors: [found('jsonwebtoken.verify', 6, 1, 18), found('jsonwebtoken.verify', 7, 1, 20)],
    },
    {
      code: `export { verify } from 'jsonwebtoken';
import { verify as check } from 'jsonwebtoken';
check(token);`,
      errors: [found('jsonwebtoken.verify', 3, 1, 13)],
    },
    {
      code: `const fetchPage = (url) => globalThis.fetch(url);`,
      errors: [found('fetch', 1, 28, 49)],
    },
  ],
});

/** Reports the modules `importedModules` finds, sorted. */
const modulesProbe = createProbe({
  meta: { type: 'problem', schema: [], messages: { modules: '{{names}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'(node) {
        const names = [...importedModules(context.sourceCode)].sort().join(' ');
        if (names) context.report({ node, messageId: 'modules', data: { names } });
      },
    };
  },
});

createRuleTester().run('module-references: importedModules', modulesProbe, {
  valid: [
    // A computed name, a local require, and a dynamic import are not constant imports.
    `require(name);`,
    `function load(require) { return require('a'); }`,
    `const mod = await import('b');`,
  ],
  invalid: [
    {
      code: `import a from 'a';
export { b } from 'b';
export * from 'c';
function later() { return require('d').x; }
const e = require(\`e\`);`,
      errors: [{ messageId: 'modules', data: { names: 'a b c d e' }, line: 1, column: 1, endLine: 5, endColumn: 24 }],
    },
    {
      filename: 'file.ts',
      code: `import f = require('f');
export import g = require('g');`,
      errors: [{ messageId: 'modules', data: { names: 'f g' }, line: 1, column: 1, endLine: 2, endColumn: 32 }],
    },
  ],
});
