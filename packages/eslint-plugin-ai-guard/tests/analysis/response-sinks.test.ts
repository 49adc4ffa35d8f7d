import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  assignmentSink,
  chainRoot,
  classOfCode,
  isErrorDispatch,
  libraryBody,
  libraryResponseOf,
  librarySink,
  methodCallSink,
  proxyResultSink,
  socketSink,
  statusClassOf,
} from '../../src/analysis/response-sinks';
import { createRuleTester } from '../rule-tester';

/** Reports `statusClassOf(<argument>)` for each `classOf(...)` call and `chainRoot(<argument>)` for each `rootOf(...)`. */
const statusProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { status: '{{status}}', root: '{{name}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="classOf"]'(call: TSESTree.CallExpression) {
        const status = statusClassOf(call.arguments[0], context.sourceCode.getScope(call));
        context.report({ node: call, messageId: 'status', data: { status } });
      },
      'CallExpression[callee.name="rootOf"]'(call: TSESTree.CallExpression) {
        const root = call.arguments[0] ? chainRoot(call.arguments[0]) : undefined;
        if (root) context.report({ node: root, messageId: 'root', data: { name: root.name } });
      },
    };
  },
});

const status = (value: string, line: number, endColumn: number) => ({
  messageId: 'status' as const,
  data: { status: value },
  line,
  column: 1,
  endLine: line,
  endColumn,
});

createRuleTester().run('response-sinks: statusClassOf and chainRoot', statusProbe, {
  valid: [
    // A chain that starts from `this` has no identifier root.
    `rootOf(this.res.status(500).json);`,
  ],
  invalid: [
    { code: `classOf(500);`, errors: [status('5xx', 1, 13)] },
    { code: `classOf('503');`, errors: [status('5xx', 1, 15)] },
    { code: `const FAILED = 502;\nclassOf(FAILED);`, errors: [status('5xx', 2, 16)] },
    { code: `classOf(HttpStatus.INTERNAL_SERVER_ERROR);`, errors: [status('5xx', 1, 42)] },
    { code: `classOf(constants.HTTP_STATUS_SERVICE_UNAVAILABLE);`, errors: [status('5xx', 1, 51)] },
    { code: `classOf(StatusCodes.BAD_REQUEST);`, errors: [status('4xx', 1, 33)] },
    { code: `classOf(404);`, errors: [status('4xx', 1, 13)] },
    { code: `classOf(302);`, errors: [status('3xx', 1, 13)] },
    { code: `classOf(201);`, errors: [status('2xx', 1, 13)] },
    // What cannot be read stays unknown: it is never taken as a 4xx.
    { code: `classOf(err.status || 500);`, errors: [status('unknown', 1, 27)] },
    { code: `classOf(HttpStatus.I_AM_A_TEAPOT);`, errors: [status('unknown', 1, 34)] },
    { code: `classOf('failed');`, errors: [status('unknown', 1, 18)] },
    { code: `classOf(99);`, errors: [status('unknown', 1, 12)] },
    { code: `classOf(600);`, errors: [status('unknown', 1, 13)] },
    { code: `classOf();`, errors: [status('unknown', 1, 10)] },
    { code: `classOf(...codes);`, errors: [status('unknown', 1, 18)] },
    {
      code: `rootOf(res.status(500).set(headers).json);`,
      errors: [{ messageId: 'root', data: { name: 'res' }, line: 1, column: 8, endLine: 1, endColumn: 11 }],
    },
    {
      filename: 'file.ts',
      code: `rootOf((reply as FastifyReply).code(500).send);`,
      errors: [{ messageId: 'root', data: { name: 'reply' }, line: 1, column: 9, endLine: 1, endColumn: 14 }],
    },
    {
      // Computed members are walked like any other.
      code: `rootOf(responses[0].json);`,
      errors: [{ messageId: 'root', data: { name: 'responses' }, line: 1, column: 8, endLine: 1, endColumn: 17 }],
    },
    {
      // A call at the start of the chain yields its callee.
      code: `rootOf(getResponse().json);`,
      errors: [{ messageId: 'root', data: { name: 'getResponse' }, line: 1, column: 8, endLine: 1, endColumn: 19 }],
    },
  ],
});

