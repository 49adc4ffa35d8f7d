import { ESLintUtils } from '@typescript-eslint/utils';

import { injectedServiceCalls } from '../../src/analysis/injected-services';
import { findModuleReferences, READ } from '../../src/analysis/module-references';
import { createRuleTester } from '../rule-tester';

/** Reports every method call on an `HttpService` from @nestjs/axios that a class or function receives by type. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'found'>({
  meta: { type: 'problem', schema: [], messages: { found: '{{method}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        for (const reference of findModuleReferences(context.sourceCode, { '@nestjs/axios': { HttpService: { [READ]: true } } })) {
          for (const { call, method } of injectedServiceCalls(context.sourceCode, reference)) {
            context.report({ node: call, messageId: 'found', data: { method } });
          }
        }
      },
    };
  },
});

createRuleTester().run('injected-services', probe, {
  valid: [
    "import { HttpService } from './http';\nclass A { constructor(private readonly http: HttpService) {} load(u) { return this.http.get(u); } }",
    "import { HttpService } from '@nestjs/axios';\nclass A { constructor(private readonly http: HttpService) {} load(u) { return this.other.get(u); } }",
  ],
  invalid: [
    {
      code: "import { HttpService } from '@nestjs/axios';\nclass A { constructor(private readonly http: HttpService) {} load(u) { return this.http.get(u); } }",
      filename: 'file.ts',
      errors: [{ messageId: 'found', data: { method: 'get' }, line: 2, column: 79, endLine: 2, endColumn: 95 }],
    },
    {
      code: "import { HttpService } from '@nestjs/axios';\nclass A { private http: HttpService; load(u) { return this.http.post(u, {}); } }",
      filename: 'file.ts',
      errors: [{ messageId: 'found', data: { method: 'post' }, line: 2, column: 55, endLine: 2, endColumn: 76 }],
    },
    {
      code: "import { HttpService } from '@nestjs/axios';\nexport function load(http: HttpService, u: string) { return http.head(u); }",
      filename: 'file.ts',
      errors: [{ messageId: 'found', data: { method: 'head' }, line: 2, column: 61, endLine: 2, endColumn: 73 }],
    },
  ],
});
