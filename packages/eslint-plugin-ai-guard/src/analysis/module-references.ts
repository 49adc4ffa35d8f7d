import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { FileMemo, newMap } from './file-memo';
import { AST_NODE_TYPES } from './node-types';

const { ReferenceTracker } = ASTUtils;

export const CALL = ReferenceTracker.CALL;
export const CONSTRUCT = ReferenceTracker.CONSTRUCT;
export const READ = ReferenceTracker.READ;

/**
 * Library entry points as data: `{ jsonwebtoken: { verify: { [CALL]: info } } }`.
 * The top-level keys are module specifiers (or global names for {@link findGlobalReferences}).
 */
export type TraceMap<Info> = Record<string, TraceMapNode<Info>>;

/** Members by name; the reference kinds (`[CALL]`, `[CONSTRUCT]`, `[READ]`) by symbol. */
export interface TraceMapNode<Info> {
  [member: string]: TraceMapNode<Info>;
  [kind: symbol]: Info;
}

export type ReferenceKind = 'call' | 'construct' | 'read';

export interface ModuleReference<Info> {
  /** The CallExpression / NewExpression for calls and constructions, the reading expression for reads. */
  node: TSESTree.Node;
  /** Module specifier followed by the property path, e.g. `["jsonwebtoken", "verify"]`. */
  path: readonly string[];
  info: Info;
  kind: ReferenceKind;
}

function kindOf(type: symbol): ReferenceKind {
  if (type === CALL) return 'call';
  if (type === CONSTRUCT) return 'construct';
  return 'read';
}

function newTracker(sourceCode: Readonly<TSESLint.SourceCode>, implicitGlobals: readonly string[]) {
  const globalScope = withImplicitGlobals(sourceCode, sourceCode.getScope(sourceCode.ast), implicitGlobals);
  // "legacy" binds a CommonJS module's exports to both the default import and named imports,
  // which is how Node resolves `import jwt from "jsonwebtoken"` and `import { verify } from ...`.
  return new ReferenceTracker(globalScope, { mode: 'legacy' });
}

/**
 * ReferenceTracker only follows globals the config declares, but `require` and `fetch` are used in
 * files linted as ES modules without Node globals too. This view of the global scope adds each
 * undeclared name, with the references that resolve to nothing, without touching ESLint's scope manager.
 */
function withImplicitGlobals(
  sourceCode: Readonly<TSESLint.SourceCode>,
  globalScope: TSESLint.Scope.Scope,
  names: readonly string[],
): TSESLint.Scope.Scope {
  const missing = new Set(names.filter((name) => !globalScope.set.has(name)));
  if (missing.size === 0) return globalScope;
  const through = throughByName(sourceCode);
  const implicit = new Map<string, TSESLint.Scope.Reference[]>();
  for (const name of missing) {
    const references = through.get(name);
    if (references) implicit.set(name, references);
  }
  if (implicit.size === 0) return globalScope;
  const implicitVariables = new Map(
    [...implicit].map(([name, references]) => [name, { name, defs: [], references } as unknown as TSESLint.Scope.Variable]),
  );
  // The tracker only looks globals up by name.
  const set = { get: (name: string) => globalScope.set.get(name) ?? implicitVariables.get(name) };
  return Object.create(globalScope, { set: { value: set } }) as TSESLint.Scope.Scope;
}

/**
 * Every reference to the traced module members, whatever the import style: ESM default, named,
 * namespace and renamed imports, `require`, destructured `require`, `require("m").member`, and a
 * module object copied into a const. Shadowed locals and same-named members of other modules are not returned.
 */
export function findModuleReferences<Info>(sourceCode: Readonly<TSESLint.SourceCode>, traceMap: TraceMap<Info>): ModuleReference<Info>[] {
  return cached(sourceCode, traceMap, traceModuleReferences);
}