describe('classOfCode', () => {
  it('classes the edges of each range', () => {
    expect([199, 200, 299, 300, 399, 400, 499, 500, 599].map(classOfCode)).toEqual([
      'unknown',
      '2xx',
      '2xx',
      '3xx',
      '3xx',
      '4xx',
      '4xx',
      '5xx',
      '5xx',
    ]);
  });

  it('leaves a code that is not an HTTP status unknown', () => {
    expect([Number.NaN, 600, 1000].map(classOfCode)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});

/**
 * Reports the sink each argument named `body` reaches: a response method call (`methodCallSink`), an
 * assignment (`assignmentSink`), or a library call or construction (`libraryResponseOf` + `librarySink`).
 */
const sinkProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { sink: '{{status}}', library: '{{label}} {{status}}' } },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    const isBody = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.Identifier && node.name === 'body';
    const library = (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
      const response = libraryResponseOf(sourceCode, node);
      const body = response ? libraryBody(sourceCode, node, response) : undefined;
      const sink = response && body && isBody(body) ? librarySink(sourceCode, node, body, response) : undefined;
      if (response && sink) context.report({ node: sink.node, messageId: 'library', data: { label: response.label, status: sink.status } });
    };
    return {
      NewExpression: library,
      CallExpression(call) {
        library(call);
        for (const argument of call.arguments.filter(isBody)) {
          const sink = methodCallSink(sourceCode, call, argument);
          if (sink) context.report({ node: sink.node, messageId: 'sink', data: { status: sink.status } });
        }
      },
      'AssignmentExpression[right.name="body"]'(assignment: TSESTree.AssignmentExpression) {
        const sink = assignmentSink(sourceCode, assignment);
        if (sink) context.report({ node: sink.node, messageId: 'sink', data: { status: sink.status } });
      },
    };
  },
});

const sink = (value: string, line: number, column: number, endColumn: number) => ({
  messageId: 'sink' as const,
  data: { status: value },
  line,
  column,
  endLine: line,
  endColumn,
});

const library = (label: string, value: string, line: number, column: number, endColumn: number) => ({
  messageId: 'library' as const,
  data: { label, status: value },
  line,
  column,
  endLine: line,
  endColumn,
});

