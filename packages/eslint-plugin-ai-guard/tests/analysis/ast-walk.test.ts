import { parse, parseForESLint } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { forEachNode } from '../../src/analysis/ast-walk';

describe('forEachNode', () => {
  it('visits every node, parents before children, without following parent links', () => {
    const program = parse('const a = f(1); function g() { return h(a); }', { range: true }) as TSESTree.Program;
    const types: string[] = [];
    forEachNode(program, (node) => {
      types.push(node.type);
    });
    expect(types).toEqual([
      'Program',
      'VariableDeclaration',
      'VariableDeclarator',
      'Identifier',
      'CallExpression',
      'Literal',
      'Identifier',
      'FunctionDeclaration',
      'BlockStatement',
      'ReturnStatement',
      'CallExpression',
      'Identifier',
      'Identifier',
      'Identifier',
    ]);
  });

  it('skips the children of a node when the visitor returns false', () => {
    const program = parse('outer(function inner() { hidden(); }); visible();', { range: true }) as TSESTree.Program;
    const calls: string[] = [];
    forEachNode(program, (node) => {
      if (node.type === AST_NODE_TYPES.FunctionExpression) return false;
      if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier) calls.push(node.callee.name);
      return undefined;
    });
    expect(calls).toEqual(['outer', 'visible']);
  });

  it("visits the same nodes by the parser's visitor keys, and an unknown type's children by its own keys", () => {
    const code = 'type T = { a: string }; const x: T = f<T>(1) as T; class C { @d m(p = 2) { return this.n(p); } }';
    const { ast, visitorKeys } = parseForESLint(code, { range: true });
    const program = ast as TSESTree.Program;
    const byKeys = (keys?: Record<string, readonly string[] | undefined>) => {
      const types: string[] = [];
      forEachNode(
        program,
        (node) => {
          types.push(node.type);
        },
        keys,
      );
      return types;
    };
    // The same nodes; siblings may come in another order (the keys' order, not the properties').
    const everyKey = byKeys().sort();
    expect(byKeys(visitorKeys).sort()).toEqual(everyKey);
    // Without keys for Program, its own properties lead to the same children.
    expect(byKeys({ ...visitorKeys, Program: undefined }).sort()).toEqual(everyKey);
    expect(everyKey).toContain('Decorator');
    expect(everyKey).toContain('TSTypeAliasDeclaration');
  });
});