function traceModuleReferences<Info>(sourceCode: Readonly<TSESLint.SourceCode>, traceMap: TraceMap<Info>): ModuleReference<Info>[] {
  // Most files bind none of a map's modules: the tracker would walk every import and `require` call to find nothing.
  // A module is bound by a declaration or a `require` call that names it: a file whose specifiers hold none needs no look.
  if (!mentionsAnyModule(sourceCode, moduleNamesOf(traceMap))) return [];
  const bound = boundModules(sourceCode);
  if (!Object.keys(traceMap).some((name) => bound.has(name))) return [];
  const tracker = trackerFor(sourceCode, ['require']);
  const found: ModuleReference<Info>[] = [];
  for (const references of [tracker.iterateEsmReferences(traceMap), tracker.iterateCjsReferences(traceMap)]) {
    for (const reference of references) {
      found.push({ node: reference.node, path: reference.path, info: reference.info as Info, kind: kindOf(reference.type) });
    }
  }
  found.push(...importEqualsReferences(sourceCode, tracker, traceMap));
  return found;
}

/** References to globals such as `fetch` or `Response` that are not shadowed by a local binding. */
export function findGlobalReferences<Info>(sourceCode: Readonly<TSESLint.SourceCode>, traceMap: TraceMap<Info>): ModuleReference<Info>[] {
  return cached(sourceCode, traceMap, traceGlobalReferences);
}

function traceGlobalReferences<Info>(sourceCode: Readonly<TSESLint.SourceCode>, traceMap: TraceMap<Info>): ModuleReference<Info>[] {
  // A global is read by its name, whether bare or through `window` / `globalThis`: a text without one has none.
  if (
    !mentionsAnyName(sourceCode, Object.keys(traceMap)) ||
    !readsAnyGlobal(sourceCode, [...Object.keys(traceMap), ...GLOBAL_OBJECT_NAMES])
  ) {
    return [];
  }
  return [...trackerFor(sourceCode, ['require', ...Object.keys(traceMap)]).iterateGlobalReferences(traceMap)].map((reference) => ({
    node: reference.node,
    path: reference.path,
    info: reference.info as Info,
    kind: kindOf(reference.type),
  }));
}

/**
 * Whether {@link findModuleReferences} can find anything of the map in the file: a rule that traces nothing else asks
 * this in `create` and registers no listener where the answer is no.
 */
export function mayReferenceModules(sourceCode: Readonly<TSESLint.SourceCode>, traceMap: TraceMap<unknown>): boolean {
  return mentionsAnyModule(sourceCode, moduleNamesOf(traceMap));
}

/**
 * Whether the file may bind any of the named modules: one of its `import` / `export ... from` declarations names it, or
 * a call of the global `require` does (`import x = require()` included).
 * Every way the tracker binds a module is one of these, which makes this a cheap gate before the tracker's look at
 * every reference; the tree then decides ({@link boundModules}).
 */
export function mentionsAnyModule(sourceCode: Readonly<TSESLint.SourceCode>, names: readonly string[]): boolean {
  const mentioned = importedModules(sourceCode);
  if (mentioned.length === 0) return false;
  // A file names a few modules and a library table many: look the few up in the many.
  const table = nameSet(names);
  for (const name of mentioned) if (table.has(name)) return true;
  return false;
}

const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function nameSet(names: readonly string[]): ReadonlySet<string> {
  let set = nameSets.get(names);
  if (!set) nameSets.set(names, (set = new Set(names)));
  return set;
}

const traceMapNames = new WeakMap<object, readonly string[]>();

/** The module names of a trace map, as one array per map (so that {@link nameSet} builds its set once). */
function moduleNamesOf(traceMap: TraceMap<unknown>): readonly string[] {
  let names = traceMapNames.get(traceMap);
  if (!names) traceMapNames.set(traceMap, (names = Object.keys(traceMap)));
  return names;
}

function mentionsAnyName(sourceCode: Readonly<TSESLint.SourceCode>, names: readonly string[]): boolean {
  // A name that holds another of the list (`$fetch` holds `fetch`) is in no text that lacks the other: one search less.
  const holdsAbsentName = (name: string) =>
    names.some((other) => other !== name && name.includes(other) && !textMentions(sourceCode, other));
  return names.some((name) => !holdsAbsentName(name) && textMentions(sourceCode, name));
}

