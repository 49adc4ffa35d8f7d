import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import {
  errorFlow,
  errorHandlerOf,
  errorLibraryUses,
  isNestExceptionFilterMethod,
  messageGuard,
  promiseRejectionHandler,
  statusGuard,
} from '../../src/analysis/error-values';
import type { FunctionNode } from '../../src/analysis/local-functions';
import { createRuleTester } from '../rule-tester';

/** Reports what `errorFlow` says each `send(x)` argument holds: `kind@origin`, `<500` for a part chosen below 500. */
const flowProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { holds: '{{parts}}' } },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      'CallExpression[callee.name="send"]'(call: TSESTree.CallExpression) {
        const [argument] = call.arguments;
        const value = argument ? errorFlow(sourceCode).valueOf(argument) : undefined;
        if (!argument || !value) return;
        const parts = value.map(
          (part) => `${part.kind}${part.origin ? `@${sourceCode.getText(part.origin)}` : ''}${part.belowServerError ? '<500' : ''}`,
        );
        context.report({ node: argument, messageId: 'holds', data: { parts: parts.join(', ') } });
      },
    };
  },
});

const holds = (parts: string, line: number, column: number, endColumn: number) => ({
  messageId: 'holds' as const,
  data: { parts },
  line,
  column,
  endLine: line,
  endColumn,
});

