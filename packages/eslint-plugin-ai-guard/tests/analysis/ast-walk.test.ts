import * as tsParser from '@typescript-eslint/parser';
import { parse, parseForESLint } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { forEachFileNode, forEachNode } from '../../src/analysis/ast-walk';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The SourceCode ESLint builds for a TypeScript file, after a lint run (its traversal steps are then listed). */
function typeScriptSourceCode(text: string): SourceCode {
  const linter = new Linter({ configType: 'flat' });
  linter.verify(text, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }], { filename: 'file.ts' });
  return linter.getSourceCode() as unknown as SourceCode;
}

/** The same file as ESLint 8 shows it: a SourceCode without `traverse`. */
function withoutTraverse(sourceCode: SourceCode): SourceCode {
  return Object.create(sourceCode, { traverse: { value: undefined } }) as SourceCode;
}

function visitedTypes(sourceCode: SourceCode, skip?: AST_NODE_TYPES): string[] {
  const types: string[] = [];
  forEachFileNode(sourceCode, (node) => {
    types.push(node.type);
    return node.type === skip ? false : undefined;
  });
  return types;
}

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

describe('forEachFileNode', () => {
  const code = 'const x: T = f<T>(1) as T; class C { @d m(p = 2) { return this.n(() => p); } } g();';

  it("reads ESLint's traversal of the file: every node once, parents first, as the walk by visitor keys finds them", () => {
    const sourceCode = typeScriptSourceCode(code);
    const walked: string[] = [];
    forEachNode(
      sourceCode.ast,
      (node) => {
        walked.push(node.type);
      },
      sourceCode.visitorKeys,
    );
    const visited = visitedTypes(sourceCode);
    expect(visited).toEqual(walked);
    expect(visited[0]).toBe('Program');
    expect(visited).toContain('Decorator');
    expect(visited).toContain('TSTypeReference');
  });

  it('skips the children of a node when the visitor returns false, and goes on after it', () => {
    const sourceCode = typeScriptSourceCode(code);
    const visited = visitedTypes(sourceCode, AST_NODE_TYPES.ClassDeclaration);
    expect(visited).toContain('ClassDeclaration');
    expect(visited).not.toContain('Decorator');
    expect(visited).not.toContain('ArrowFunctionExpression');
    // `g()` after the class is still visited.
    expect(visited.slice(-3)).toEqual(['ExpressionStatement', 'CallExpression', 'Identifier']);
  });

  it('walks the tree where ESLint lists no traversal (ESLint 8), with the same result', () => {
    const sourceCode = typeScriptSourceCode(code);
    expect(visitedTypes(withoutTraverse(sourceCode))).toEqual(visitedTypes(sourceCode));
    expect(visitedTypes(withoutTraverse(sourceCode), AST_NODE_TYPES.ClassDeclaration)).toEqual(
      visitedTypes(sourceCode, AST_NODE_TYPES.ClassDeclaration),
    );
  });
});