createRuleTester().run('response-sinks: methodCallSink, assignmentSink, librarySink', sinkProbe, {
  valid: [
    // The receiver must be a handler's parameter (or Nest's getResponse()).
    `const res = makeResponse(); res.json(body);`,
    `app.get('/', (req, res) => { logger.send(body); });`,
    // The status argument of json/text/html and the view name of render are not the body.
    `app.get('/', (c) => c.json(other, body));`,
    `app.get('/', (req, res) => { res.render(body); });`,
    `app.get('/', (req, res) => { res.locals.push(body); });`,
    // end/write exist on every stream: a lone parameter not used as a server response is not one.
    `function pipe(stream) { stream.end(body); }`,
    // Koa: compound assignment, a local ctx, state rather than body, and more than (ctx, next).
    `app.use((ctx) => { ctx.body += body; });`,
    `const ctx = makeContext(); ctx.body = body;`,
    `app.use((ctx) => { ctx.state.body = body; });`,
    `app.use((a, b, c) => { a.body = body; });`,
    // Express locals only count on a response in the response position.
    `function remember(res) { res.locals.user = body; }`,
    // Library sinks take their body as the first argument, and only the real library or global.
    `export function GET() { return new Response(null, body); }`,
    `class Response {}
const made = new Response(body);`,
    `import { NextResponse } from './next-server';
export const GET = () => NextResponse.json(body);`,
    // Hono's HTTPException: the cause is not sent.
    `import { HTTPException } from 'hono/http-exception';
throw new HTTPException(500, { message: 'failed', cause: body });`,
  ],
  invalid: [
    {
      code: `app.get('/', (req, res) => { res.json(body); });`,
      errors: [sink('unknown', 1, 30, 44)],
    },
    {
      code: `app.get('/', (req, res) => { res.status(500).json(body); });`,
      errors: [sink('5xx', 1, 30, 56)],
    },
    {
      code: `app.post('/', (req, res) => { res.status(400).send(body); });`,
      errors: [sink('4xx', 1, 31, 57)],
    },
    {
      code: `app.get('/', (c) => c.json(body, 500));`,
      errors: [sink('5xx', 1, 21, 38)],
    },
    {
      code: `app.get('/', (req, res) => { res.render('error', body); });`,
      errors: [sink('unknown', 1, 30, 55)],
    },
    {
      // A status set by an earlier statement of the same block.
      code: `app.use((err, req, res, next) => {
  res.statusCode = 500;
  res.end(body);
});`,
      errors: [sink('5xx', 3, 3, 16)],
    },
    {
      code: `function handle(req, res) {
  res.status(502);
  res.send(body);
}`,
      errors: [sink('5xx', 3, 3, 17)],
    },
    {
      // A status set inside a nested `if` is not known to apply.
      code: `function handle(req, res) {
  if (failed) res.status(503);
  res.send(body);
}`,
      errors: [sink('unknown', 3, 3, 17)],
    },
    {
      code: `fastify.setErrorHandler((error, request, reply) => { reply.code(500).send(body); });`,
      errors: [sink('5xx', 1, 54, 80)],
    },
    {
      // A lone parameter used the way only a server response is: writeHead.
      code: `function respond(out) {
  out.writeHead(500);
  out.end(body);
}`,
      errors: [sink('5xx', 3, 3, 16)],
    },
    {
      filename: 'file.ts',
      code: `class ErrorsFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    response.status(500).json(body);
  }
}`,
      errors: [sink('5xx', 4, 5, 36)],
    },
    {
      filename: 'file.ts',
      code: `class ReportController {
  download(@Res() response: Response) { response.write(body); }
}`,
      errors: [sink('unknown', 2, 41, 61)],
    },
    {
      code: `app.use(async (ctx) => { ctx.body = body; });`,
      errors: [sink('unknown', 1, 26, 41)],
    },
    {
      code: `app.use(async (ctx, next) => { ctx.status = 500; ctx.body = body; });`,
      errors: [sink('5xx', 1, 50, 65)],
    },
    {
      code: `router.get('/', (ctx) => { ctx.response.body = body; });`,
      errors: [sink('unknown', 1, 28, 52)],
    },
    {
      // Whether a view renders a local is out of sight: no status.
      code: `app.use((err, req, res, next) => { res.locals.error = body; res.render('error'); });`,
      errors: [sink('none', 1, 36, 59)],
    },
    {
      code: `import { NextResponse } from 'next/server';
export function GET() { return NextResponse.json(body, { status: 500 }); }`,
      errors: [library('`Response` / `NextResponse`', '5xx', 2, 32, 72)],
    },
    {
      code: `export function GET() { return new Response(body); }`,
      errors: [library('`Response` / `NextResponse`', 'unknown', 1, 32, 50)],
    },
    {
      code: `export const GET = () => Response.json(body, { headers });`,
      errors: [library('`Response` / `NextResponse`', 'unknown', 1, 26, 58)],
    },
    {
      code: `import { HttpException, HttpStatus } from '@nestjs/common';
throw new HttpException(body, HttpStatus.BAD_GATEWAY);`,
      errors: [library('Nest `HttpException`', '5xx', 2, 7, 54)],
    },
    {
      code: `const { NotFoundException } = require('@nestjs/common');
throw new NotFoundException(body);`,
      errors: [library('Nest `NotFoundException`', '4xx', 2, 7, 34)],
    },
    {
      code: `import * as common from '@nestjs/common';
throw new common.InternalServerErrorException(body);`,
      errors: [library('Nest `InternalServerErrorException`', '5xx', 2, 7, 52)],
    },
    {
      // Hono's HTTPException sends its `message` option, with the status of its first argument.
      code: `import { HTTPException } from 'hono/http-exception';
throw new HTTPException(500, { message: body, cause: err });`,
      errors: [library('Hono `HTTPException`', '5xx', 2, 7, 60)],
    },
  ],
});