createRuleTester().run('error-values: errorFlow', flowProbe, {
  valid: [
    // Values that are not errors, and parts of an error that carry nothing.
    `const job = load(); send(job.stack);`,
    `try { run(); } catch (err) { send(err.code); send(err.name); send(err.stack.length); }`,
    `try { run(); } catch (err) { send(err.config.status); }`,
    // Only the rejection side of a promise carries an error.
    `promise.then((value) => send(value));`,
    `promise.finally(() => send(done));`,
    // `a && b` is `b` or a falsy `a`.
    `try { run(); } catch (err) { send(err.response && err.response.status); }`,
    // A development branch, and a message an error written for clients carries.
    `try { run(); } catch (err) { send(process.env.NODE_ENV !== 'production' ? err.stack : undefined); }`,
    `try { run(); } catch (err) { send(err.expose ? err.message : 'Internal'); }`,
    `try { run(); } catch (err) { send(err instanceof ValidationError ? err.message : 'Internal'); }`,
    // A helper only called in development.
    `function sendErrorDev(err) { send(err.stack); }
try { run(); } catch (err) { if (process.env.NODE_ENV === 'development') sendErrorDev(err); }`,
    // The text of a GraphQL error as a formatter receives it is written for clients.
    `import { ApolloServer } from '@apollo/server';
new ApolloServer({ formatError: (formatted) => { send(formatted.message); send(\`\${formatted}\`); return formatted; } });`,
    // A converter of a value that is not an error.
    `send(String(count));`,
    `import util from 'node:util';
send(util.inspect(config));`,
  ],
  invalid: [
    {
      code: `try { run(); } catch (err) { send(err); }`,
      errors: [holds('error', 1, 35, 38)],
    },
    {
      code: `try { run(); } catch (err) { send(err.stack); send(err.message); send(err.sql); }`,
      errors: [holds('stack@err.stack', 1, 35, 44), holds('message@err.message', 1, 52, 63), holds('details@err.sql', 1, 71, 78)],
    },
    {
      // Destructured in the catch clause: the pattern is the origin; rules report the read instead.
      code: `try { run(); } catch ({ stack }) { send(stack); }`,
      errors: [holds('stack@stack', 1, 41, 46)],
    },
    {
      code: `promise.catch((error) => send(error.cause));`,
      errors: [holds('error', 1, 31, 42)],
    },
    {
      code: `promise.then(show, function (reason) {
  send(reason.toString());
});`,
      errors: [holds('string@reason.toString()', 2, 8, 25)],
    },
    {
      code: `try { run(); } catch (err) { send({ ok: false, error: err }); }`,
      errors: [holds('details@err', 1, 35, 60)],
    },
    {
      code: `try { run(); } catch (err) { send({ ...err, name: err.name }); }`,
      errors: [holds('details@...err', 1, 35, 61)],
    },
    {
      code: `try { run(); } catch (err) { const body = { ok: false }; body.trace = err.stack; send(body); }`,
      errors: [holds('stack@err.stack', 1, 87, 91)],
    },
    {
      code: 'try { run(); } catch (err) { send(`failed: ${err}`); send("failed: " + err.message); }',
      errors: [holds('string@err', 1, 35, 51), holds('message@err.message', 1, 59, 83)],
    },
    {
      code: `try { run(); } catch (err) { let details = 'failed'; details += err.stack; send(details); }`,
      errors: [holds('stack@err.stack', 1, 81, 88)],
    },
    {
      code: `try { run(); } catch (err) { send(err.stack.split('\\n').slice(0, 3)); }`,
      errors: [holds('stack@err.stack', 1, 35, 68)],
    },
    {
      code: `try { run(); } catch (err) { send(err.response.data); }`,
      errors: [holds('details@err.response', 1, 35, 52)],
    },
    {
      code: `import { inspect } from 'util';
try { run(); } catch (err) { send(inspect(err)); send(JSON.stringify(err)); send(String(err.stack)); }`,
      errors: [
        holds('details@inspect(err)', 2, 35, 47),
        holds('details@JSON.stringify(err)', 2, 55, 74),
        holds('stack@err.stack', 2, 82, 99),
      ],
    },
    {
      code: `try { run(); } catch (err) { send(Object.assign({ ok: false }, err)); }`,
      errors: [holds('details@err', 1, 35, 68)],
    },
    {
      // A status guard keeps the message for the branch below 500.
      code: `app.use((err, req, res, next) => {
  const status = err.status || 500;
  send(status < 500 ? err.message : 'Internal');
  send(status >= 500 ? 'Internal' : err.message);
  res.json({});
});`,
      errors: [holds('message@err.message<500', 3, 8, 47), holds('message@err.message<500', 4, 8, 48)],
    },
    {
      // One call deep, both ways.
      code: `function toBody(error) { return { message: error.message }; }
function reply(error) { send(error.stack); }
try { run(); } catch (err) { send(toBody(err)); reply(err); }`,
      errors: [holds('stack@error.stack', 2, 30, 41), holds('message@error.message', 3, 35, 46)],
    },
    {
      filename: 'file.ts',
      code: `import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
new ApolloServer({
  formatError: (formatted, error) => {
    send(formatted.extensions?.stacktrace);
    send(unwrapResolverError(error));
    return formatted;
  },
});`,
      errors: [holds('stack@formatted.extensions?.stacktrace', 5, 10, 42), holds('error', 6, 10, 36)],
    },
    {
      // A GraphQL error as a formatter receives it: written for clients unless its internals are read.
      code: `import { ApolloServer } from '@apollo/server';
new ApolloServer({ formatError: (formatted) => { send(formatted); return formatted; } });`,
      errors: [holds('graphql-error', 2, 55, 64)],
    },
    {
      // Apollo 2/3 put the original error's properties (and, in debug, its stack) into `extensions.exception`.
      code: `const { ApolloServer } = require('apollo-server');
new ApolloServer({
  formatError(err) {
    const { exception } = err.extensions || {};
    send(exception);
    send(err.originalError);
    return err;
  },
});`,
      errors: [holds('details@exception', 5, 10, 19), holds('error', 6, 10, 27)],
    },
    {
      code: `const mercurius = require('mercurius');
app.register(mercurius, {
  errorFormatter(execution) {
    send(execution.errors.map((e) => ({ message: e.message, trace: e.stack })));
    return { statusCode: 200, response: execution };
  },
});`,
      errors: [holds('stack@e.stack', 4, 10, 79)],
    },
    {
      // Both a guarded and an unguarded call site: the unguarded one counts.
      code: `function sendErrorDev(err) { send(err.stack); }
try { run(); } catch (err) { if (isDev) sendErrorDev(err); else sendErrorDev(err); }`,
      errors: [holds('stack@err.stack', 1, 35, 44)],
    },
  ],
});

