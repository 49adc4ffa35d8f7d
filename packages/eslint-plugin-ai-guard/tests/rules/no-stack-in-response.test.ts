import rule from '../../src/rules/no-stack-in-response';
import { createRuleTester } from '../rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-stack-in-response', rule, {
  valid: [
    // A Lambda handler that logs the error and answers with a generic message.
    "export const handler = async (event) => {\n  try {\n    return { statusCode: 200, body: JSON.stringify(await run(event.queryStringParameters)) };\n  } catch (error) {\n    console.error(error);\n    return { statusCode: 500, body: JSON.stringify({ message: 'Internal Server Error' }) };\n  }\n};",
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    const incident = randomUUID();
    logger.error({ err, incident }, err.stack);
    console.error(err);
    res.status(500).json({ error: 'Internal Server Error', incident });
  }
});
`,
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(500).json({ error: 'Internal', stack: process.env.NODE_ENV !== 'production' ? err.stack : undefined });
  }
});
`,
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    if (process.env.NODE_ENV === 'development') {
      res.status(500).json({ stack: err.stack });
      return;
    }
    res.status(500).json({ error: 'Internal' });
  }
});
`,
    },
    {
      code: `
const isDev = process.env.NODE_ENV !== 'production';
app.use((err, req, res, next) => {
  res.status(500).json({ error: 'Internal', ...(isDev && { stack: err.stack }) });
});
`,
    },
    {
      code: `
app.use((err, req, res, next) => {
  if (process.env.NODE_ENV === 'production') {
    return res.status(500).json({ error: 'Internal' });
  }
  res.status(500).json({ error: err.message, stack: err.stack });
});
`,
    },
    {
      code: `
app.use(function (err, req, res, next) {
  res.locals.message = err.message;
  res.locals.error = req.app.get('env') === 'development' ? err : {};
  res.status(err.status || 500);
  res.render('error');
});
`,
    },
    {
      code: `
app.post('/x', async (req, res) => {
  try { await validate(req.body); } catch (err) {
    res.status(400).json({ error: err.message });
  }
});
`,
    },
    {
      code: `
const stack = [];
app.get('/x', (req, res) => {
  stack.push(req.query.page);
  res.json({ top: stack.stack, depth: stack.length });
});
`,
    },
    {
      code: `
app.get('/jobs/:id', async (req, res) => {
  const job = await queue.get(req.params.id);
  res.json({ stack: job.stack, message: job.message });
});
`,
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(500).json({ error: 'failed', code: err.code, name: err.name });
  }
});
`,
    },
    {
      code: `
app.use((err, req, res, next) => {
  if (err instanceof ValidationError) {
    return res.status(err.statusCode).json({ error: err.message });
  }
  res.status(500).json({ error: 'Internal' });
});
`,
    },
    {
      code: `
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.expose ? err.message : 'Internal Server Error' });
});
`,
    },
    {
      // the flag read once into a const (Koa, http-errors)
      code: `
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    const exposed = Boolean(err.expose);
    ctx.status = exposed ? err.status : 500;
    ctx.body = { error: exposed ? err.message : 'Internal Server Error' };
  }
});
`,
    },
    {
      code: `
import errorhandler from 'errorhandler';
if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler());
}
`,
    },
    {
      code: `
import errorhandler from 'errorhandler';
if (app.get('env') === 'development') app.use(errorhandler());
`,
    },
    {
      code: `
function errorhandler() { return (err, req, res, next) => res.sendStatus(500); }
app.use(errorhandler());
`,
    },
    {
      code: `
const { ApolloServer } = require('apollo-server');
const server = new ApolloServer({ formatError: (formatted) => formatted });
`,
    },
    {
      code: `
import { ApolloServer } from '@apollo/server';
const server = new ApolloServer({
  formatError: (formatted, error) => ({ message: formatted.message, code: formatted.extensions.code }),
});
`,
    },
    {
      code: `
app.use(async (ctx, next) => {
  try { await next(); } catch (err) { ctx.throw(500, err.message); }
});
`,
    },
    {
      code: `
app.get('/y', async (req, res, next) => {
  try { await work(); } catch (err) { next(err); }
});
`,
    },
    {
      code: `
function logTo(stream, error) { stream.write(error.stack); }
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { logTo(process.stderr, err); res.sendStatus(500); }
});
`,
    },
    {
      code: `
io.on('connection', (socket) => {
  socket.on('save', async (data, ack) => {
    try { await save(data); } catch (err) { ack({ error: err.message }); socket.emit('failed', { reason: err.message }); }
  });
});
`,
    },
    {
      code: `
import { BadRequestException } from '@nestjs/common';
export async function f(input: unknown): Promise<void> {
  try { await validate(input); } catch (e) { throw new BadRequestException((e as Error).message); }
}
`,
      filename: 'file.ts',
    },
    {
      code: `
export async function POST(request) {
  try { return Response.json(await parse(request)); } catch (e) {
    return new Response(e.message, { status: 422 });
  }
}
`,
    },
    {
      code: `
const { serializeError } = require('./local-errors');
function serialize(error) { return { code: error.code }; }
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).json(serialize(err)); }
});
`,
    },
    {
      code: `
class Response { constructor(body) { this.body = body; } }
export function f() {
  try { run(); } catch (e) { return new Response(e.stack); }
}
`,
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(500).json({ failed: err.stack.length > 0, message: 'Internal' });
  }
});
`,
    },
    {
      code: `
import type { Request, Response } from 'express';
export async function handler(req: Request, res: Response): Promise<void> {
  try { await work(); } catch (err: unknown) {
    const message = err instanceof Error ? 'Internal error' : 'Unknown error';
    res.status(500).json({ message });
  }
}

`,
      filename: 'file.ts',
    },
    {
      // Apollo's default: stack traces outside production only
      code: `const { ApolloServer } = require('apollo-server-express');
new ApolloServer({ typeDefs, resolvers, debug: process.env.NODE_ENV !== 'production' });
new ApolloServer({ typeDefs, resolvers });
`,
    },
    {
      // a debug setting only in development
      code: `import { ApolloServer } from '@apollo/server';
const isDev = process.env.NODE_ENV === 'development';
export const server = isDev ? new ApolloServer({ schema, includeStacktraceInErrorResponses: true }) : new ApolloServer({ schema });
`,
    },
    {
      // the same option names on something that is not a GraphQL server
      code: `import { ApolloServer } from './apollo';
