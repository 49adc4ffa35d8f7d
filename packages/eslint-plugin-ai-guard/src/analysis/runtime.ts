import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { SERVER_ONLY_EXPORTS } from '../libraries/frameworks';
import { forEachFileNode } from './ast-walk';
import { isFunctionNode, type FunctionNode } from './local-functions';
import { findModuleReferences, READ, type TraceMap } from './module-references';
import { memberKey } from './value-flow';
import { AST_NODE_TYPES } from './node-types';
import { FileMemo } from './file-memo';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Where a module runs, as far as its own code shows:
 * - `browser`: certainly in a browser or a worker (`"use client"`, react-dom, a service worker, `window` / `document` globals);
 * - `component`: React UI code (it renders JSX or calls React hooks), which runs in the browser unless a server
 *   framework renders it; a server request it makes can only be driven by request data the request model finds;
 * - `server`: anything else.
 */
export type ModuleRuntime = 'browser' | 'component' | 'server';

const BROWSER_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage']);
const BROWSER_ONLY_MODULES: TraceMap<true> = {
  'react-dom': { [READ]: true },
  'react-dom/client': { [READ]: true },
  'react-native': { [READ]: true },
};
const REACT_HOOKS = new Set([
  'useState',
  'useEffect',
  'useLayoutEffect',
  'useReducer',
  'useRef',
  'useCallback',
  'useMemo',
  'useContext',
  'useSWR',
  'useQuery',
]);
const WORKER_EVENTS = new Set(['fetch', 'install', 'activate', 'message', 'push', 'sync']);

const runtimes = new FileMemo<ModuleRuntime>();

export function moduleRuntime(sourceCode: SourceCode): ModuleRuntime {
  return runtimes.get(sourceCode, detectRuntime);
}

/**
 * Where the code at `node` runs: the module's runtime, except that in a component module a server-only export
 * (`export async function loader()`, `export const getServerSideProps = ...`) or a `"use server"` function runs on the server.
 */
export function runtimeAt(sourceCode: SourceCode, node: TSESTree.Node): ModuleRuntime {
  const runtime = moduleRuntime(sourceCode);
  if (runtime !== 'component') return runtime;
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (isFunctionNode(current) && (isServerOnlyExport(current) || hasUseServerDirective(current))) return 'server';
  }
  return runtime;
}

function isServerOnlyExport(fn: FunctionNode): boolean {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration)
    return fn.parent.type === AST_NODE_TYPES.ExportNamedDeclaration && SERVER_ONLY_EXPORTS.has(fn.id?.name ?? '');
  const declarator = fn.parent;
  return (
    declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.id.type === AST_NODE_TYPES.Identifier &&
    SERVER_ONLY_EXPORTS.has(declarator.id.name) &&
    declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration
  );
}

function hasUseServerDirective(fn: FunctionNode): boolean {
  return fn.body?.type === AST_NODE_TYPES.BlockStatement && hasLeadingDirective(fn.body.body, 'use server');
}

function detectRuntime(sourceCode: SourceCode): ModuleRuntime {
  const program = sourceCode.ast;
  if (hasLeadingDirective(program.body, 'use client')) return 'browser';
  if (findModuleReferences(sourceCode, BROWSER_ONLY_MODULES).length > 0) return 'browser';
  const globalScope = sourceCode.getScope(program);
  if (usesBrowserGlobals(globalScope)) return 'browser';
  // The walk looks for JSX, hook calls and worker listeners; a text with none of their marks is server code without it.
  if (!mayRenderOrListen(sourceCode.text)) return 'server';
  let component = false;
  let worker = false;
  // Once the module renders, only a worker listener would change the answer: without one in the text, the rest is skipped.
  const mayListen = sourceCode.text.includes('addEventListener');
  forEachFileNode(sourceCode, (node) => {
    if (worker || (component && !mayListen)) return false;
    if (node.type === AST_NODE_TYPES.JSXElement || node.type === AST_NODE_TYPES.JSXFragment) {
      component = true;
      return false;
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      if (isWorkerListener(node, globalScope)) worker = true;
      else if (node.callee.type === AST_NODE_TYPES.Identifier && REACT_HOOKS.has(node.callee.name)) component = true;
    }
  });
  if (worker) return 'browser';
  return component ? 'component' : 'server';
}

/** Every JSX element or fragment writes `</`, `/>` or `<>`. */
const JSX_MARK = /<\/|\/>|<>/;
const HOOK_CALL = new RegExp(`\\b(?:${[...REACT_HOOKS].join('|')})\\s*[(<]`);

function mayRenderOrListen(text: string): boolean {
  return JSX_MARK.test(text) || HOOK_CALL.test(text) || text.includes('addEventListener');
}

function hasLeadingDirective(statements: readonly TSESTree.ProgramStatement[], directive: string): boolean {
  for (const statement of statements) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

/** `window` / `document` used as globals; a `typeof window` probe alone does not make a module browser code. */
function usesBrowserGlobals(globalScope: TSESLint.Scope.Scope): boolean {
  const references = [
    ...globalScope.through.filter((reference) => BROWSER_GLOBALS.has(reference.identifier.name)),
    ...[...BROWSER_GLOBALS].flatMap((name) => {
      const variable = globalScope.set.get(name);
      return variable && variable.defs.length === 0 ? variable.references : [];
    }),
  ];
  return references.some((reference) => {
    const parent = reference.identifier.parent;
    return !(parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'typeof');
  });
}

/** `self.addEventListener("fetch", ...)` or a global `addEventListener("install", ...)`: a service or web worker. */
function isWorkerListener(call: TSESTree.CallExpression, globalScope: TSESLint.Scope.Scope): boolean {
  const callee = call.callee;
  const [event] = call.arguments;
  if (event?.type !== AST_NODE_TYPES.Literal || typeof event.value !== 'string' || !WORKER_EVENTS.has(event.value)) return false;
  if (callee.type === AST_NODE_TYPES.Identifier)
    return callee.name === 'addEventListener' && !globalScope.set.get('addEventListener')?.defs.length;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberKey(callee) === 'addEventListener' &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'self'
  );
}