/** Reports each function `errorHandlerOf` recognises, each `promiseRejectionHandler`, and each Nest filter's `catch`. */
const handlerProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: { handler: '{{framework}} {{returnsBody}}', rejection: 'rejection handler', nestFilter: 'Nest exception filter' },
  },
  defaultOptions: [],
  create(context) {
    return {
      ':function'(node: FunctionNode) {
        const handler = errorHandlerOf(context.sourceCode, node);
        if (handler) {
          const data = { framework: handler.framework, returnsBody: handler.returnsBody ? 'body' : 'no-body' };
          context.report({ node, messageId: 'handler', data });
        }
      },
      CallExpression(node) {
        const rejection = promiseRejectionHandler(node);
        if (rejection) context.report({ node: rejection, messageId: 'rejection' });
      },
      MethodDefinition(node) {
        if (isNestExceptionFilterMethod(node)) context.report({ node: node.key, messageId: 'nestFilter' });
      },
    };
  },
});

const handler = (framework: string, returnsBody: string, line: number, column: number, endLine: number, endColumn: number) => ({
  messageId: 'handler' as const,
  data: { framework, returnsBody },
  line,
  column,
  endLine,
  endColumn,
});

createRuleTester().run('error-values: errorHandlerOf, promiseRejectionHandler, isNestExceptionFilterMethod', handlerProbe, {
  valid: [
    // Four parameters, but the third is never used as a response nor handed on, and the fourth is not called.
    `app.get('/', (a, b, c, d) => { c.push(a); });`,
    // The fourth parameter is used as an object: not `next` (Fastify's own `(err, request, reply, store)`).
    `function preHandler(err, request, reply, store) { store.error = err; reply.send(err); }`,
    // Ordinary middleware: three parameters.
    `app.use((req, res, next) => { res.json({}); });`,
    `app.onError((err) => log(err));`,
    `emitter.on('error', (err, c) => c.text('failed'));`,
    // The handler must be the first argument.
    `queue.setErrorHandlers(function (error, request, reply) { reply.send({}); });`,
    `fastify.setErrorHandler(options, function (error, request, reply) { reply.send({}); });`,
    // A type of the same name from elsewhere.
    {
      filename: 'file.ts',
      code: `import type { ErrorHandler } from './types';
export const onError: ErrorHandler = (err, c) => c.json({});`,
    },
    // A shadowed factory.
    `import { defineNitroErrorHandler } from './local';
export default defineNitroErrorHandler((error, event) => {});`,
    `promise.catch(handleError);`,
    {
      filename: 'file.ts',
      code: `@Injectable()
class Payments {
  catch(error: Error) { return error; }
}`,
    },
    {
      filename: 'file.ts',
      code: `@Catch()
class AllExceptions {
  static catch(exception: unknown) { return exception; }
  handle(exception: unknown) { return exception; }
  get catch() { return 1; }
}`,
    },
  ],
  invalid: [
    {
      code: `app.use((err, req, res, next) => { res.status(500).json({ ok: false }); });`,
      errors: [handler('Express', 'no-body', 1, 9, 1, 74)],
    },
    {
      code: `function onError(error, request, response, next) {
  if (response.headersSent) return next(error);
  response.end();
}`,
      errors: [handler('Express', 'no-body', 1, 1, 4, 2)],
    },
    {
      // `next` called: Express error middleware that passes the error on.
      code: `app.use((err, req, res, next) => { next(err); });`,
      errors: [handler('Express', 'no-body', 1, 9, 1, 48)],
    },
    {
      // The response handed to a helper.
      code: `module.exports = function (err, req, res, next) { sendErrorProd(err, res); };`,
      errors: [handler('Express', 'no-body', 1, 18, 1, 77)],
    },
    {
      code: `fastify.setErrorHandler(function (error, request, reply) { reply.send({}); });`,
      errors: [handler('Fastify', 'body', 1, 25, 1, 77)],
    },
    {
      // Registered by name.
      code: `function handleErrors(error, request, reply) { return { ok: false }; }
fastify.setErrorHandler(handleErrors);`,
      errors: [handler('Fastify', 'body', 1, 1, 1, 71)],
    },
    {
      code: `app.onError((err, c) => c.text('failed', 500));`,
      errors: [handler('Hono', 'no-body', 1, 13, 1, 46)],
    },
    {
      filename: 'file.ts',
      code: `import type { ErrorHandler } from 'hono';
export const onError: ErrorHandler = (err, c) => c.json({});`,
      errors: [handler('typed', 'no-body', 2, 38, 2, 60)],
    },
    {
      filename: 'file.ts',
      code: `import express from 'express';
export const handle: express.ErrorRequestHandler = (err, req, res, next) => log(err);`,
      errors: [handler('typed', 'no-body', 2, 52, 2, 85)],
    },
    {
      code: `export default defineNitroErrorHandler((error, event) => {});`,
      errors: [handler('Nitro', 'no-body', 1, 40, 1, 60)],
    },
    {
      code: `promise.then(show, function (reason) {});`,
      errors: [{ messageId: 'rejection', line: 1, column: 20, endLine: 1, endColumn: 40 }],
    },
    {
      filename: 'file.ts',
      code: `@Catch()
export class AllExceptions {
  catch(exception: unknown, host: ArgumentsHost) {}
}`,
      errors: [{ messageId: 'nestFilter', line: 3, column: 3, endLine: 3, endColumn: 8 }],
    },
    {
      filename: 'file.ts',
      code: `class HttpErrors implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost) {}
}`,
      errors: [{ messageId: 'nestFilter', line: 2, column: 3, endLine: 2, endColumn: 8 }],
    },
    {
      code: `class Fallback extends BaseExceptionFilter {
  catch(exception, host) { super.catch(exception, host); }
}`,
      errors: [{ messageId: 'nestFilter', line: 2, column: 3, endLine: 2, endColumn: 8 }],
    },
  ],
});

