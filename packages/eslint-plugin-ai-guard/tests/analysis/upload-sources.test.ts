import parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { importsAnyModule } from '../../src/analysis/upload-sources';

/** Runs `importsAnyModule` through a throwaway rule, so it sees the same SourceCode a rule does. */
function imports(code: string, modules: readonly string[]): boolean {
  let found = false;
  const probe: TSESLint.RuleModule<'x'> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
    create(context) {
      return {
        Program() {
          found = importsAnyModule(context.sourceCode, modules);
        },
      };
    },
  };
  new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        plugins: { probe: { rules: { probe: probe as never } } },
        languageOptions: { parser, sourceType: 'module' },
        rules: { 'probe/probe': 'error' },
      },
    ],
    'file.ts',
  );
  return found;
}

describe('importsAnyModule', () => {
  it('sees ESM imports, type-only imports, subpaths and require', () => {
    expect(imports(`import multipart from '@fastify/multipart';`, ['@fastify/multipart'])).toBe(true);
    expect(imports(`import type { FastifyRequest } from 'fastify';`, ['fastify'])).toBe(true);
    expect(imports(`import { cors } from 'hono/cors';`, ['hono'])).toBe(true);
    expect(imports(`const multipart = require('fastify-multipart');`, ['fastify-multipart'])).toBe(true);
  });

  it('ignores other modules, prefixes of other names and shadowed require', () => {
    expect(imports(`import express from 'express';`, ['fastify'])).toBe(false);
    expect(imports(`import plugin from 'fastify-plugin';`, ['fastify'])).toBe(false);
    expect(imports(`function require(name: string) { return name; }\nrequire('fastify');`, ['fastify'])).toBe(false);
  });
});
