import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import {
  errorBindingReads,
  errorHandlerSource,
  graphqlFormatter,
  isNestExceptionFilterMethod,
  promiseRejectionHandler,
} from '../../src/analysis/error-values';
import type { FunctionNode } from '../../src/analysis/local-functions';
import { createRuleTester } from '../rule-tester';

/**
 * Reports every read `errorBindingReads` finds for a `catch` parameter, the first parameter of a promise
 * rejection handler (itself reported as `rejection`) and a declarator destructuring `err`.
 */
const bindingProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { read: 'read of {{property}}', rejection: 'rejection handler' } },
  defaultOptions: [],
  create(context) {
    const reportReads = (declaring: TSESTree.CatchClause | FunctionNode | TSESTree.VariableDeclarator, pattern: TSESTree.Node) => {
      for (const { read, property } of errorBindingReads(context.sourceCode, declaring, pattern)) {
        context.report({ node: read, messageId: 'read', data: { property: property ?? 'the error' } });
      }
    };
    return {
      CatchClause(node) {
        if (node.param) reportReads(node, node.param);
      },
      CallExpression(node) {
        const handler = promiseRejectionHandler(node);
        if (!handler) return;
        context.report({ node: handler, messageId: 'rejection' });
        const [parameter] = handler.params;
        if (parameter) reportReads(handler, parameter);
      },
      'VariableDeclarator[init.name="err"]'(node: TSESTree.VariableDeclarator) {
        reportReads(node, node.id);
      },
    };
  },
});

const read = (property: string, line: number, column: number, endColumn: number) => ({
  messageId: 'read' as const,
  data: { property },
  line,
  column,
  endLine: line,
  endColumn,
});

createRuleTester().run('error-values: errorBindingReads and promiseRejectionHandler', bindingProbe, {
  valid: [
    // No binding, or a binding never read.
    `try { run(); } catch { retry(); }`,
    `try { run(); } catch (err) { retry(); }`,
    // Array patterns and rest elements are not followed: which property they hold is not known.
    `try { run(); } catch ([first]) { send(first); }`,
    `try { run(); } catch ({ ...rest }) { send(rest); }`,
    // Only the rejection side of a promise carries an error.
    `promise.then((value) => send(value));`,
    `promise.finally(() => send(done));`,
    // A handler passed by name is not inline, so there is no parameter to follow here.
    `promise.catch(handleError);`,
    `const { stack } = notAnError; send(stack);`,
  ],
  invalid: [
    {
      code: `try { run(); } catch (err) { log(err); send(err.message); }`,
      errors: [read('the error', 1, 34, 37), read('the error', 1, 45, 48)],
    },
    {
      code: `try { run(); } catch ({ stack, message: text }) { send(stack, text); }`,
      errors: [read('stack', 1, 56, 61), read('message', 1, 63, 67)],
    },
    {
      // The reassignment writes the binding; only the two reads count.
      code: `try { run(); } catch (err) { err = wrap(err); send(err); }`,
      errors: [read('the error', 1, 41, 44), read('the error', 1, 52, 55)],
    },
    {
      code: `promise.catch((error) => send(error));`,
      errors: [{ messageId: 'rejection', line: 1, column: 15, endLine: 1, endColumn: 37 }, read('the error', 1, 31, 36)],
    },
    {
      code: `promise.then(show, function (reason) {
  send(reason);
});`,
      errors: [{ messageId: 'rejection', line: 1, column: 20, endLine: 3, endColumn: 2 }, read('the error', 2, 8, 14)],
    },
    {
      code: `promise.catch(({ message }) => send(message));`,
      errors: [{ messageId: 'rejection', line: 1, column: 15, endLine: 1, endColumn: 45 }, read('message', 1, 37, 44)],
    },
    {
      code: `const { stack, code = 500 } = err; send(stack, code);`,
      errors: [read('stack', 1, 41, 46), read('code', 1, 48, 52)],
    },
    {
      filename: 'file.ts',
      code: `try { run(); } catch (err: unknown) { report(err as Error); }`,
      errors: [read('the error', 1, 46, 49)],
    },
  ],
});