/** Reports what `errorLibraryUses` collects: debug settings, leaky defaults, formatters, library responses and converters. */
const usesProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      debug: '{{server}}: {{setting}}',
      leaky: '{{server}} leaks by default',
      formatter: '{{server}} formatter {{path}}',
      response: 'response {{label}}',
      converter: 'converter {{result}}',
    },
  },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        const uses = errorLibraryUses(context.sourceCode);
        for (const use of uses.debugSettings) {
          context.report({ node: use.value, messageId: 'debug', data: { server: use.server.label, setting: use.setting.path.join('.') } });
        }
        for (const use of uses.leakyDefaults) context.report({ node: use.call, messageId: 'leaky', data: { server: use.server.label } });
        for (const [fn, use] of uses.formatters) {
          context.report({ node: fn, messageId: 'formatter', data: { server: use.server.label, path: use.formatter.path.join('.') } });
        }
        for (const [node, response] of uses.responses) context.report({ node, messageId: 'response', data: { label: response.label } });
        for (const [node, result] of uses.converters) context.report({ node, messageId: 'converter', data: { result } });
      },
    };
  },
});

const debug = (server: string, setting: string, line: number, column: number, endColumn: number) => ({
  messageId: 'debug' as const,
  data: { server, setting },
  line,
  column,
  endLine: line,
  endColumn,
});

