#!/usr/bin/env node
// Scaffolds every piece of a new rule so none is forgotten: catalog entry, ESLint rule and its
// registration, RuleTester file, Semgrep twin with its annotated test, docs page. The generated
// pieces fail the suite (parity, docs examples, empty test tables) until they are written for real.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [id, ...summaryWords] = process.argv.slice(2);
const summary = summaryWords.join(' ');
if (!id || !/^[a-z]+(-[a-z0-9]+)*$/.test(id) || !summary) {
  console.error('usage: node scripts/create-rule.mjs <rule-id> <one-line summary>');
  process.exit(2);
}
const camel = id.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const plugin = join(root, 'packages', 'eslint-plugin-ai-guard');

function create(path, text) {
  if (existsSync(path)) throw new Error(`${path} already exists`);
  writeFileSync(path, text);
  console.log(`created ${path.slice(root.length + 1)}`);
}

function insertBefore(path, anchor, text) {
  const before = readFileSync(path, 'utf8');
  if (!before.includes(anchor)) throw new Error(`${path}: anchor not found: ${anchor}`);
  writeFileSync(path, before.replace(anchor, `${text}${anchor}`));
  console.log(`updated ${path.slice(root.length + 1)}`);
}

insertBefore(
  join(plugin, 'src', 'catalog.ts'),
  '] as const satisfies readonly CatalogEntry[];',
  `  {\n    id: '${id}',\n    summary: ${JSON.stringify(summary)},\n    cwe: ['CWE-TODO: title'],\n    owasp: ['ATODO:2021 - category'],\n    severity: 'error',\n  },\n`,
);
const index = join(plugin, 'src', 'rules', 'index.ts');
writeFileSync(
  index,
  readFileSync(index, 'utf8')
    .replace(/(import [^\n]+ from '\.\/[^']+';\n)(?!import [^\n]+ from '\.\/)/, `$1import ${camel} from './${id}';\n`)
    .replace(/\n};\n$/, `\n  '${id}': ${camel},\n};\n`),
);

create(
  join(plugin, 'src', 'rules', `${id}.ts`),
  `import type { TSESTree } from '@typescript-eslint/utils';

import { CALL, findModuleReferences, type TraceMap } from '../analysis/module-references';
import { createRule, docsFor } from '../create-rule';

export type Options = [];
export type MessageIds = 'TODO';

const LIBRARIES: TraceMap<true> = {};

export default createRule<Options, MessageIds>({
  name: '${id}',
  meta: {
    type: 'problem',
    docs: docsFor('${id}'),
    schema: [],
    messages: { TODO: 'TODO: what is dangerous, naming the value; then the fix.' },
  },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        for (const reference of findModuleReferences(context.sourceCode, LIBRARIES)) {
          void (reference.node as TSESTree.Node);
          void CALL;
        }
      },
    };
  },
});
`,
);
create(
  join(plugin, 'tests', 'rules', `${id}.test.ts`),
  `import rule from '../../src/rules/${id}';
import { createRuleTester } from '../rule-tester';

createRuleTester().run('${id}', rule, {
  valid: [],
  invalid: [],
});
`,
);
create(
  join(root, 'semgrep-rules', 'python', `${id}.yaml`),
  `rules:
  - id: ${id}
    languages: [python]
    severity: ERROR
    message: >-
      TODO: the same first clause as the ESLint message, why it is exploitable, what to do instead.
    metadata:
      eslint-rule: ai-guard/${id}
      eslint-message-id: TODO
      cwe: ['CWE-TODO: title']
      owasp: ['ATODO:2021 - category']
      category: security
      subcategory: [vuln]
      confidence: MEDIUM
      likelihood: MEDIUM
      impact: MEDIUM
      technology: [python]
      references: []
    pattern: TODO(...)
`,
);
create(join(root, 'semgrep-rules', 'python', `${id}.py`), `# ruleid: ${id}\n# ok: ${id}\n`);
create(
  join(root, 'docs', 'rules', `${id}.md`),
  `<!-- begin auto-generated rule header -->
<!-- end auto-generated rule header -->

## The attack

## What is reported

### In JavaScript and TypeScript

### In Python

## Examples

## Options

<!-- begin auto-generated rule options list -->
<!-- end auto-generated rule options list -->

## When not to use it

## References
`,
);
console.log('\nNext: fill in the catalog entry, the rule, both test files and the docs; `pnpm test` lists what is still missing.');