/** Reports what `errorHandlerSource` answers for each function, and each `isNestExceptionFilterMethod` method's key. */
const handlerProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { handler: '{{kind}}', nestFilter: 'Nest exception filter' } },
  defaultOptions: [],
  create(context) {
    return {
      ':function'(node: FunctionNode) {
        const kind = errorHandlerSource(context.sourceCode, node);
        if (kind) context.report({ node, messageId: 'handler', data: { kind } });
      },
      MethodDefinition(node) {
        if (isNestExceptionFilterMethod(node)) context.report({ node: node.key, messageId: 'nestFilter' });
      },
    };
  },
});

const handler = (kind: string, line: number, column: number, endLine: number, endColumn: number) => ({
  messageId: 'handler' as const,
  data: { kind },
  line,
  column,
  endLine,
  endColumn,
});

createRuleTester().run('error-values: errorHandlerSource and isNestExceptionFilterMethod', handlerProbe, {
  valid: [
    // Four parameters, but the third is never used as a response.
    `app.use((err, req, res, next) => { next(err); });`,
    `app.get('/', (a, b, c, d) => { c.push(a); });`,
    // Ordinary middleware: three parameters.
    `app.use((req, res, next) => { res.json({}); });`,
    `app.onError((err) => log(err));`,
    `emitter.on('error', (err, c) => c.text('failed'));`,
    // The handler must be setErrorHandler's first argument.
    `queue.setErrorHandlers(function (error, request, reply) { reply.send({}); });`,
    `fastify.setErrorHandler(options, function (error, request, reply) { reply.send({}); });`,
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
      errors: [handler('express-error-middleware', 1, 9, 1, 74)],
    },
    {
      code: `function onError(error, request, response, next) {
  if (response.headersSent) return next(error);
  response.end();
}`,
      errors: [handler('express-error-middleware', 1, 1, 4, 2)],
    },
    {
      code: `fastify.setErrorHandler(function (error, request, reply) { reply.send({}); });`,
      errors: [handler('fastify-error-handler', 1, 25, 1, 77)],
    },
    {
      code: `app.onError((err, c) => c.text('failed', 500));`,
      errors: [handler('hono-error-handler', 1, 13, 1, 46)],
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

/** Reports the function `graphqlFormatter` resolves for each property. */
const formatterProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { formatter: 'formatError function' } },
  defaultOptions: [],
  create(context) {
    return {
      Property(node) {
        const formatter = graphqlFormatter(context.sourceCode, node);
        if (formatter) context.report({ node: formatter, messageId: 'formatter' });
      },
    };
  },
});

const formatter = (line: number, column: number, endLine: number, endColumn: number) => ({
  messageId: 'formatter' as const,
  line,
  column,
  endLine,
  endColumn,
});

createRuleTester().run('error-values: graphqlFormatter', formatterProbe, {
  valid: [
    `new ApolloServer({ formatError: buildFormatter() });`,
    `new ApolloServer({ formatResponse: (response) => response });`,
    `import { format } from './format';
new ApolloServer({ formatError: format });`,
    `const { format } = helpers;
new ApolloServer({ formatError: format });`,
  ],
  invalid: [
    {
      code: `new ApolloServer({ typeDefs, formatError: (formatted) => formatted });`,
      errors: [formatter(1, 43, 1, 67)],
    },
    {
      code: `function formatError(formatted, error) { return formatted; }
new ApolloServer({ formatError });`,
      errors: [formatter(1, 1, 1, 61)],
    },
    {
      code: `const format = function (error) { return error; };
const server = new ApolloServer({ formatError: format });`,
      errors: [formatter(1, 16, 1, 50)],
    },
  ],
});