createRuleTester().run('error-values: errorLibraryUses', usesProbe, {
  valid: [
    // Defaults that send stack traces outside production only, and settings that are not constant.
    `import { ApolloServer } from 'apollo-server-express';
new ApolloServer({ typeDefs, resolvers });
new ApolloServer({ debug: process.env.NODE_ENV !== 'production' });
new ApolloServer({ debug: false });`,
    `import { ApolloServer } from '@apollo/server';
new ApolloServer({ schema, includeStacktraceInErrorResponses: config.debug });`,
    `import { createYoga } from 'graphql-yoga';
createYoga({ schema, maskedErrors: true });`,
    // The same names from other modules, or not imported at all.
    `import { ApolloServer } from './apollo';
new ApolloServer({ debug: true, formatError: (e) => e });`,
    `new ApolloServer({ debug: true });`,
    // Options that cannot be read, or that replace koa-json-error's output.
    `import error from 'koa-json-error';
app.use(error(options));
app.use(error({ format: formatters.koa }));
app.use(error((err) => ({ message: 'failed' })));`,
    // A formatter that is not a function of this file.
    `import graphqlHTTP from 'express-graphql';
graphqlHTTP.graphqlHTTP({ schema, customFormatErrorFn: formatters.graphql });`,
    // Globals (`new Response`, `String`) are looked up at the call, not collected here.
    `new Response(body); String(err); JSON.stringify(err);`,
    // mercurius passed to something other than register.
    `import mercurius from 'mercurius';
plugins.push(mercurius, { errorFormatter: (execution) => execution });`,
  ],
  invalid: [
    {
      code: `const { ApolloServer } = require('apollo-server-express');
const server = new ApolloServer({ typeDefs, debug: true });`,
      errors: [debug('Apollo Server 2 and 3', 'debug', 2, 52, 56)],
    },
    {
      filename: 'file.ts',
      code: `import { ApolloServer, ApolloServerOptions } from '@apollo/server';
const options: ApolloServerOptions<Context> = { schema, includeStacktraceInErrorResponses: true };
export const server = new ApolloServer<Context>(options);`,
      errors: [debug('Apollo Server 4 and 5', 'includeStacktraceInErrorResponses', 2, 92, 96)],
    },
    {
      code: `import * as yoga from 'graphql-yoga';
export default yoga.createYoga({ schema, maskedErrors: false });
export const other = yoga.createYoga({ schema, maskedErrors: { isDev: true } });`,
      errors: [debug('GraphQL Yoga', 'maskedErrors', 2, 56, 61), debug('GraphQL Yoga', 'maskedErrors.isDev', 3, 71, 75)],
    },
    {
      code: `import { GraphQLModule } from '@nestjs/graphql';
GraphQLModule.forRoot({ driver: ApolloDriver, debug: true, includeStacktraceInErrorResponses: true });`,
      errors: [debug('@nestjs/graphql', 'debug', 2, 54, 58), debug('@nestjs/graphql', 'includeStacktraceInErrorResponses', 2, 95, 99)],
    },
    {
      code: `const errorHandler = require('strong-error-handler');
app.use(errorHandler({ debug: true, log: true }));`,
      errors: [debug('strong-error-handler', 'debug', 2, 31, 35)],
    },
    {
      code: `import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
const middleware = MiddlewareFactory.create({ config, logger });
app.use(middleware.error({ showStackTraces: true }));`,
      errors: [debug('Backstage backend', 'showStackTraces', 3, 45, 49)],
    },
    {
      code: `import { createApp } from 'h3';
export const app = createApp({ debug: true });`,
      errors: [debug('h3', 'debug', 2, 39, 43)],
    },
    {
      code: `import errorhandler from 'errorhandler';
import jsonError from 'koa-json-error';
app.use(errorhandler({ log: false }));
koa.use(jsonError());
koa.use(jsonError({ preserveStack: true }));`,
      errors: [
        { messageId: 'leaky', data: { server: 'errorhandler' }, line: 3, column: 9, endLine: 3, endColumn: 37 },
        { messageId: 'leaky', data: { server: 'koa-json-error' }, line: 4, column: 9, endLine: 4, endColumn: 20 },
        { messageId: 'leaky', data: { server: 'koa-json-error' }, line: 5, column: 9, endLine: 5, endColumn: 43 },
      ],
    },
    {
      code: `import { graphqlHTTP } from 'express-graphql';
const format = (error) => ({ message: error.message });
app.use('/graphql', graphqlHTTP((req) => ({ schema, customFormatErrorFn: format })));`,
      errors: [
        {
          messageId: 'formatter',
          data: { server: 'express-graphql', path: 'customFormatErrorFn' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 55,
        },
      ],
    },
    {
      code: `fastify.register(require('mercurius'), { schema, errorFormatter(execution) { return execution; } });`,
      errors: [
        { messageId: 'formatter', data: { server: 'mercurius', path: 'errorFormatter' }, line: 1, column: 64, endLine: 1, endColumn: 97 },
      ],
    },
    {
      code: `import { createHandler } from 'graphql-http/lib/use/express';
app.all('/graphql', createHandler({ schema, formatError(err) { return err; } }));`,
      errors: [
        { messageId: 'formatter', data: { server: 'graphql-http', path: 'formatError' }, line: 2, column: 56, endLine: 2, endColumn: 77 },
      ],
    },
    {
      code: `import { HTTPException } from 'hono/http-exception';
import { NextResponse } from 'next/server';
throw new HTTPException(500, { message });
NextResponse.json(body);`,
      errors: [
        { messageId: 'response', data: { label: 'Hono `HTTPException`' }, line: 3, column: 7, endLine: 3, endColumn: 42 },
        { messageId: 'response', data: { label: '`Response` / `NextResponse`' }, line: 4, column: 1, endLine: 4, endColumn: 24 },
      ],
    },
    {
      code: `const { serializeError } = require('serialize-error');
serializeError(err);`,
      errors: [{ messageId: 'converter', data: { result: 'serialized' }, line: 2, column: 1, endLine: 2, endColumn: 20 }],
    },
  ],
});

/** Reports `statusGuard` of each `if` test, and `messageGuard` at each `mark()` call. */
const guardProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { side: '{{side}}', guard: '{{guard}}' } },
  defaultOptions: [],
  create(context) {
    return {
      IfStatement(node) {
        const side = statusGuard(context.sourceCode, node.test);
        if (side) context.report({ node: node.test, messageId: 'side', data: { side } });
      },
      'CallExpression[callee.name="mark"]'(node: TSESTree.CallExpression) {
        const guard = messageGuard(context.sourceCode, node);
        if (guard) context.report({ node, messageId: 'guard', data: { guard } });
      },
    };
  },
});