new ApolloServer({ debug: true, formatError: (err) => err.originalError });
`,
    },
    {
      // Yoga masking on, and off in development only
      code: `import { createYoga } from 'graphql-yoga';
export const a = createYoga({ schema, maskedErrors: true });
export const b = createYoga({ schema, maskedErrors: process.env.NODE_ENV === 'production' });
`,
    },
    {
      // strong-error-handler debug mode tied to the environment
      code: `const errorHandler = require('strong-error-handler');
app.use(errorHandler({ debug: app.get('env') === 'development' }));
`,
    },
    {
      // koa-json-error with the stack removed, or only in development
      code: `const error = require('koa-json-error');
app.use(error({ postFormat: (e, { stack, ...rest }) => (process.env.NODE_ENV === 'production' ? rest : { stack, ...rest }) }));
if (process.env.NODE_ENV === 'development') app.use(error());
`,
    },
    {
      // formatError stripping internals, and adding the stack only in development
      code: `const { ApolloServer } = require('apollo-server');
new ApolloServer({
  schema,
  formatError(err) {
    const formatted = { message: err.message, code: err.extensions && err.extensions.code };
    if (process.env.NODE_ENV === 'development') formatted.stack = err.stack;
    return formatted;
  },
});
`,
    },
    {
      // customFormatErrorFn with the stack behind a development flag
      code: `const { graphqlHTTP } = require('express-graphql');
const isDevelopment = process.env.NODE_ENV === 'development';
module.exports = graphqlHTTP({ schema, customFormatErrorFn: (err) => ({ message: err.message, stack: isDevelopment ? err.stack : undefined }) });
`,
    },
    {
      // mercurius errorFormatter keeping message, locations and path
      code: `const mercurius = require('mercurius');
app.register(mercurius, {
  schema,
  errorFormatter: (execution) => ({ statusCode: 200, response: { data: execution.data, errors: execution.errors.map((e) => ({ message: e.message, path: e.path })) } }),
});
`,
    },
    {
      // a status guard that keeps the message for 4xx
      code: `app.use((err, req, res, next) => {
  const status = err.status || 500;
  res.status(status).json({ error: status < 500 ? err.message : 'Internal Server Error' });
});
`,
    },
    {
      // an early exit for server errors
      code: `app.use((err, req, res, next) => {
  if (err.status >= 500) return res.status(500).json({ error: 'Internal Server Error' });
  res.status(err.status).json({ error: err.message });
});
`,
    },
    {
      // a case for a 4xx status
      code: `app.use((err, req, res, next) => {
  res.statusCode = err.statusCode || 500;
  switch (res.statusCode) {
    case 404:
      return res.json({ message: err.message });
    default:
      return res.json({ message: 'Internal Server Error' });
  }
});
`,
    },
    {
      // a helper only called in development
      code: `function sendErrorDev(err, res) { res.status(500).json({ message: err.message, stack: err.stack }); }
function sendErrorProd(err, res) { res.status(500).json({ message: 'Something went wrong' }); }
app.use((err, req, res, next) => {
  if (process.env.NODE_ENV === 'development') sendErrorDev(err, res);
  else sendErrorProd(err, res);
});
`,
    },
    {
      // Fastify's reply.send(err) runs the error handler (framework internals and handlers alike)
      code: `function onFailure(err, request, reply) {
  if (reply.sent) return;
  reply.send(err);
}
fastify.setErrorHandler((error, request, reply) => { reply.code(error.statusCode ?? 500).send(error); });
`,
    },
    {
      // four parameters whose fourth is not `next`: not Express error middleware
      code: `function preHandler(err, request, reply, store) {
  store.error = err;
  reply.send(err);
}
`,
    },
    {
      // a whole error sent to a worker or a socket, not a response
      code: `function forward(channel, job) {
  try { run(job); } catch (err) { channel.send(err); }
}
`,
    },
    {
      // `a && b` is `b`: the status, not the upstream response
      code: `app.get('/x', async (req, res) => {
  try { await callApi(); } catch (err) {
    res.status(502).json({ error: 'upstream failed', upstreamStatus: err.response && err.response.status });
  }
});
`,
    },
    {
      // Hono's HTTPException: the cause is not sent
      code: `import { HTTPException } from 'hono/http-exception';
app.get('/x', async (c) => {
  try { return c.json(await load()); } catch (e) { throw new HTTPException(500, { message: 'Internal error', cause: e }); }
});
`,
    },
    {
      // debug mode beside a formatter that keeps only message, code and path
      code: `import { GraphQLModule } from '@nestjs/graphql';
GraphQLModule.forRoot({ driver: ApolloDriver, debug: true, formatError: (error) => ({ code: error.extensions && error.extensions.code, message: error.message, path: error.path }) });
`,
    },
    {
      // debug mode beside a formatter that replaces the stack trace
      code: `import { GraphQLModule } from '@nestjs/graphql';
GraphQLModule.forRoot({
  driver: ApolloDriver,
  debug: true,
  formatError: (error) => {
    const { message, extensions } = error;
    return { message, extensions: { ...extensions, stacktrace: undefined } };
  },
});
`,
    },
    {
      // debug mode beside a formatter that replaces the extensions
      code: `import { GraphQLModule } from '@nestjs/graphql';
GraphQLModule.forRoot({ driver: ApolloDriver, debug: true, formatError: (error) => ({ ...error, extensions: { code: error.extensions.code } }) });
`,
    },
    {
      // the driver's type as a type argument declares no options of its own
      code: `import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriverConfig } from '@nestjs/apollo';
export function configure(options: ApolloDriverConfig) { return GraphQLModule.forRoot<ApolloDriverConfig>({ ...options }); }
`,
      filename: 'file.ts',
    },
    {
      // tRPC's documented errorFormatter: a flattened validation error
      code: `import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
export const t = initTRPC.create({
  errorFormatter({ shape, error }) {
    return { ...shape, data: { ...shape.data, zodError: error.cause instanceof ZodError ? error.cause.flatten() : null } };
  },
});
`,
    },
    {
      // tRPC development mode beside a formatter that keeps message and code only
      code: `import { initTRPC } from '@trpc/server';