const mentionedWords = new FileMemo<Map<string, boolean>>();

/** Whether the text holds `word` anywhere (comments too): each word searched once per file, whichever analysis asks. */
export function textMentions(sourceCode: Readonly<TSESLint.SourceCode>, word: string): boolean {
  const known = mentionedWords.get(sourceCode, newMap);
  let mentioned = known.get(word);
  if (mentioned === undefined) known.set(word, (mentioned = sourceCode.text.includes(word)));
  return mentioned;
}

const importedIndexes = new FileMemo<readonly string[]>();

/**
 * The modules a file imports or requires by a constant name: `import`, `export ... from`, TypeScript's
 * `import x = require()`, and calls of the global `require`. Lets a rule skip tracing a large map when none of its
 * modules is in the file. Computed once per file, from the top-level statements and the scope manager's references
 * to `require` (a few, in lists ESLint has built already: a pattern over the text of every CommonJS file cost more).
 */
export function importedModules(sourceCode: Readonly<TSESLint.SourceCode>): readonly string[] {
  return importedIndexes.get(sourceCode, collectImportedModules);
}

function collectImportedModules(sourceCode: Readonly<TSESLint.SourceCode>): readonly string[] {
  // A list, not a set: every reader goes through it once.
  const found = declaredSpecifiers(sourceCode);
  // The scope's lists, not the text: a search of the text for `require` cost three times the look at the list.
  for (const reference of requireReferences(sourceCode)) addRequired(found, reference);
  return found;
}

/**
 * Every reference to the global `require`: declared by the config (`globals.node`) or left undeclared. A `require` the
 * file declares itself is not the global one (the tracker ignores it too).
 */
function requireReferences(sourceCode: Readonly<TSESLint.SourceCode>): readonly TSESLint.Scope.Reference[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const declared = globalScope.set.get('require');
  if (declared) return declared.defs.length === 0 ? declared.references : [];
  const found: TSESLint.Scope.Reference[] = [];
  for (const reference of globalScope.through) if (reference.identifier.name === 'require') found.push(reference);
  return found;
}

/**
 * The module specifiers of the file's top-level declarations: `import` and `export ... from` sources, and TypeScript's
 * `import x = require("m")` (exported or not). The other way to bind a module, a `require` call, is found apart.
 */
function declaredSpecifiers(sourceCode: Readonly<TSESLint.SourceCode>): string[] {
  const names: string[] = [];
  for (const statement of sourceCode.ast.body) {
    if (
      (statement.type === AST_NODE_TYPES.ImportDeclaration ||
        statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration) &&
      statement.source
    ) {
      names.push(statement.source.value);
    }
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (
      declaration?.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      declaration.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
      declaration.moduleReference.expression.type === AST_NODE_TYPES.Literal
    ) {
      names.push(String(declaration.moduleReference.expression.value));
    }
  }
  return names;
}

const REQUIRE_CALL: TraceMap<true> = { require: { [CALL]: true } };
/** The tracker's default global objects: `window.fetch` and `globalThis.fetch` are references to `fetch`. */
const GLOBAL_OBJECT_NAMES = ['global', 'globalThis', 'self', 'window'];

const boundModuleNames = new FileMemo<ReadonlySet<string>>();

/**
 * Every module name the tracker can bind in a file, read as the tracker reads them: the sources of top-level
 * `import` / `export ... from`, the constant first argument of each `require` call it finds, and TypeScript's
 * `import x = require("m")`. A trace map with none of these names has no reference in the file.
 */
function boundModules(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  return boundModuleNames.get(sourceCode, collectBoundModules);
}