/** Reports each `socketSink` for arguments named `body`, and each call `isErrorDispatch` recognises. */
const socketProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { socket: 'socket {{status}}', dispatch: 'error dispatch' } },
  defaultOptions: [],
  create(context) {
    return {
      CallExpression(call) {
        for (const argument of call.arguments) {
          if (argument.type !== AST_NODE_TYPES.Identifier || argument.name !== 'body') continue;
          const sink = socketSink(context.sourceCode, call, argument);
          if (sink) context.report({ node: sink.node, messageId: 'socket', data: { status: sink.status } });
        }
        if (isErrorDispatch(context.sourceCode, call)) context.report({ node: call, messageId: 'dispatch' });
      },
    };
  },
});

createRuleTester().run('response-sinks: socketSink and isErrorDispatch', socketProbe, {
  valid: [
    // Not a connected socket: another event, the event name itself, a first parameter.
    `io.on('disconnect', (socket) => { socket.emit('bye', body); });`,
    `io.on('connection', (socket) => { socket.emit(body); });`,
    `io.on('connection', (socket) => { socket.on('save', (ack, data) => ack(body)); });`,
    `emitter.on('save', (data, ack) => ack(body));`,
    // An Express response's send, and a reply that is not a parameter.
    `app.get('/', (req, res) => { res.status(500).send(err); });`,
    `const reply = makeReply(); reply.code(500).send(err);`,
  ],
  invalid: [
    {
      code: `io.on('connection', (socket) => { socket.emit('failed', body); });`,
      errors: [{ messageId: 'socket', data: { status: 'none' }, line: 1, column: 35, endLine: 1, endColumn: 62 }],
    },
    {
      code: `io.on('connection', (socket) => { socket.on('save', (data, ack) => ack(body)); });`,
      errors: [{ messageId: 'socket', data: { status: 'none' }, line: 1, column: 68, endLine: 1, endColumn: 77 }],
    },
    {
      // A member only a Fastify reply has.
      code: `function onFailure(err, request, reply) { if (reply.sent) return; reply.send(err); }`,
      errors: [{ messageId: 'dispatch', line: 1, column: 67, endLine: 1, endColumn: 82 }],
    },
    {
      code: `fastify.setErrorHandler((error, request, reply) => { reply.send(error); });`,
      errors: [{ messageId: 'dispatch', line: 1, column: 54, endLine: 1, endColumn: 71 }],
    },
    {
      filename: 'file.ts',
      code: `import type { FastifyReply } from 'fastify';
export function fail(reply: FastifyReply, err: Error) { reply.send(err); }`,
      errors: [{ messageId: 'dispatch', line: 2, column: 57, endLine: 2, endColumn: 72 }],
    },
  ],
});

/** Reports each `{ statusCode, body }` a Lambda handler answers with: its status class and body. */
const proxyProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { proxy: '{{status}} {{body}}' } },
  defaultOptions: [],
  create(context) {
    return {
      ObjectExpression(object: TSESTree.ObjectExpression) {
        const result = proxyResultSink(context.sourceCode, object);
        if (result)
          context.report({
            node: object,
            messageId: 'proxy',
            data: { status: result.sink.status, body: context.sourceCode.getText(result.body) },
          });
      },
    };
  },
});

createRuleTester().run('proxyResultSink', proxyProbe, {
  valid: [
    // Not a handler: nothing calls it with an API Gateway event, and no handler returns it.
    'function summary(rows) { return { statusCode: 200, body: rows.length }; }\nexport const totals = summary(loadRows());',
    // A helper this file calls from a function that is not a Lambda handler.
    'const respond = (statusCode, body) => ({ statusCode, body });\nfunction check(task) { return respond(200, task.name); }',
  ],
  invalid: [
    {
      code: 'export const handler = async (event) => {\n  return { statusCode: 500, body: event.pathParameters.id };\n};',
      errors: [
        { messageId: 'proxy', data: { status: '5xx', body: 'event.pathParameters.id' }, line: 2, column: 10, endLine: 2, endColumn: 60 },
      ],
    },
    {
      // Built by a helper a handler returns: the status is whatever each call passes.
      code: 'const respond = (statusCode, body) => ({ statusCode, body: JSON.stringify(body) });\nexports.get = async (event) => respond(200, event.pathParameters);',
      errors: [
        { messageId: 'proxy', data: { status: 'unknown', body: 'JSON.stringify(body)' }, line: 1, column: 40, endLine: 1, endColumn: 82 },
      ],
    },
  ],
});