export const t = initTRPC.context().create({ isDev: true, errorFormatter: ({ shape }) => ({ message: shape.message, code: shape.code }) });
`,
    },
    {
      // a message over a channel with no status (a WebSocket), like Socket.IO
      code: `wss.on('connection', (ws) => {
  ws.on('message', async (data) => {
    try { await handle(data); } catch (err) { ws.send(JSON.stringify({ error: err.message })); }
  });
});
`,
    },
    {
      // a service worker answers its own page, not a network client
      code: `self.addEventListener('fetch', (event) => {
  event.respondWith(fetch(event.request).catch((err) => new Response(err.stack, { status: 503 })));
});
`,
    },
    {
      // a fetch implementation (a mock or a wrapper): its responses go back to the code that called fetch
      code: `
function rpcError(id, message) {
  return new Response(JSON.stringify({ id, error: { message } }), { status: 500 });
}
export function createMockFetch(handle) {
  return async (input, init) => {
    const body = JSON.parse(init?.body ?? '{}');
    try { return Response.json(await handle(body)); } catch (error) {
      return rpcError(body.id, error.message);
    }
  };
}
`,
    },
    {
      code: `
export const retryingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  try { return await fetch(input, init); } catch (err) {
    return new Response((err as Error).message, { status: 503 });
  }
};
`,
      filename: 'file.ts',
    },
  ],
  invalid: [
    // AWS Lambda: the { statusCode, body } a handler returns is the response, also when a helper of the file builds it.
    {
      code: "const respond = (statusCode, body) => ({\n  statusCode,\n  headers: { 'Content-Type': 'application/json' },\n  body: typeof body === 'string' ? body : JSON.stringify(body),\n});\nmodule.exports.getOrder = async (event) => {\n  try {\n    return respond(200, await loadOrder(event.pathParameters.id));\n  } catch (err) {\n    return respond(500, { error: err.stack });\n  }\n};",
      errors: [
        {
          messageId: 'stackInResponse',
          data: { expression: 'err.stack', status: 'possibly 5xx' },
          line: 10,
          column: 34,
          endLine: 10,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output:
                "const respond = (statusCode, body) => ({\n  statusCode,\n  headers: { 'Content-Type': 'application/json' },\n  body: typeof body === 'string' ? body : JSON.stringify(body),\n});\nmodule.exports.getOrder = async (event) => {\n  try {\n    return respond(200, await loadOrder(event.pathParameters.id));\n  } catch (err) {\n    return respond(500, { error: 'Internal Server Error' });\n  }\n};",
            },
          ],
        },
      ],
    },
    {
      code: 'export const handler = async (event) => {\n  try {\n    return { statusCode: 200, body: JSON.stringify(await run(event.queryStringParameters)) };\n  } catch (error) {\n    return { statusCode: 500, body: JSON.stringify({ message: error.message }) };\n  }\n};',
      errors: [
        {
          messageId: 'errorMessageInResponse',
          data: { expression: 'error.message', status: '5xx' },
          line: 5,
          column: 63,
          endLine: 5,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output:
                "export const handler = async (event) => {\n  try {\n    return { statusCode: 200, body: JSON.stringify(await run(event.queryStringParameters)) };\n  } catch (error) {\n    return { statusCode: 500, body: JSON.stringify({ message: 'Internal Server Error' }) };\n  }\n};",
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/x', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(500).json({ error: 'failed', stack: err.stack });
  }
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 4,
          column: 52,
          endLine: 4,
          endColumn: 61,
          data: { expression: 'err.stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/x', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(500).json({ error: 'failed', stack: 'Internal Server Error' });
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ message: err.message });
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 60,
          data: { expression: 'err.message', status: 'possibly 5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ message: 'Internal Server Error' });
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.post('/x', async (req, res) => {
  try { await validate(req.body); } catch (err) {
    res.status(400).json({ error: err.message });
  }
});
`,
      options: [{ reportMessageIn4xx: true }],
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 46,
          data: { expression: 'err.message', status: '4xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.post('/x', async (req, res) => {
  try { await validate(req.body); } catch (err) {
    res.status(400).json({ error: 'Internal Server Error' });
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/x', (req, res) => {
  work().catch((e) => res.send(String(e)));
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 41,
          data: { expression: 'String(e)', status: 'possibly 5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/x', (req, res) => {
  work().catch((e) => res.send('Internal Server Error'));
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/x', (req, res) => {
  work().then(() => res.end('ok'), (e) => res.end(\`\${e}\`));
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 55,
          data: { expression: 'e', status: 'possibly 5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/x', (req, res) => {
  work().then(() => res.end('ok'), (e) => res.end(\`\${'Internal Server Error'}\`));
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
function sendError(res, error) {
  res.status(500).json({ error: error.stack });
}
app.get('/x', async (req, res) => {
  try { await work(); } catch (err) { sendError(res, err); }
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 44,
          data: { expression: 'error.stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
function sendError(res, error) {
  res.status(500).json({ error: 'Internal Server Error' });
}
app.get('/x', async (req, res) => {
  try { await work(); } catch (err) { sendError(res, err); }
});
`,
            },
          ],
        },
      ],
    },
    {
      // a const that tests something other than a client-safe flag guards nothing
      code: `
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    const known = Boolean(err.status);
    ctx.status = known ? err.status : 500;
    ctx.body = { error: known ? err.message : 'Internal Server Error' };
  }
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 44,
          data: { expression: 'err.message', status: 'possibly 5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.use(async (ctx, next) => {
  try { await next(); } catch (err) {
    const known = Boolean(err.status);
    ctx.status = known ? err.status : 500;
    ctx.body = { error: known ? 'Internal Server Error' : 'Internal Server Error' };
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.use(async (ctx, next) => {
  try { await next(); } catch (err) { ctx.status = 500; ctx.body = { error: err }; }
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 3,
          column: 77,
          endLine: 3,
          endColumn: 80,
          data: { expression: 'err' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.use(async (ctx, next) => {
  try { await next(); } catch (err) { ctx.status = 500; ctx.body = { error: 'Internal Server Error' }; }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.use(function (err, req, res, next) {
  res.locals.error = err;
  res.status(500).render('error');
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 25,
          data: { expression: 'err' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.use(function (err, req, res, next) {
  res.locals.error = 'Internal Server Error';
  res.status(500).render('error');
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import errorhandler from 'errorhandler';
app.use(errorhandler());
`,
      errors: [
        {
          messageId: 'errorhandlerInProduction',
          data: { call: 'errorhandler()' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'guardErrorhandler',
              output: `
import errorhandler from 'errorhandler';
if (process.env.NODE_ENV === 'development') app.use(errorhandler());
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const errorhandler = require('errorhandler');
app.use(errorhandler({ log: false }));
`,
      errors: [
        {
          messageId: 'errorhandlerInProduction',
          data: { call: 'errorhandler()' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'guardErrorhandler',
              output: `
const errorhandler = require('errorhandler');
if (process.env.NODE_ENV === 'development') app.use(errorhandler({ log: false }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { NextResponse } from 'next/server';
export async function GET(): Promise<Response> {
  try { return NextResponse.json(await load()); } catch (error: unknown) {
    return NextResponse.json({ error: (error as Error).stack }, { status: 500 });
  }
}
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'stackInResponse',
          line: 5,
          column: 39,
          endLine: 5,
          endColumn: 61,
          data: { expression: '(error as Error).stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import { NextResponse } from 'next/server';
export async function GET(): Promise<Response> {
  try { return NextResponse.json(await load()); } catch (error: unknown) {
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // a route handler's second parameter holds route params, not a fetch init: the helper's response is sent
      code: `
function rpcError(id, message) {
  return new Response(JSON.stringify({ id, error: { message } }), { status: 500 });
}
export async function POST(request, context) {
  const body = await request.json();
  try { return Response.json(await handle(context.params.id, body)); } catch (error) {
    return rpcError(body.id, error.message);
  }
}
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 8,
          column: 30,
          endLine: 8,
          endColumn: 43,
          data: { expression: 'error.message', status: '5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
function rpcError(id, message) {
  return new Response(JSON.stringify({ id, error: { message } }), { status: 500 });
}
export async function POST(request, context) {
  const body = await request.json();
  try { return Response.json(await handle(context.params.id, body)); } catch (error) {
    return rpcError(body.id, 'Internal Server Error');
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
export async function GET() {
  try { return new Response('ok'); } catch (e) {
    return new Response(\`Failed: \${e}\`, { status: 500 });
  }
}
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 37,
          data: { expression: 'e', status: '5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
export async function GET() {
  try { return new Response('ok'); } catch (e) {
    return new Response(\`Failed: \${'Internal Server Error'}\`, { status: 500 });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
export async function POST() {
  try { return Response.json(await save()); } catch (e) {
    return Response.json({ error: e.message }, { status: 500 });
  }
}
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 44,
          data: { expression: 'e.message', status: '5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
export async function POST() {
  try { return Response.json(await save()); } catch (e) {
    return Response.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
fastify.setErrorHandler((error, request, reply) => {
  reply.code(500).send({ msg: error.message });
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 44,
          data: { expression: 'error.message', status: '5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
fastify.setErrorHandler((error, request, reply) => {
  reply.code(500).send({ msg: 'Internal Server Error' });
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
fastify.setErrorHandler(async (error, request, reply) => {
  return { stack: error.stack };
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 30,
          data: { expression: 'error.stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
fastify.setErrorHandler(async (error, request, reply) => {
  return { stack: 'Internal Server Error' };
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.onError((err, c) => c.json({ error: 'Internal', stack: err.stack }, 500));
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 69,
          data: { expression: 'err.stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.onError((err, c) => c.json({ error: 'Internal', stack: 'Internal Server Error' }, 500));
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/x', async (c) => {
  try { return c.json(await load()); } catch (e) { return c.text(e.message, 500); }
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 75,
          data: { expression: 'e.message', status: '5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/x', async (c) => {
  try { return c.json(await load()); } catch (e) { return c.text('Internal Server Error', 500); }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { Catch, ExceptionFilter, ArgumentsHost } from '@nestjs/common';
@Catch()
export class AllFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.status(500).json({ message: 'Internal', stack: (exception as Error).stack });
  }
}
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'stackInResponse',
          line: 7,
          column: 61,
          endLine: 7,
          endColumn: 87,
          data: { expression: '(exception as Error).stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import { Catch, ExceptionFilter, ArgumentsHost } from '@nestjs/common';
@Catch()
export class AllFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.status(500).json({ message: 'Internal', stack: 'Internal Server Error' });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { HttpException, HttpStatus } from '@nestjs/common';
export async function f(): Promise<void> {
  try { await x(); } catch (e) { throw new HttpException({ detail: (e as Error).stack }, HttpStatus.INTERNAL_SERVER_ERROR); }
}
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'stackInResponse',
          line: 4,
          column: 68,
          endLine: 4,
          endColumn: 86,
          data: { expression: '(e as Error).stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import { HttpException, HttpStatus } from '@nestjs/common';
export async function f(): Promise<void> {
  try { await x(); } catch (e) { throw new HttpException({ detail: 'Internal Server Error' }, HttpStatus.INTERNAL_SERVER_ERROR); }
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import * as common from '@nestjs/common';
export async function f(): Promise<void> {
  try { await x(); } catch (e: any) { throw new common.InternalServerErrorException(e.message); }
}
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 4,
          column: 85,
          endLine: 4,
          endColumn: 94,
          data: { expression: 'e.message', status: '5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import * as common from '@nestjs/common';
export async function f(): Promise<void> {
  try { await x(); } catch (e: any) { throw new common.InternalServerErrorException('Internal Server Error'); }
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { ApolloServer } from '@apollo/server';
const server = new ApolloServer({
  formatError: (formatted, error) => ({ ...formatted, stack: error.stack }),
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 73,
          data: { expression: 'error.stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import { ApolloServer } from '@apollo/server';
const server = new ApolloServer({
  formatError: (formatted, error) => ({ ...formatted, stack: 'Internal Server Error' }),
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const { ApolloServer } = require('apollo-server');
const server = new ApolloServer({ formatError: (err) => err.originalError });
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 3,
          column: 57,
          endLine: 3,
          endColumn: 74,
          data: { expression: 'err.originalError' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
const { ApolloServer } = require('apollo-server');
const server = new ApolloServer({ formatError: (err) => 'Internal Server Error' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const { ApolloServer } = require('apollo-server');
const server = new ApolloServer({
  formatError(err) { return { message: err.message, trace: err.extensions.exception.stacktrace }; },
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 95,
          data: { expression: 'err.extensions.exception.stacktrace' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
const { ApolloServer } = require('apollo-server');
const server = new ApolloServer({
  formatError(err) { return { message: err.message, trace: 'Internal Server Error' }; },
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
io.on('connection', (socket) => {
  socket.on('save', async (data, ack) => {
    try { await save(data); } catch (err) { ack({ error: err.stack }); }
  });
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 4,
          column: 58,
          endLine: 4,
          endColumn: 67,
          data: { expression: 'err.stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
io.on('connection', (socket) => {
  socket.on('save', async (data, ack) => {
    try { await save(data); } catch (err) { ack({ error: 'Internal Server Error' }); }
  });
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
io.on('connection', (socket) => {
  socket.on('save', async (data) => {
    try { await save(data); } catch (err) { socket.emit('failed', err); }
  });
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 4,
          column: 67,
          endLine: 4,
          endColumn: 70,
          data: { expression: 'err' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
io.on('connection', (socket) => {
  socket.on('save', async (data) => {
    try { await save(data); } catch (err) { socket.emit('failed', 'Internal Server Error'); }
  });
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(500).send(JSON.stringify(err, Object.getOwnPropertyNames(err)));
  }
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 78,
          data: { expression: 'JSON.stringify(err, Object.getOwnPropertyNames(err))' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(500).send('Internal Server Error');
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import util from 'node:util';
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    const body = { message: 'fail', details: util.inspect(err) };
    res.status(500).json(body);
  }
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 5,
          column: 46,
          endLine: 5,
          endColumn: 63,
          data: { expression: 'util.inspect(err)' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import util from 'node:util';
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    const body = { message: 'fail', details: 'Internal Server Error' };
    res.status(500).json(body);
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const { inspect } = require('util');
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).send(inspect(err)); }
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 72,
          data: { expression: 'inspect(err)' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
const { inspect } = require('util');
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).send('Internal Server Error'); }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { serializeError } from 'serialize-error';
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).json(serializeError(err)); }
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 79,
          data: { expression: 'serializeError(err)' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import { serializeError } from 'serialize-error';
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).json('Internal Server Error'); }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.json(err); }
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 51,
          data: { expression: 'err' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.json('Internal Server Error'); }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).send(err.toString()); }
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 74,
          data: { expression: 'err.toString()', status: '5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).send('Internal Server Error'); }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    const { stack } = err;
    res.status(500).json({ stack });
  }
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 33,
          data: { expression: 'stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    const { stack } = err;
    res.status(500).json({ stack: 'Internal Server Error' });
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await callApi(); } catch (err) {
    res.status(502).json({ error: 'upstream failed', config: err.config });
  }
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 72,
          data: { expression: 'err.config' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/y', async (req, res) => {
  try { await callApi(); } catch (err) {
    res.status(502).json({ error: 'upstream failed', config: 'Internal Server Error' });
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import http from 'node:http';
http.createServer(async (req, res) => {
  try { await handle(req, res); } catch (err) {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(err.stack);
  }
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 22,
          data: { expression: 'err.stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import http from 'node:http';
http.createServer(async (req, res) => {
  try { await handle(req, res); } catch (err) {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('Internal Server Error');
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(500).json({ error: err.stack.split('\\n') });
  }
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 44,
          data: { expression: 'err.stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) {
    res.status(500).json({ error: 'Internal Server Error'.split('\\n') });
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import type { Request, Response, NextFunction } from 'express';
export function errorHandler(err: Error, req: Request, res: Response, next: NextFunction): void {
  res.status(500).json({ message: err.message });
}
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 46,
          data: { expression: 'err.message', status: '5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import type { Request, Response, NextFunction } from 'express';
export function errorHandler(err: Error, req: Request, res: Response, next: NextFunction): void {
  res.status(500).json({ message: 'Internal Server Error' });
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `
function toBody(error) {
  return { error: error.message, stack: error.stack };
}
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).json(toBody(err)); }
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 32,
          data: { expression: 'error.message', status: '5xx' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
function toBody(error) {
  return { error: 'Internal Server Error', stack: error.stack };
}
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).json(toBody(err)); }
});
`,
            },
          ],
        },
        {
          messageId: 'stackInResponse',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 52,
          data: { expression: 'error.stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
function toBody(error) {
  return { error: error.message, stack: 'Internal Server Error' };
}
app.get('/y', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).json(toBody(err)); }
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
@Controller('x')
export class XController {
  @Get()
  async get(@Res() res: Response): Promise<void> {
    try { await this.work(); } catch (e) { res.status(500).send((e as Error).stack); }
  }
}

`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'stackInResponse',
          line: 8,
          column: 65,
          endLine: 8,
          endColumn: 83,
          data: { expression: '(e as Error).stack' },
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
@Controller('x')
export class XController {
  @Get()
  async get(@Res() res: Response): Promise<void> {
    try { await this.work(); } catch (e) { res.status(500).send('Internal Server Error'); }
  }
}

`,
            },
          ],
        },
      ],
    },
    {
      // Apollo Server 2/3 `debug: true` sends stack traces in every environment
      code: `const { ApolloServer } = require('apollo-server-express');
const server = new ApolloServer({ typeDefs, resolvers, debug: true });
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'debug: true', fix: 'debug: process.env.NODE_ENV !== "production"' },
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'debug: process.env.NODE_ENV !== "production"' },
              output: `const { ApolloServer } = require('apollo-server-express');
const server = new ApolloServer({ typeDefs, resolvers, debug: process.env.NODE_ENV !== "production" });
`,
            },
          ],
        },
      ],
    },
    {
      // Apollo Server 4 `includeStacktraceInErrorResponses: true`, through typed options
      code: `import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
const options: ApolloServerOptions<Context> = { schema, includeStacktraceInErrorResponses: true };
export const server = new ApolloServer<Context>(options);
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: {
            setting: 'includeStacktraceInErrorResponses: true',
            fix: 'includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production"',
          },
          line: 2,
          column: 92,
          endLine: 2,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production"' },
              output: `import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
const options: ApolloServerOptions<Context> = { schema, includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production" };
export const server = new ApolloServer<Context>(options);
`,
            },
          ],
        },
      ],
    },
    {
      // a shorthand setting: the suggestion rewrites the property
      code: `import { ApolloServer } from '@apollo/server';
const includeStacktraceInErrorResponses = true;
export const server = new ApolloServer({ schema, includeStacktraceInErrorResponses });
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: {
            setting: 'includeStacktraceInErrorResponses: true',
            fix: 'includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production"',
          },
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production"' },
              output: `import { ApolloServer } from '@apollo/server';
const includeStacktraceInErrorResponses = true;
export const server = new ApolloServer({ schema, includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production" });
`,
            },
          ],
        },
      ],
    },
    {
      // @nestjs/graphql passes `debug` to Apollo
      code: `import { GraphQLModule } from '@nestjs/graphql';
export const graphql = GraphQLModule.forRoot({ driver: ApolloDriver, autoSchemaFile: true, debug: true });
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'debug: true', fix: 'debug: process.env.NODE_ENV !== "production"' },
          line: 2,
          column: 99,
          endLine: 2,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'debug: process.env.NODE_ENV !== "production"' },
              output: `import { GraphQLModule } from '@nestjs/graphql';
export const graphql = GraphQLModule.forRoot({ driver: ApolloDriver, autoSchemaFile: true, debug: process.env.NODE_ENV !== "production" });
`,
            },
          ],
        },
      ],
    },
    {
      // GraphQL Yoga with error masking off
      code: `import { createYoga } from 'graphql-yoga';
export default createYoga({ schema, maskedErrors: false });
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'maskedErrors: false', fix: 'maskedErrors: process.env.NODE_ENV !== "development"' },
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'maskedErrors: process.env.NODE_ENV !== "development"' },
              output: `import { createYoga } from 'graphql-yoga';
export default createYoga({ schema, maskedErrors: process.env.NODE_ENV !== "development" });
`,
            },
          ],
        },
      ],
    },
    {
      // GraphQL Yoga in development mode whatever the environment
      code: `import * as yoga from 'graphql-yoga';
export default yoga.createYoga({ schema, maskedErrors: { isDev: true } });
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'isDev: true', fix: 'isDev: process.env.NODE_ENV === "development"' },
          line: 2,
          column: 65,
          endLine: 2,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'isDev: process.env.NODE_ENV === "development"' },
              output: `import * as yoga from 'graphql-yoga';
export default yoga.createYoga({ schema, maskedErrors: { isDev: process.env.NODE_ENV === "development" } });
`,
            },
          ],
        },
      ],
    },
    {
      // strong-error-handler in debug mode
      code: `const errorHandler = require('strong-error-handler');
app.use(errorHandler({ debug: true, log: true }));
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'debug: true', fix: 'debug: process.env.NODE_ENV === "development"' },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'debug: process.env.NODE_ENV === "development"' },
              output: `const errorHandler = require('strong-error-handler');
app.use(errorHandler({ debug: process.env.NODE_ENV === "development", log: true }));
`,
            },
          ],
        },
      ],
    },
    {
      // Backstage error middleware showing stack traces
      code: `import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
const middleware = MiddlewareFactory.create({ config, logger });
router.use(middleware.error({ showStackTraces: true }));
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'showStackTraces: true', fix: 'showStackTraces: process.env.NODE_ENV === "development"' },
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'showStackTraces: process.env.NODE_ENV === "development"' },
              output: `import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
const middleware = MiddlewareFactory.create({ config, logger });
router.use(middleware.error({ showStackTraces: process.env.NODE_ENV === "development" }));
`,
            },
          ],
        },
      ],
    },
    {
      // h3 in debug mode
      code: `import { createApp } from 'h3';
export const app = createApp({ debug: true });
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'debug: true', fix: 'debug: process.env.NODE_ENV === "development"' },
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'debug: process.env.NODE_ENV === "development"' },
              output: `import { createApp } from 'h3';
export const app = createApp({ debug: process.env.NODE_ENV === "development" });
`,
            },
          ],
        },
      ],
    },
    {
      // koa-json-error's default sends the stack
      code: `const error = require('koa-json-error');
app.use(error());
`,
      errors: [
        {
          messageId: 'errorhandlerInProduction',
          data: { call: 'error()' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'guardErrorhandler',
              data: { call: 'error()' },
              output: `const error = require('koa-json-error');
if (process.env.NODE_ENV === 'development') app.use(error());
`,
            },
          ],
        },
      ],
    },
    {
      // Apollo 2/3 formatError returning the exception Apollo copies into extensions
      code: `const { ApolloServer } = require('apollo-server');
function formatError(err) {
  const { code, exception } = err.extensions || {};
  return { message: err.message, code, exception };
}
const server = new ApolloServer({ schema, formatError });
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          data: { expression: 'exception' },
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `const { ApolloServer } = require('apollo-server');
function formatError(err) {
  const { code, exception } = err.extensions || {};
  return { message: err.message, code, exception: 'Internal Server Error' };
}
const server = new ApolloServer({ schema, formatError });
`,
            },
          ],
        },
      ],
    },
    {
      // Apollo 4 formatError putting the raw error into extensions
      code: `import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
export const server = new ApolloServer({
  schema,
  formatError: (formatted, error) => ({ ...formatted, extensions: { ...formatted.extensions, originalError: unwrapResolverError(error) } }),
});
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'errorObjectInResponse',
          data: { expression: 'unwrapResolverError(error)' },
          line: 5,
          column: 109,
          endLine: 5,
          endColumn: 135,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
export const server = new ApolloServer({
  schema,
  formatError: (formatted, error) => ({ ...formatted, extensions: { ...formatted.extensions, originalError: 'Internal Server Error' } }),
});
`,
            },
          ],
        },
      ],
    },
    {
      // express-graphql customFormatErrorFn returning the original error's stack, options from a function
      code: `import { graphqlHTTP } from 'express-graphql';
import type { GraphQLError } from 'graphql';
const format = (error: GraphQLError) => ({ message: error.message, stack: error.originalError?.stack?.split('\\n') });
export default graphqlHTTP((req) => ({ schema, customFormatErrorFn: format }));
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'stackInResponse',
          data: { expression: 'error.originalError?.stack' },
          line: 3,
          column: 75,
          endLine: 3,
          endColumn: 101,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `import { graphqlHTTP } from 'express-graphql';
import type { GraphQLError } from 'graphql';
const format = (error: GraphQLError) => ({ message: error.message, stack: 'Internal Server Error'?.split('\\n') });
export default graphqlHTTP((req) => ({ schema, customFormatErrorFn: format }));
`,
            },
          ],
        },
      ],
    },
    {
      // graphql-http formatError returning the original error
      code: `import { createHandler } from 'graphql-http/lib/use/express';
app.all('/graphql', createHandler({ schema, formatError: (err) => err.originalError ?? err }));
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          data: { expression: 'err.originalError ?? err' },
          line: 2,
          column: 67,
          endLine: 2,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `import { createHandler } from 'graphql-http/lib/use/express';
app.all('/graphql', createHandler({ schema, formatError: (err) => 'Internal Server Error' }));
`,
            },
          ],
        },
      ],
    },
    {
      // mercurius errorFormatter returning each error's stack
      code: `const mercurius = require('mercurius');
app.register(mercurius, {
  schema,
  errorFormatter(execution) {
    const errors = execution.errors.map((e) => ({ message: e.message, extensions: { stack: e.originalError ? e.originalError.stack : e.stack } }));
    return { statusCode: 200, response: { data: execution.data, errors } };
  },
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          data: { expression: 'e.originalError.stack' },
          line: 5,
          column: 110,
          endLine: 5,
          endColumn: 131,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `const mercurius = require('mercurius');
app.register(mercurius, {
  schema,
  errorFormatter(execution) {
    const errors = execution.errors.map((e) => ({ message: e.message, extensions: { stack: e.originalError ? 'Internal Server Error' : e.stack } }));
    return { statusCode: 200, response: { data: execution.data, errors } };
  },
});
`,
            },
          ],
        },
        {
          messageId: 'stackInResponse',
          data: { expression: 'e.stack' },
          line: 5,
          column: 134,
          endLine: 5,
          endColumn: 141,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `const mercurius = require('mercurius');
app.register(mercurius, {
  schema,
  errorFormatter(execution) {
    const errors = execution.errors.map((e) => ({ message: e.message, extensions: { stack: e.originalError ? e.originalError.stack : 'Internal Server Error' } }));
    return { statusCode: 200, response: { data: execution.data, errors } };
  },
});
`,
            },
          ],
        },
      ],
    },
    {
      // Yoga's maskError hook returning the original error
      code: `import { createYoga } from 'graphql-yoga';
export default createYoga({ schema, maskedErrors: { maskError: (error) => error.originalError } });
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          data: { expression: 'error.originalError' },
          line: 2,
          column: 75,
          endLine: 2,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `import { createYoga } from 'graphql-yoga';
export default createYoga({ schema, maskedErrors: { maskError: (error) => 'Internal Server Error' } });
`,
            },
          ],
        },
      ],
    },
    {
      // koa-json-error format returning the stack
      code: `import error from 'koa-json-error';
app.use(error({ format: (err) => ({ message: 'Request failed', stack: err.stack }) }));
`,
      errors: [
        {
          messageId: 'stackInResponse',
          data: { expression: 'err.stack' },
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `import error from 'koa-json-error';
app.use(error({ format: (err) => ({ message: 'Request failed', stack: 'Internal Server Error' }) }));
`,
            },
          ],
        },
      ],
    },
    {
      // member assignment into the body before it is sent
      code: `app.use((err, req, res, next) => {
  const body = { message: 'Something went wrong' };
  body.trace = err.stack;
  res.status(500).json(body);
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          data: { expression: 'err.stack' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `app.use((err, req, res, next) => {
  const body = { message: 'Something went wrong' };
  body.trace = 'Internal Server Error';
  res.status(500).json(body);
});
`,
            },
          ],
        },
      ],
    },
    {
      // compound assignment
      code: `app.get('/x', async (req, res) => {
  try { await work(); } catch (err) {
    let details = 'failed: ';
    details += err.stack;
    res.status(500).send(details);
  }
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          data: { expression: 'err.stack' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `app.get('/x', async (req, res) => {
  try { await work(); } catch (err) {
    let details = 'failed: ';
    details += 'Internal Server Error';
    res.status(500).send(details);
  }
});
`,
            },
          ],
        },
      ],
    },
    {
      // the error spread into the body, through a helper with a default status
      code: `function sendError(res, err, status = 500) {
  return res.status(status).json({ ok: false, error: { ...err, name: err.name } });
}
app.get('/x', async (req, res) => {
  try { await work(); } catch (err) { sendError(res, err); }
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          data: { expression: '...err' },
          line: 2,
          column: 56,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `function sendError(res, err, status = 500) {
  return res.status(status).json({ ok: false, error: { message: 'Internal Server Error', name: err.name } });
}
app.get('/x', async (req, res) => {
  try { await work(); } catch (err) { sendError(res, err); }
});
`,
            },
          ],
        },
      ],
    },
    {
      // a status guard that keeps the message for 5xx
      code: `app.use((err, req, res, next) => {
  const status = err.status || 500;
  res.status(status).json({ error: status >= 500 ? err.message : 'Bad request' });
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          data: { expression: 'err.message', status: 'possibly 5xx' },
          line: 3,
          column: 52,
          endLine: 3,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `app.use((err, req, res, next) => {
  const status = err.status || 500;
  res.status(status).json({ error: status >= 500 ? 'Internal Server Error' : 'Bad request' });
});
`,
            },
          ],
        },
      ],
    },
    {
      // a helper called both in and outside a development check
      code: `function sendErrorDev(err, res) { res.status(500).json({ stack: err.stack }); }
app.use((err, req, res, next) => {
  if (process.env.NODE_ENV === 'development') return sendErrorDev(err, res);
  sendErrorDev(err, res);
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          data: { expression: 'err.stack' },
          line: 1,
          column: 65,
          endLine: 1,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `function sendErrorDev(err, res) { res.status(500).json({ stack: 'Internal Server Error' }); }
app.use((err, req, res, next) => {
  if (process.env.NODE_ENV === 'development') return sendErrorDev(err, res);
  sendErrorDev(err, res);
});
`,
            },
          ],
        },
      ],
    },
    {
      // a Hono handler typed `ErrorHandler`, wired in another file
      code: `import type { ErrorHandler } from 'hono';
export const onError: ErrorHandler = (err, c) => c.json({ error: err.message }, 500);
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'errorMessageInResponse',
          data: { expression: 'err.message', status: '5xx' },
          line: 2,
          column: 66,
          endLine: 2,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `import type { ErrorHandler } from 'hono';
export const onError: ErrorHandler = (err, c) => c.json({ error: 'Internal Server Error' }, 500);
`,
            },
          ],
        },
      ],
    },
    {
      // Hono's HTTPException sends its message
      code: `import { HTTPException } from 'hono/http-exception';
app.get('/x', async (c) => {
  try { return c.json(await load()); } catch (e) { throw new HTTPException(500, { message: e.message }); }
});
`,
      errors: [
        {
          messageId: 'errorMessageInResponse',
          data: { expression: 'e.message', status: '5xx' },
          line: 3,
          column: 92,
          endLine: 3,
          endColumn: 101,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `import { HTTPException } from 'hono/http-exception';
app.get('/x', async (c) => {
  try { return c.json(await load()); } catch (e) { throw new HTTPException(500, { message: 'Internal Server Error' }); }
});
`,
            },
          ],
        },
      ],
    },
    {
      // Express's res.send of the whole error
      code: `app.get('/x', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).send(err); }
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          data: { expression: 'err' },
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `app.get('/x', async (req, res) => {
  try { await work(); } catch (err) { res.status(500).send('Internal Server Error'); }
});
`,
            },
          ],
        },
      ],
    },
    {
      // a Fastify reply sent an object holding the error: the object is serialized, not dispatched
      code: `fastify.setErrorHandler((error, request, reply) => {
  reply.code(500).send({ ok: false, error });
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          data: { expression: 'error' },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `fastify.setErrorHandler((error, request, reply) => {
  reply.code(500).send({ ok: false, error: 'Internal Server Error' });
});
`,
            },
          ],
        },
      ],
    },
    {
      // Nitro's error handler
      code: `export default defineNitroErrorHandler((error, event) => {
  event.node.res.statusCode = 500;
  event.node.res.end(error.stack);
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          data: { expression: 'error.stack' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `export default defineNitroErrorHandler((error, event) => {
  event.node.res.statusCode = 500;
  event.node.res.end('Internal Server Error');
});
`,
            },
          ],
        },
      ],
    },
    {
      // a formatter beside the debug setting that passes the formatted error through
      code: `import { GraphQLModule } from '@nestjs/graphql';
GraphQLModule.forRoot({ driver: ApolloDriver, debug: true, formatError: (error) => error });
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'debug: true', fix: 'debug: process.env.NODE_ENV !== "production"' },
          line: 2,
          column: 54,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'debug: process.env.NODE_ENV !== "production"' },
              output: `import { GraphQLModule } from '@nestjs/graphql';
GraphQLModule.forRoot({ driver: ApolloDriver, debug: process.env.NODE_ENV !== "production", formatError: (error) => error });
`,
            },
          ],
        },
      ],
    },
    {
      // Nest's forRootAsync: the options come from useFactory
      code: `import { GraphQLModule } from '@nestjs/graphql';
GraphQLModule.forRootAsync({ driver: ApolloDriver, useFactory: (config) => ({ autoSchemaFile: true, includeStacktraceInErrorResponses: true }) });
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: {
            setting: 'includeStacktraceInErrorResponses: true',
            fix: 'includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production"',
          },
          line: 2,
          column: 136,
          endLine: 2,
          endColumn: 140,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production"' },
              output: `import { GraphQLModule } from '@nestjs/graphql';
GraphQLModule.forRootAsync({ driver: ApolloDriver, useFactory: (config) => ({ autoSchemaFile: true, includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production" }) });
`,
            },
          ],
        },
      ],
    },
    {
      // options declared with the driver's type, passed to the module in another file
      code: `import type { ApolloDriverConfig } from '@nestjs/apollo';
export const graphqlConfig: ApolloDriverConfig = { autoSchemaFile: 'schema.gql', debug: true };
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'debug: true', fix: 'debug: process.env.NODE_ENV !== "production"' },
          line: 2,
          column: 89,
          endLine: 2,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'debug: process.env.NODE_ENV !== "production"' },
              output: `import type { ApolloDriverConfig } from '@nestjs/apollo';
export const graphqlConfig: ApolloDriverConfig = { autoSchemaFile: 'schema.gql', debug: process.env.NODE_ENV !== "production" };
`,
            },
          ],
        },
      ],
    },
    {
      // a method returning the options, by its return type
      code: `import { ApolloDriverConfig } from '@nestjs/apollo';
export class GqlConfigService {
  createGqlOptions(): ApolloDriverConfig {
    return { autoSchemaFile: true, includeStacktraceInErrorResponses: true };
  }
}
`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: {
            setting: 'includeStacktraceInErrorResponses: true',
            fix: 'includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production"',
          },
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production"' },
              output: `import { ApolloDriverConfig } from '@nestjs/apollo';
export class GqlConfigService {
  createGqlOptions(): ApolloDriverConfig {
    return { autoSchemaFile: true, includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production" };
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // tRPC in development mode whatever the environment
      code: `import { initTRPC } from '@trpc/server';
export const t = initTRPC.create({ isDev: true });
`,
      errors: [
        {
          messageId: 'debugModeEnabled',
          data: { setting: 'isDev: true', fix: 'isDev: process.env.NODE_ENV !== "production"' },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'enableInDevelopmentOnly',
              data: { fix: 'isDev: process.env.NODE_ENV !== "production"' },
              output: `import { initTRPC } from '@trpc/server';
export const t = initTRPC.create({ isDev: process.env.NODE_ENV !== "production" });
`,
            },
          ],
        },
      ],
    },
    {
      // a tRPC errorFormatter adding the thrown error's cause
      code: `import { initTRPC } from '@trpc/server';
export const t = initTRPC.context().create({
  errorFormatter({ shape, error }) {
    return { ...shape, data: { ...shape.data, cause: error.cause } };
  },
});
`,
      errors: [
        {
          messageId: 'errorObjectInResponse',
          data: { expression: 'error.cause' },
          line: 4,
          column: 54,
          endLine: 4,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `import { initTRPC } from '@trpc/server';
export const t = initTRPC.context().create({
  errorFormatter({ shape, error }) {
    return { ...shape, data: { ...shape.data, cause: 'Internal Server Error' } };
  },
});
`,
            },
          ],
        },
      ],
    },
    {
      // a stack sent over a channel that is not known to be an HTTP response still leaks
      code: `wss.on('connection', (ws) => {
  ws.on('message', async (data) => {
    try { await handle(data); } catch (err) { ws.send(JSON.stringify({ error: err.stack })); }
  });
});
`,
      errors: [
        {
          messageId: 'stackInResponse',
          data: { expression: 'err.stack' },
          line: 3,
          column: 79,
          endLine: 3,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'useGenericMessage',
              output: `wss.on('connection', (ws) => {
  ws.on('message', async (data) => {
    try { await handle(data); } catch (err) { ws.send(JSON.stringify({ error: 'Internal Server Error' })); }
  });
});
`,
            },
          ],
        },
      ],
    },
  ],
});