const side = (value: string, column: number, endColumn: number) => ({
  messageId: 'side' as const,
  data: { side: value },
  line: 1,
  column,
  endLine: 1,
  endColumn,
});

createRuleTester().run('error-values: statusGuard and messageGuard', guardProbe, {
  valid: [
    // Not a status comparison: no literal in 400-599, or both sides constant.
    `if (count < 10) {}`,
    `if (status !== 500) {}`,
    `if (500 < 600) {}`,
    `if (status >= 400) {}`,
    // A built-in error class says nothing about who the message is for.
    `if (err instanceof Error) mark();`,
    `if (err instanceof TypeError) {} else mark();`,
    // The check is in another function.
    `if (err.expose) { run(() => {}); }
function later() { mark(); }`,
    // A const holding something other than a client-safe flag.
    `const known = Boolean(err.status); if (known) mark();`,
  ],
  invalid: [
    { code: `if (status < 500) {}`, errors: [side('below', 5, 17)] },
    { code: `if (err.statusCode >= 500) {}`, errors: [side('above', 5, 26)] },
    { code: `if (500 <= status) {}`, errors: [side('above', 5, 18)] },
    { code: `if (status === 404) {}`, errors: [side('below', 5, 19)] },
    { code: `if (!(status > 499)) {}`, errors: [side('below', 5, 20)] },
    { code: `if (status >= 400 && status < 500) {}`, errors: [side('below', 5, 34)] },
    {
      code: `if (err.expose) { mark(); }`,
      errors: [{ messageId: 'guard', data: { guard: 'client-safe' }, line: 1, column: 19, endLine: 1, endColumn: 25 }],
    },
    {
      // The flag read into a const first, through Boolean() or !!.
      code: `const exposed = Boolean(err.expose); if (exposed) mark();`,
      errors: [{ messageId: 'guard', data: { guard: 'client-safe' }, line: 1, column: 51, endLine: 1, endColumn: 57 }],
    },
    {
      code: `const safe = !!err.isOperational; if (safe) mark();`,
      errors: [{ messageId: 'guard', data: { guard: 'client-safe' }, line: 1, column: 45, endLine: 1, endColumn: 51 }],
    },
    {
      code: `if (err instanceof ValidationError && err.status) mark();`,
      errors: [{ messageId: 'guard', data: { guard: 'client-safe' }, line: 1, column: 51, endLine: 1, endColumn: 57 }],
    },
    {
      code: `if (status >= 500) { log(); } else { mark(); }`,
      errors: [side('above', 5, 18), { messageId: 'guard', data: { guard: 'below-500' }, line: 1, column: 38, endLine: 1, endColumn: 44 }],
    },
    {
      // After an early exit for server errors.
      code: `function handle(err) {
  if (err.status >= 500) return generic();
  mark();
}`,
      errors: [
        { messageId: 'side', data: { side: 'above' }, line: 2, column: 7, endLine: 2, endColumn: 24 },
        { messageId: 'guard', data: { guard: 'below-500' }, line: 3, column: 3, endLine: 3, endColumn: 9 },
      ],
    },
  ],
});
