import parser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { importsAnyModule, uploadModel, type UploadValue } from '../../src/analysis/upload-sources';
import { createRuleTester } from '../rule-tester';

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

/** Reports what the upload model makes of the first argument of every `sink(...)` call. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'value'>({
  meta: { type: 'problem', schema: [], messages: { value: '{{value}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="sink"]'(node: TSESTree.CallExpression) {
        const [argument] = node.arguments;
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
        const value = uploadModel(context.sourceCode).valueOf(argument);
        if (value) context.report({ node: argument, messageId: 'value', data: { value: describeValue(value) } });
      },
    };
  },
});

function describeValue(value: UploadValue): string {
  switch (value.kind) {
    case 'client':
      return `${value.field}:${value.taint}:${value.library}${value.unconfirmed ? ':unconfirmed' : ''}`;
    case 'upload':
      return `upload:${value.library}:${value.file ? 'file' : ''}${value.container ? '+files' : ''}`;
    default:
      return value.kind;
  }
}

createRuleTester().run('upload-sources', probe, {
  valid: [
    // Names decide nothing: an untyped `file` parameter of a plain function, a `req` no framework calls.
    'function save(file) { sink(file.originalname); }',
    'function archive(req) { sink(req.file.originalname); }',
    // multer's generated name, formidable's random one, an h3 part's field name.
    "app.post('/u', (req, res) => { sink(req.file.filename); res.end(); });",
    "import formidable from 'formidable';\nformidable().parse(req, (err, fields, files) => sink(files.doc[0].newFilename));",
    'export default defineEventHandler(async (event) => { for (const part of await readMultipartFormData(event)) sink(part.name); });',
    // A FormData the code builds itself.
    "const form = new FormData(); sink(form.get('file').name);",
  ],
  invalid: [
    {
      code: "app.post('/u', (req, res) => { sink(req.file.originalname); res.end(); });",
      errors: [{ messageId: 'value', data: { value: 'name:full:multer' }, line: 1, column: 37, endLine: 1, endColumn: 58 }],
    },
    {
      code: 'exports.save = (req, res) => { sink(req.files.doc.name); res.end(); };',
      errors: [
        { messageId: 'value', data: { value: 'name:full:request-files:unconfirmed' }, line: 1, column: 37, endLine: 1, endColumn: 55 },
      ],
    },
    {
      code: "import fileUpload from 'express-fileupload';\napp.post('/u', fileUpload(), (req, res) => sink(req.files.doc.name));",
      errors: [{ messageId: 'value', data: { value: 'name:full:express-fileupload' }, line: 2, column: 49, endLine: 2, endColumn: 67 }],
    },
    {
      code: "router.post('/m', async (ctx) => { sink(ctx.request.files.media.originalFilename); });",
      errors: [{ messageId: 'value', data: { value: 'name:full:koa-files' }, line: 1, column: 41, endLine: 1, endColumn: 81 }],
    },
    {
      code: 'export function store(file: Express.Multer.File) { sink(file.mimetype); }',
      filename: 'file.ts',
      errors: [{ messageId: 'value', data: { value: 'mime:full:multer' }, line: 1, column: 57, endLine: 1, endColumn: 70 }],
    },
    {
      code: "import busboy from 'busboy';\nbusboy({}).on('file', (field, stream, info) => sink(info.filename));",
      errors: [{ messageId: 'value', data: { value: 'name:full:busboy' }, line: 2, column: 53, endLine: 2, endColumn: 66 }],
    },
    {
      code: "import formidable from 'formidable';\nconst form = formidable();\nconst parsed = new Promise((resolve) => form.parse(req, (err, fields, files) => resolve({ fields, files })));\nsink((await parsed).files);",
      errors: [{ messageId: 'value', data: { value: 'upload:formidable:+files' }, line: 4, column: 6, endLine: 4, endColumn: 26 }],
    },
    {
      code: "import path from 'node:path';\nexport async function POST(request) { const file = (await request.formData()).get('f'); sink(path.basename(file.name)); }",
      errors: [{ messageId: 'value', data: { value: 'name:partial:web' }, line: 2, column: 94, endLine: 2, endColumn: 118 }],
    },
    {
      code: "fastify.post('/u', async (request, reply) => { for await (const part of request.parts()) sink(`up/${part.filename}`); });",
      errors: [{ messageId: 'value', data: { value: 'name:full:fastify-multipart' }, line: 1, column: 95, endLine: 1, endColumn: 116 }],
    },
  ],
});