function collectBoundModules(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const found = new Set<string>(declaredSpecifiers(sourceCode));
  const requireCalls =
    directRequireCalls(sourceCode) ??
    [...trackerFor(sourceCode, ['require']).iterateGlobalReferences(REQUIRE_CALL)].map(({ node }) => node as TSESTree.CallExpression);
  for (const call of requireCalls) {
    const first = call.arguments[0];
    const name = first ? ASTUtils.getStringIfConstant(first) : null;
    if (name !== null) found.add(name);
  }
  return found;
}

/**
 * The `require(...)` calls of a file when `require` is only ever called or read as an object (`require.resolve`) and no
 * global object (`window`, `global`) is read: the calls the tracker would find, without building it. Undefined otherwise
 * (an alias, a pass-through): then only the tracker knows.
 */
function directRequireCalls(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression[] | undefined {
  const globalScope = sourceCode.getScope(sourceCode.ast);
  if (GLOBAL_OBJECT_NAMES.some((name) => (globalScope.set.get(name)?.references.length ?? 0) > 0)) return undefined;
  const references = requireReferences(sourceCode);
  // The tracker ignores a `require` the file assigns.
  if (references.some((reference) => reference.isWrite())) return [];
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of references) {
    if (!reference.isRead()) continue;
    const identifier = reference.identifier;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) continue;
    if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee !== identifier) return undefined;
    calls.push(parent);
  }
  return calls;
}

const throughIndexes = new FileMemo<ReadonlyMap<string, TSESLint.Scope.Reference[]>>();

/** The references of the file that resolve to no declaration, by name, in source order: built once per file. */
function throughByName(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlyMap<string, TSESLint.Scope.Reference[]> {
  return throughIndexes.get(sourceCode, indexThroughReferences);
}

function indexThroughReferences(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlyMap<string, TSESLint.Scope.Reference[]> {
  const built = new Map<string, TSESLint.Scope.Reference[]>();
  for (const reference of sourceCode.getScope(sourceCode.ast).through) {
    const references = built.get(reference.identifier.name);
    if (references) references.push(reference);
    else built.set(reference.identifier.name, [reference]);
  }
  return built;
}

/** Whether any of `names` is read in the file as a global: a declared global with references, or an undeclared name. */
function readsAnyGlobal(sourceCode: Readonly<TSESLint.SourceCode>, names: readonly string[]): boolean {
  const globalScope = sourceCode.getScope(sourceCode.ast);
  const through = throughByName(sourceCode);
  return names.some((name) => through.has(name) || (globalScope.set.get(name)?.references.length ?? 0) > 0);
}

/**
 * TypeScript's `import jwt = require("jsonwebtoken")` binds the module exactly as `const jwt = require(...)` does,
 * but ReferenceTracker only knows `require` calls and `import` declarations: each read of the binding is traced here.
 */
function importEqualsReferences<Info>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  tracker: Tracker,
  traceMap: TraceMap<Info>,
): ModuleReference<Info>[] {
  const found: ModuleReference<Info>[] = [];
  for (const statement of sourceCode.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type !== AST_NODE_TYPES.TSImportEqualsDeclaration) continue;
    const reference = declaration.moduleReference;
    if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference || reference.expression.type !== AST_NODE_TYPES.Literal) continue;
    const moduleName = String(reference.expression.value);
    const moduleMap = Object.hasOwn(traceMap, moduleName) ? traceMap[moduleName] : undefined;
    if (!moduleMap) continue;
    for (const variable of sourceCode.getDeclaredVariables(declaration)) {
      for (const read of variable.references) {
        if (!read.isRead()) continue;
        const wholeModule = moduleMap[READ];
        if (wholeModule !== undefined) found.push({ node: read.identifier, path: [moduleName], info: wholeModule, kind: 'read' });
        for (const traced of (tracker as unknown as PropertyTracker).iteratePropertyReferences(
          read.identifier as TSESTree.Expression,
          moduleMap,
        )) {
          found.push({ node: traced.node, path: [moduleName, ...traced.path], info: traced.info as Info, kind: kindOf(traced.type) });
        }
      }
    }
  }
  return found;
}

