import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { createValueFlow, OPAQUE, type FlowDomain } from '../../src/analysis/value-flow';
import { createRuleTester } from '../rule-tester';

type Taint = 'tainted';

/** The smallest domain: `taint()` is the source, `clean(x)` a sanitizer, and a test named `isSafe` guards its true branch. */
const domain: FlowDomain<Taint> = {
  call: (call) => {
    if (call.type === AST_NODE_TYPES.TaggedTemplateExpression) return OPAQUE;
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    if (callee.name === 'taint') return 'tainted';
    return callee.name === 'clean' ? OPAQUE : undefined;
  },
  caught: () => 'tainted',
  member: (value, key) => (key === 'length' ? undefined : value),
  method: (value) => value,
  join: (values) => values[0],
  branch: (value, test, whenTrue) => (test.type === AST_NODE_TYPES.Identifier && test.name === 'isSafe' && whenTrue ? undefined : value),
  argument: (value, call) => {
    const guard = call.parent?.parent;
    return guard?.type === AST_NODE_TYPES.IfStatement && guard.test.type === AST_NODE_TYPES.Identifier && guard.test.name === 'isSafe'
      ? undefined
      : value;
  },
};

/** Reports every `sink(x)` whose argument carries a `taint()` value. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'tainted'>({
  meta: { type: 'problem', schema: [], messages: { tainted: 'tainted' } },
  defaultOptions: [],
  create(context) {
    const flow = createValueFlow(context.sourceCode, domain);
    return {
      'CallExpression[callee.name="sink"]'(node: TSESTree.CallExpression) {
        const [argument] = node.arguments;
        if (argument && argument.type !== AST_NODE_TYPES.SpreadElement && flow.valueOf(argument)) {
          context.report({ node: argument, messageId: 'tainted' });
        }
      },
    };
  },
});

createRuleTester().run('value-flow', probe, {
  valid: [
    'const a = make(); sink(a);',
    // A sanitizer's result carries nothing.
    'sink(clean(taint()));',
    // A write that always runs replaces the value.
    "let a = taint(); a = 'fixed'; sink(a);",
    // The read comes before the write.
    "let a = 'x'; sink(a); a = taint();",
    // Another property of a literal object than the tainted one.
    'const opts = { url: taint(), timeout: 5 }; sink(opts.timeout);',
    'const { timeout } = { url: taint(), timeout: 5 }; sink(timeout);',
    // A destructured parameter reads another property than the tainted one, both ways.
    'function wrap({ v }) { return `<${v}>`; } sink(wrap({ v: 1, w: taint() }));',
    'function use({ v }) { sink(v); } use({ v: 1, w: taint() });',
    // A branch the domain drops.
    "sink(isSafe ? taint() : 'x');",
    // Member assignment after the read.
    'const body = {}; sink(body); body.stack = taint();',
    // A local function whose callers pass nothing tainted.
    "function use(v) { sink(v); } use('x');",
    // A call site the domain drops (only a guarded call passes the value).
    'function use(v) { sink(v); } if (isSafe) use(taint());',
    // A number derived from the value.
    'sink(taint().length);',
    // A function that receives the value but returns something else.
    'function len(v) { return 5; } sink(len(taint()));',
  ],
  invalid: [
    {
      // a const binding
      code: 'const a = taint(); sink(a);',
      errors: [{ messageId: 'tainted', line: 1, column: 25, endLine: 1, endColumn: 26 }],
    },
    {
      // a reassignment
      code: "let a = 'x'; a = taint(); sink(a);",
      errors: [{ messageId: 'tainted', line: 1, column: 32, endLine: 1, endColumn: 33 }],
    },
    {
      // a reassignment that reads the old value
      code: 'let n = taint(); n = n.trim(); sink(n);',
      errors: [{ messageId: 'tainted', line: 1, column: 37, endLine: 1, endColumn: 38 }],
    },
    {
      // compound assignment
      code: "let d = 'x'; d += taint(); sink(d);",
      errors: [{ messageId: 'tainted', line: 1, column: 33, endLine: 1, endColumn: 34 }],
    },
    {
      // object destructuring
      code: 'const { role } = taint(); sink(role);',
      errors: [{ messageId: 'tainted', line: 1, column: 32, endLine: 1, endColumn: 36 }],
    },
    {
      // array destructuring
      code: 'const [, second] = taint(); sink(second);',
      errors: [{ messageId: 'tainted', line: 1, column: 34, endLine: 1, endColumn: 40 }],
    },
    {
      // nested destructuring of a literal
      code: 'const { a: { b } } = { a: { b: taint() } }; sink(b);',
      errors: [{ messageId: 'tainted', line: 1, column: 50, endLine: 1, endColumn: 51 }],
    },
    {
      // member assignment before the read
      code: "const body = { message: 'x' }; body.stack = taint(); sink(body);",
      errors: [{ messageId: 'tainted', line: 1, column: 59, endLine: 1, endColumn: 63 }],
    },
    {
      // spread into an object
      code: 'sink({ ...taint() });',
      errors: [{ messageId: 'tainted', line: 1, column: 6, endLine: 1, endColumn: 20 }],
    },
    {
      // a template
      code: 'sink(`id=${taint()}`);',
      errors: [{ messageId: 'tainted', line: 1, column: 6, endLine: 1, endColumn: 21 }],
    },
    {
      // concatenation
      code: "sink('a' + taint());",
      errors: [{ messageId: 'tainted', line: 1, column: 6, endLine: 1, endColumn: 19 }],
    },
    {
      // a conditional branch
      code: "sink(flag ? taint() : 'x');",
      errors: [{ messageId: 'tainted', line: 1, column: 6, endLine: 1, endColumn: 26 }],
    },
    {
      // a property of a literal object
      code: 'const opts = { url: taint(), timeout: 5 }; sink(opts.url);',
      errors: [{ messageId: 'tainted', line: 1, column: 49, endLine: 1, endColumn: 57 }],
    },
    {
      // returned by a local function (one call deep, forwards)
      code: 'function wrap(v) { return `<${v}>`; } sink(wrap(taint()));',
      errors: [{ messageId: 'tainted', line: 1, column: 44, endLine: 1, endColumn: 57 }],
    },
    {
      // a parameter of a local function (one call deep, backwards)
      code: 'function use(v) { sink(v); } use(taint());',
      errors: [{ messageId: 'tainted', line: 1, column: 24, endLine: 1, endColumn: 25 }],
    },
    {
      // a destructured parameter, forwards: the property of the argument the pattern names
      code: 'function wrap({ v }) { return `<${v}>`; } const opts = { v: taint() }; sink(wrap(opts));',
      errors: [{ messageId: 'tainted', line: 1, column: 77, endLine: 1, endColumn: 87 }],
    },
    {
      // a destructured parameter, backwards: each caller's object, read at the pattern's path
      code: 'function use({ q: { v } }) { sink(v); } use({ q: { v: taint() } });',
      errors: [{ messageId: 'tainted', line: 1, column: 35, endLine: 1, endColumn: 36 }],
    },
    {
      // one guarded call site and one that is not
      code: 'function use(v) { sink(v); } if (isSafe) use(taint()); use(taint());',
      errors: [{ messageId: 'tainted', line: 1, column: 24, endLine: 1, endColumn: 25 }],
    },
    {
      // for...of
      code: 'for (const item of taint()) sink(item);',
      errors: [{ messageId: 'tainted', line: 1, column: 34, endLine: 1, endColumn: 38 }],
    },
    {
      // an iteration callback
      code: 'taint().forEach((item) => sink(item));',
      errors: [{ messageId: 'tainted', line: 1, column: 32, endLine: 1, endColumn: 36 }],
    },
    {
      // a promise callback
      code: 'taint().then((value) => sink(value));',
      errors: [{ messageId: 'tainted', line: 1, column: 30, endLine: 1, endColumn: 35 }],
    },
    {
      // push into an array
      code: 'const list = []; list.push(taint()); sink(list);',
      errors: [{ messageId: 'tainted', line: 1, column: 43, endLine: 1, endColumn: 47 }],
    },
    {
      // a caught error
      code: 'try { run(); } catch (err) { sink(err); }',
      errors: [{ messageId: 'tainted', line: 1, column: 35, endLine: 1, endColumn: 38 }],
    },
    {
      // await
      code: 'async function f() { sink(await taint()); }',
      errors: [{ messageId: 'tainted', line: 1, column: 27, endLine: 1, endColumn: 40 }],
    },
    {
      // a write in a branch may reach the read
      code: "let u = 'x'; if (flag) { u = taint(); } sink(u);",
      errors: [{ messageId: 'tainted', line: 1, column: 46, endLine: 1, endColumn: 47 }],
    },
    {
      // this.method() in a class
      code: 'class S { a() { sink(this.b(taint())); } b(v) { return v; } }',
      errors: [{ messageId: 'tainted', line: 1, column: 22, endLine: 1, endColumn: 37 }],
    },
    {
      // a return inside a branch
      code: 'function pick(v) { if (v) { return v; } return null; } sink(pick(taint()));',
      errors: [{ messageId: 'tainted', line: 1, column: 61, endLine: 1, endColumn: 74 }],
    },
  ],
});