/** eslint-utils' public `iteratePropertyReferences`, which typescript-eslint's type of the tracker leaves out. */
interface PropertyTracker {
  iteratePropertyReferences(
    node: TSESTree.Expression,
    traceMap: TraceMapNode<unknown>,
  ): IterableIterator<{ node: TSESTree.Node; path: string[]; type: symbol; info: unknown }>;
}

// Rules of one lint run share a SourceCode object, and trace maps are module constants: answers for a
// file are computed once, however many rules and call sites ask.
const answers = new FileMemo<Map<object, ModuleReference<unknown>[]>>();
type Tracker = ReturnType<typeof newTracker>;

const trackers = new FileMemo<Map<string, Tracker>>();

function cached<Info>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  traceMap: TraceMap<Info>,
  compute: (sourceCode: Readonly<TSESLint.SourceCode>, traceMap: TraceMap<Info>) => ModuleReference<Info>[],
): ModuleReference<Info>[] {
  const perFile = answers.get(sourceCode, newMap);
  const known = perFile.get(traceMap) as ModuleReference<Info>[] | undefined;
  if (known) return known;
  const computed = compute(sourceCode, traceMap);
  perFile.set(traceMap, computed);
  return computed;
}

function trackerFor(sourceCode: Readonly<TSESLint.SourceCode>, implicitGlobals: readonly string[]): Tracker {
  const perFile = trackers.get(sourceCode, newMap);
  const key = implicitGlobals.join(',');
  let tracker = perFile.get(key);
  if (!tracker) perFile.set(key, (tracker = newTracker(sourceCode, implicitGlobals)));
  return tracker;
}

/**
 * For a `read` reference, the expressions where the value is used: the reads of an imported or
 * `require`d binding (type annotations included), or the expression itself when it is used inline
 * (`app.register(require("@fastify/jwt"), opts)`).
 */
export function valueUses(sourceCode: Readonly<TSESLint.SourceCode>, reference: ModuleReference<unknown>): TSESTree.Node[] {
  const { node } = reference;
  // A read of a whole module is reported at its declaration; the default or namespace binding carries it.
  if (node.type === AST_NODE_TYPES.ImportDeclaration) {
    const wholeModule = node.specifiers.filter((specifier) => specifier.type !== AST_NODE_TYPES.ImportSpecifier);
    return readsOf(wholeModule.flatMap((specifier) => sourceCode.getDeclaredVariables(specifier)));
  }
  if (
    node.type === AST_NODE_TYPES.ImportSpecifier ||
    node.type === AST_NODE_TYPES.ImportDefaultSpecifier ||
    node.type === AST_NODE_TYPES.ImportNamespaceSpecifier
  ) {
    return readsOf(sourceCode.getDeclaredVariables(node));
  }
  if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) {
    const declarator = node.parent.parent;
    const local = node.value;
    if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || local.type !== AST_NODE_TYPES.Identifier) return [];
    return readsOf(sourceCode.getDeclaredVariables(declarator).filter((variable) => variable.name === local.name));
  }
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier) {
    return readsOf(sourceCode.getDeclaredVariables(parent));
  }
  return [node];
}

function readsOf(variables: readonly TSESLint.Scope.Variable[]): TSESTree.Node[] {
  return variables.flatMap((variable) =>
    variable.references.filter((reference) => !reference.init && reference.isRead()).map((reference) => reference.identifier),
  );
}

/** An identifier that names an unshadowed global (`URL`, `String`), whether or not the config declares it. */
export function isGlobalIdentifier(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  name?: string,
): node is TSESTree.Identifier {
  if (node.type !== AST_NODE_TYPES.Identifier || (name !== undefined && node.name !== name)) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  return !variable || variable.defs.length === 0;
}

function addRequired(found: string[], reference: TSESLint.Scope.Reference): void {
  const call = reference.identifier.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) return;
  const first = call.arguments[0];
  if (first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string') found.push(first.value);
  if (first?.type === AST_NODE_TYPES.TemplateLiteral && first.expressions.length === 0) found.push(first.quasis[0]?.value.cooked ?? '');
}
