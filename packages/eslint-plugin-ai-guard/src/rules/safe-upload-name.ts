import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, readsOfParameter, resolveLocalFunction, type FunctionNode } from '../analysis/local-functions';
import { CALL, findModuleReferences, isGlobalIdentifier, type TraceMap, type TraceMapNode } from '../analysis/module-references';
import { readOption, resolveValue, staticPropertyName, staticString, unwrapExpression } from '../analysis/static-values';
import {
  CONTENT_CHECK_TRACE_MAP,
  FASTIFY_MANY_FILE_METHODS,
  FASTIFY_MODULES,
  FASTIFY_SINGLE_FILE_METHODS,
  HONO_MODULES,
  importsAnyModule,
  MULTER_MIDDLEWARE_METHODS,
  UPLOAD_LIBRARIES,
  UPLOAD_TRACE_MAP,
  type UploadEntry,
  type UploadLibrary,
} from '../analysis/upload-sources';
import { readsOfStoredValue } from '../analysis/value-references';
import { createRule, docsFor } from '../create-rule';

export type Options = [{ reportPartialSanitizers?: boolean }];
export type MessageIds = 'clientFilename' | 'partiallySanitizedFilename' | 'clientMimeType' | 'useGeneratedName';

type Variable = TSESLint.Scope.Variable;
const { DefinitionType } = TSESLint.Scope;

/** A string the client chose: an upload's filename or declared MIME type, possibly transformed. */
interface ClientString {
  kind: 'client';
  field: 'name' | 'mime';
  /** `partial` once it went through `path.basename`-style sanitizers that strip directories only. */
  taint: 'full' | 'partial';
  library: UploadLibrary;
  /** Where the client value is read (`file.originalname`), for the message and the suggestion. */
  origin: TSESTree.Node;
  sanitizer?: TSESTree.CallExpression;
}

/** One uploaded file (`file`), a collection of them (`files`), or a value that may be either. */
interface UploadValue {
  kind: 'upload';
  library: UploadLibrary;
  file: boolean;
  container: boolean;
  /** busboy's legacy `(field, stream, filename)` signature passes the name itself where v1 passes `info`. */
  selfIsName?: boolean;
}

type Value =
  | ClientString
  | UploadValue
  | { kind: 'request'; library: 'multer' | 'express-fileupload' }
  | { kind: 'formData' }
  | { kind: 'formidableParse' };

interface Frame {
  /** Parameters of a local helper bound to the arguments of the call being followed. */
  bindings?: ReadonlyMap<Variable, { node: TSESTree.Node; frame: Frame }>;
  callDepth: number;
}

type TransformEntry =
  | { role: 'fsSink'; label: string; pathArguments: readonly number[]; flagsArgument?: number }
  | { role: 'pathBuilder' }
  | { role: 'partialSanitizer'; label: string };

const FS_SINK_METHODS: Record<string, { pathArguments: readonly number[]; flagsArgument?: number }> = {
  writeFile: { pathArguments: [0] },
  appendFile: { pathArguments: [0] },
  createWriteStream: { pathArguments: [0] },
  rename: { pathArguments: [1] },
  copyFile: { pathArguments: [1] },
  cp: { pathArguments: [1] },
  mkdir: { pathArguments: [0] },
  symlink: { pathArguments: [1] },
  link: { pathArguments: [1] },
  open: { pathArguments: [0], flagsArgument: 1 },
};
const FS_EXTRA_METHODS: Record<string, { pathArguments: readonly number[] }> = {
  outputFile: { pathArguments: [0] },
  outputJson: { pathArguments: [0] },
  writeJson: { pathArguments: [0] },
  move: { pathArguments: [1] },
  copy: { pathArguments: [1] },
  ensureDir: { pathArguments: [0] },
  ensureFile: { pathArguments: [0] },
  mkdirp: { pathArguments: [0] },
  mkdirs: { pathArguments: [0] },
};

function fsMethods(
  moduleName: string,
  methods: Record<string, { pathArguments: readonly number[]; flagsArgument?: number }>,
  withSync: boolean,
): TraceMapNode<TransformEntry> {
  const node: TraceMapNode<TransformEntry> = {};
  for (const [name, spec] of Object.entries(methods)) {
    node[name] = { [CALL]: { role: 'fsSink', label: `${moduleName}.${name}`, ...spec } };
    if (withSync) node[`${name}Sync`] = { [CALL]: { role: 'fsSink', label: `${moduleName}.${name}Sync`, ...spec } };
  }
  return node;
}

function pathModule(): TraceMapNode<TransformEntry> {
  const flavour: TraceMapNode<TransformEntry> = {
    join: { [CALL]: { role: 'pathBuilder' } },
    resolve: { [CALL]: { role: 'pathBuilder' } },
    normalize: { [CALL]: { role: 'pathBuilder' } },
    format: { [CALL]: { role: 'pathBuilder' } },
    basename: { [CALL]: { role: 'partialSanitizer', label: 'path.basename' } },
    extname: { [CALL]: { role: 'partialSanitizer', label: 'path.extname' } },
    parse: { [CALL]: { role: 'partialSanitizer', label: 'path.parse' } },
  };
  return { ...flavour, posix: flavour, win32: flavour };
}

function partialPackage(label: string): TraceMapNode<TransformEntry> {
  const entry: TransformEntry = { role: 'partialSanitizer', label };
  return { [CALL]: entry };
}

const TRANSFORM_TRACE_MAP: TraceMap<TransformEntry> = {
  fs: { ...fsMethods('fs', FS_SINK_METHODS, true), promises: fsMethods('fs.promises', FS_SINK_METHODS, false) },
  'node:fs': { ...fsMethods('fs', FS_SINK_METHODS, true), promises: fsMethods('fs.promises', FS_SINK_METHODS, false) },
  'graceful-fs': fsMethods('fs', FS_SINK_METHODS, true),
  'fs/promises': fsMethods('fs/promises', FS_SINK_METHODS, false),
  'node:fs/promises': fsMethods('fs/promises', FS_SINK_METHODS, false),
  'fs-extra': { ...fsMethods('fs-extra', FS_SINK_METHODS, true), ...fsMethods('fs-extra', FS_EXTRA_METHODS, true) },
  path: pathModule(),
  'node:path': pathModule(),
  'sanitize-filename': partialPackage('sanitize-filename'),
  filenamify: { ...partialPackage('filenamify'), filenamify: { [CALL]: { role: 'partialSanitizer', label: 'filenamify' } } },
  slugify: partialPackage('slugify'),
  '@sindresorhus/slugify': partialPackage('slugify'),
};

/** String methods whose result still carries every character the client chose that matters for a path. */
const PASS_THROUGH_METHODS = new Set([
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'normalize',
  'slice',
  'substring',
  'substr',
  'split',
  'pop',
  'shift',
  'at',
  'join',
  'reverse',
  'padStart',
  'padEnd',
  'toString',
  'valueOf',
  'concat',
]);
const CONTAINER_METHODS = new Set(['filter', 'slice', 'concat', 'flat', 'reverse', 'sort', 'toSorted', 'toReversed']);
const ELEMENT_METHODS = new Set(['find', 'findLast', 'at', 'pop', 'shift']);
const ITERATION_METHODS = new Set(['map', 'forEach', 'filter', 'find', 'findLast', 'some', 'every', 'flatMap']);
const PASS_THROUGH_GLOBALS = new Set(['String', 'decodeURIComponent', 'decodeURI', 'unescape']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'use', 'options']);
const CHECK_METHODS = new Set(['includes', 'has', 'indexOf', 'startsWith', 'endsWith', 'match', 'test', 'search']);
const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
/** Enough to see whether a replacement keeps directory separators. */
const TRAVERSAL_PROBE = '../a/..\\b';
const MAX_EVALUATION_DEPTH = 40;

export default createRule<Options, MessageIds>({
  name: 'safe-upload-name',
  meta: {
    type: 'problem',
    docs: docsFor('safe-upload-name'),
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportPartialSanitizers: {
            type: 'boolean',
            description:
              'Also report client filenames that only went through `path.basename`, `sanitize-filename` or similar, which still keep the client extension and collide. On in the strict config.',
          },
        },
      },
    ],
    messages: {
      clientFilename:
        'The client-supplied filename `{{source}}` reaches this storage path, so `../` sequences, double extensions and same-name uploads are written as sent. Generate the name: `${randomUUID()}${ext}` with `ext` from an allowlist.',
      partiallySanitizedFilename:
        'The client-supplied filename `{{source}}` reaches this storage path through `{{sanitizer}}`, which keeps the client extension and lets same-name uploads overwrite each other. Generate the name: `${randomUUID()}${ext}` with `ext` from an allowlist.',
      clientMimeType:
        "The client-declared MIME type `{{source}}` is this upload's only type check, and the client chooses it freely. Check the bytes instead, e.g. `fileTypeFromBuffer` from `file-type`.",
      useGeneratedName: 'Replace the client name with `${randomUUID()}${ext}` and define `ext` from an allowlist of extensions.',
    },
  },
  defaultOptions: [{ reportPartialSanitizers: false }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const memberCalls: TSESTree.CallExpression[] = [];
    const routeCalls: TSESTree.CallExpression[] = [];
    const thisCalls: TSESTree.CallExpression[] = [];
    const returns = new Map<FunctionNode, TSESTree.Node[]>();
    const pathAssignments: TSESTree.AssignmentExpression[] = [];
    const checkOperands: TSESTree.Node[] = [];

    return {
      'CallExpression[callee.type="MemberExpression"]'(node: TSESTree.CallExpression) {
        const callee = node.callee as TSESTree.MemberExpression;
        if (callee.object.type === AST_NODE_TYPES.ThisExpression) thisCalls.push(node);
        const name = methodName(node);
        if (name === undefined) return;
        memberCalls.push(node);
        if (ROUTE_METHODS.has(name)) routeCalls.push(node);
        if (CHECK_METHODS.has(name)) checkOperands.push(callee.object, ...node.arguments);
      },
      ReturnStatement(node) {
        const fn = enclosingFunctionOf(node);
        if (fn && node.argument) returns.set(fn, [...(returns.get(fn) ?? []), node.argument]);
      },
      'ArrowFunctionExpression[expression=true]'(node: TSESTree.ArrowFunctionExpression) {
        returns.set(node, [node.body]);
      },
      'AssignmentExpression[left.type="MemberExpression"]'(node: TSESTree.AssignmentExpression) {
        pathAssignments.push(node);
      },
      BinaryExpression(node) {
        if (EQUALITY_OPERATORS.has(node.operator)) checkOperands.push(node.left, node.right);
        else if (node.operator === 'in') checkOperands.push(node.left);
      },
      SwitchStatement(node) {
        checkOperands.push(node.discriminant);
      },
      'Program:exit'() {
        const uploadReferences = findModuleReferences(sourceCode, UPLOAD_TRACE_MAP);
        if (
          uploadReferences.length === 0 &&
          !memberCalls.some(isFormDataCall) &&
          !importsAnyModule(sourceCode, FASTIFY_MODULES) &&
          !importsAnyModule(sourceCode, HONO_MODULES)
        ) {
          return;
        }
        const analysis = createAnalysis(uploadReferences);
        analysis.reportFilenameSinks();
        if (findModuleReferences(sourceCode, CONTENT_CHECK_TRACE_MAP).length === 0) analysis.reportMimeChecks();
      },
    };

    function createAnalysis(uploadReferences: ReturnType<typeof findModuleReferences<UploadEntry>>) {
      const transforms = new Map<TSESTree.Node, TransformEntry>();
      const fsSinks: { call: TSESTree.CallExpression; entry: Extract<TransformEntry, { role: 'fsSink' }> }[] = [];
      for (const reference of findModuleReferences(sourceCode, TRANSFORM_TRACE_MAP)) {
        if (reference.kind !== 'call') continue;
        transforms.set(reference.node, reference.info);
        if (reference.info.role === 'fsSink') {
          fsSinks.push({ call: reference.node as TSESTree.CallExpression, entry: reference.info });
        }
      }

      const fastifyPresent = importsAnyModule(sourceCode, FASTIFY_MODULES);
      const honoPresent = importsAnyModule(sourceCode, HONO_MODULES);
      const seeds = new Map<FunctionNode, Map<number, Value>>();
      const formidableInstances = new Set<TSESTree.Node>();
      const extraSinks: TSESTree.Node[] = [];
      const memo = new Map<TSESTree.Node, Value | undefined>();
      const active = new Set<TSESTree.Node>();
      let evaluationDepth = 0;

      seedFromReferences();

      return { reportFilenameSinks, reportMimeChecks };

      function seed(fn: FunctionNode | undefined, index: number, value: Value): void {
        if (!fn) return;
        const parameters = seeds.get(fn) ?? new Map<number, Value>();
        parameters.set(index, value);
        seeds.set(fn, parameters);
      }

      function seedFromReferences(): void {
        const wired = new Map<string, 'multer' | 'express-fileupload'>();
        for (const reference of uploadReferences) {
          const node = reference.node;
          switch (reference.info.role) {
            case 'multerFactory': {
              const call = node as TSESTree.CallExpression;
              const fileFilter = optionFunction(call.arguments[0], 'fileFilter', call);
              seed(fileFilter, 1, uploadOf('multer', true, false));
              for (const instance of withStoredReads(call)) {
                const middleware = methodCallOn(instance, MULTER_MIDDLEWARE_METHODS);
                if (middleware) wireMiddleware(middleware, 'multer', wired);
              }
              break;
            }
            case 'multerDiskStorage':
              seedDiskStorage(node as TSESTree.CallExpression);
              break;
            case 'nestUploadedFile':
              seedNestParameter(node, reference.info.container);
              break;
            case 'fileUploadMiddleware':
              wireMiddleware(node, 'express-fileupload', wired);
              break;
            case 'busboyFactory':
              for (const instance of eventEmitterChain(node)) seedBusboyHandler(instance);
              break;
            case 'formidableFactory':
              seedFormidable(node as TSESTree.CallExpression | TSESTree.NewExpression);
              break;
            case 'connectBusboy':
              for (const call of memberCalls) {
                const callee = call.callee as TSESTree.MemberExpression;
                if (callee.object.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee.object) === 'busboy') {
                  seedBusboyHandler(callee.object);
                }
              }
              break;
            default:
              break;
          }
        }
        seedWiredRouters(wired);
      }

      function seedDiskStorage(call: TSESTree.CallExpression): void {
        for (const key of ['filename', 'destination']) {
          const fn = optionFunction(call.arguments[0], key, call);
          if (!fn) continue;
          seed(fn, 1, uploadOf('multer', true, false));
          const callback = fn.params[2];
          if (callback?.type !== AST_NODE_TYPES.Identifier) continue;
          for (const read of readsOfParameter(sourceCode, fn, callback)) {
            const call = read.parent;
            if (call.type === AST_NODE_TYPES.CallExpression && call.callee === read && call.arguments[1]) {
              extraSinks.push(call.arguments[1]);
            }
          }
        }
      }

      function seedNestParameter(decoratorCall: TSESTree.Node, container: boolean): void {
        const decorator = decoratorCall.parent;
        if (decorator?.type !== AST_NODE_TYPES.Decorator) return;
        const parameter = decorator.parent;
        const fn = parameter.parent;
        if (!isFunctionNode(fn)) return;
        const index = fn.params.indexOf(parameter as TSESTree.Parameter);
        if (index >= 0) seed(fn, index, uploadOf('multer', !container, container));
      }

      function seedBusboyHandler(instance: TSESTree.Node): void {
        for (const call of memberCallsOn(instance, 'on', 'once')) {
          const [event, listener] = call.arguments;
          if (!event || staticString(event, sourceCode.getScope(call)) !== 'file' || !listener) continue;
          const fn = functionOf(listener);
          seed(fn, 2, { ...uploadOf('busboy', true, false), selfIsName: true });
          if (fn?.params[4]) {
            seed(fn, 4, { kind: 'client', field: 'mime', taint: 'full', library: 'busboy', origin: fn.params[4] });
          }
        }
      }

      function seedFormidable(factory: TSESTree.CallExpression | TSESTree.NewExpression): void {
        const filenameOption = optionFunction(factory.arguments[0], 'filename', factory);
        if (filenameOption) {
          seed(filenameOption, 2, uploadOf('formidable', true, false));
          extraSinks.push(...(returns.get(filenameOption) ?? []));
        }
        for (const instance of withStoredReads(factory)) {
          formidableInstances.add(instance);
          for (const call of memberCallsOn(instance, 'parse')) {
            seed(functionOf(call.arguments[1]), 2, uploadOf('formidable', false, true));
          }
          for (const call of memberCallsOn(instance, 'on', 'once')) {
            const event = call.arguments[0] && staticString(call.arguments[0], sourceCode.getScope(call));
            if (event === 'file' || event === 'fileBegin') seed(functionOf(call.arguments[1]), 1, uploadOf('formidable', true, false));
          }
        }
      }

      /**
       * A middleware is wired into the handlers that follow it in a route registration, into the
       * request it is invoked with (`upload(req, res, cb)`), or, through `.use`, into every route of that router.
       */
      function wireMiddleware(
        middleware: TSESTree.Node,
        library: 'multer' | 'express-fileupload',
        wired: Map<string, 'multer' | 'express-fileupload'>,
      ): void {
        for (const use of withStoredReads(middleware)) {
          const argument = use.parent?.type === AST_NODE_TYPES.ArrayExpression ? use.parent : use;
          const call = argument.parent;
          if (call?.type !== AST_NODE_TYPES.CallExpression) continue;
          if (call.callee === use) {
            const request = call.arguments[0];
            if (request?.type === AST_NODE_TYPES.Identifier) seedVariableParameter(request, { kind: 'request', library });
            continue;
          }
          const position = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
          if (position < 0) continue;
          if (methodName(call) === 'use' && call.callee.type === AST_NODE_TYPES.MemberExpression) {
            wired.set(sourceCode.getText(call.callee.object), library);
          }
          for (const handler of call.arguments.slice(position + 1)) seed(functionOf(handler), 0, { kind: 'request', library });
        }
      }

      function seedWiredRouters(wired: Map<string, 'multer' | 'express-fileupload'>): void {
        for (let round = 0; round < 3 && wired.size > 0; round++) {
          for (const call of routeCalls) {
            const callee = call.callee as TSESTree.MemberExpression;
            const library = wired.get(sourceCode.getText(callee.object));
            if (!library) continue;
            for (const argument of call.arguments) {
              const fn = functionOf(argument);
              if (fn) seed(fn, 0, { kind: 'request', library });
              else if (methodName(call) === 'use' && argument.type === AST_NODE_TYPES.Identifier) wired.set(argument.name, library);
            }
          }
        }
      }

      function seedVariableParameter(identifier: TSESTree.Identifier, value: Value): void {
        const definition = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
        if (definition?.type !== DefinitionType.Parameter) return;
        const fn = definition.node;
        if (!isFunctionNode(fn)) return;
        const index = fn.params.findIndex((parameter) => parameter === definition.name);
        if (index >= 0) seed(fn, index, value);
      }

      function functionOf(node: TSESTree.Node | undefined): FunctionNode | undefined {
        if (!node) return undefined;
        const resolved = resolveValue(node, sourceCode.getScope(node));
        return isFunctionNode(resolved) ? resolved : undefined;
      }

      function optionFunction(optionsNode: TSESTree.Node | undefined, key: string, at: TSESTree.Node): FunctionNode | undefined {
        const lookup = readOption(optionsNode, [key], sourceCode.getScope(at));
        if (lookup.kind !== 'present') return undefined;
        if (isFunctionNode(lookup.value)) return lookup.value;
        return functionOf(lookup.value);
      }

      /** The instance and its `.on(...)` results, which return the emitter for chaining. */
      function eventEmitterChain(factory: TSESTree.Node): TSESTree.Node[] {
        const found: TSESTree.Node[] = [];
        const pending = withStoredReads(factory);
        while (pending.length > 0 && found.length < 20) {
          const instance = pending.pop();
          if (!instance) break;
          found.push(instance);
          pending.push(...memberCallsOn(instance, 'on', 'once'));
        }
        return found;
      }

      function memberCallsOn(instance: TSESTree.Node, ...names: string[]): TSESTree.CallExpression[] {
        const call = methodCallOn(instance, new Set(names));
        return call ? [call] : [];
      }

      function reportFilenameSinks(): void {
        const reported = new Set<TSESTree.Node>();
        const check = (node: TSESTree.Node | undefined) => {
          if (!node || reported.has(node)) return;
          reported.add(node);
          reportIfClientName(node);
        };
        for (const { call, entry } of fsSinks) {
          if (entry.flagsArgument !== undefined && !opensForWriting(call.arguments[entry.flagsArgument])) continue;
          for (const index of entry.pathArguments) check(call.arguments[index]);
        }
        for (const call of memberCalls) {
          if (methodName(call) !== 'mv') continue;
          const receiver = evaluate((call.callee as TSESTree.MemberExpression).object, rootFrame());
          if (receiver?.kind === 'upload' && receiver.library === 'express-fileupload') check(call.arguments[0]);
        }
        for (const assignment of pathAssignments) {
          const left = assignment.left as TSESTree.MemberExpression;
          const property = staticPropertyName(left);
          if (property !== 'filepath' && property !== 'path') continue;
          const target = evaluate(left.object, rootFrame());
          if (target?.kind === 'upload' && target.library === 'formidable') check(assignment.right);
        }
        for (const sink of extraSinks) check(sink);
      }

      function reportIfClientName(node: TSESTree.Node): void {
        const value = asClient(evaluate(node, rootFrame()), node);
        if (value?.kind !== 'client' || value.field !== 'name') return;
        if (value.taint === 'partial' && !options.reportPartialSanitizers) return;
        const replaced = value.taint === 'partial' ? value.sanitizer : value.origin;
        const source = sourceCode.getText(value.origin);
        const data = value.sanitizer ? { source, sanitizer: sourceCode.getText(value.sanitizer.callee) } : { source };
        context.report({
          node,
          messageId: value.taint === 'full' ? 'clientFilename' : 'partiallySanitizedFilename',
          data,
          suggest:
            replaced && isReplaceableExpression(replaced)
              ? [{ messageId: 'useGeneratedName', fix: (fixer) => fixer.replaceText(replaced, generatedName(replaced)) }]
              : [],
        });
      }

      function reportMimeChecks(): void {
        const reportedOrigins = new Set<TSESTree.Node>();
        const operands = [...checkOperands].sort((a, b) => a.range[0] - b.range[0]);
        for (const operand of operands) {
          const value = evaluate(operand, rootFrame());
          if (value?.kind !== 'client' || value.field !== 'mime' || reportedOrigins.has(value.origin)) continue;
          reportedOrigins.add(value.origin);
          context.report({ node: operand, messageId: 'clientMimeType', data: { source: sourceCode.getText(value.origin) } });
        }
      }

      function rootFrame(): Frame {
        return { callDepth: 0 };
      }

      function evaluate(node: TSESTree.Node, frame: Frame): Value | undefined {
        const target = unwrap(node);
        const memoizable = frame.callDepth === 0 && !frame.bindings;
        if (memoizable && memo.has(target)) return memo.get(target);
        if (active.has(target) || evaluationDepth > MAX_EVALUATION_DEPTH) return undefined;
        active.add(target);
        evaluationDepth++;
        const value = evaluateUncached(target, frame);
        evaluationDepth--;
        active.delete(target);
        if (memoizable) memo.set(target, value);
        return value;
      }

      function evaluateUncached(node: TSESTree.Node, frame: Frame): Value | undefined {
        switch (node.type) {
          case AST_NODE_TYPES.Identifier:
            return evaluateIdentifier(node, frame);
          case AST_NODE_TYPES.MemberExpression:
            return access(evaluate(node.object, frame), memberKey(node), node);
          case AST_NODE_TYPES.CallExpression:
            return evaluateCall(node, frame);
          case AST_NODE_TYPES.TemplateLiteral:
            return combine(node.expressions.map((expression) => asClient(evaluate(expression, frame), expression)));
          case AST_NODE_TYPES.BinaryExpression:
            return node.operator === '+' ? combineOperands([node.left, node.right], frame) : undefined;
          case AST_NODE_TYPES.LogicalExpression:
            return combineOperands([node.left, node.right], frame);
          case AST_NODE_TYPES.ConditionalExpression:
            return combineOperands([node.consequent, node.alternate], frame);
          case AST_NODE_TYPES.ArrayExpression:
            return combineOperands(
              node.elements.flatMap((element) =>
                element ? [element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element] : [],
              ),
              frame,
            );
          case AST_NODE_TYPES.AssignmentExpression:
            return evaluate(node.right, frame);
          default:
            return undefined;
        }
      }

      function combineOperands(nodes: TSESTree.Node[], frame: Frame): Value | undefined {
        return combine(nodes.map((operand) => asClient(evaluate(operand, frame), operand)));
      }

      function evaluateIdentifier(identifier: TSESTree.Identifier, frame: Frame): Value | undefined {
        const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
        if (!variable) return undefined;
        const bound = frame.bindings?.get(variable);
        if (bound) return evaluate(bound.node, bound.frame);
        if (variable.defs.length !== 1) return undefined;
        const definition = variable.defs[0];
        if (definition?.type === DefinitionType.Parameter) return evaluateParameter(definition.node, definition.name, frame);
        if (definition?.type !== DefinitionType.Variable) return undefined;
        const declarator = definition.node;
        const loop = declarator.parent.parent;
        if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === declarator.parent) {
          return accessPath(elementOf(evaluate(loop.right, frame)), patternPath(definition.name, declarator.id), definition.name);
        }
        if (declarator.id.type !== AST_NODE_TYPES.Identifier) {
          if (!declarator.init) return undefined;
          return accessPath(evaluate(declarator.init, frame), patternPath(definition.name, declarator.id), definition.name);
        }
        return evaluateReachingWrite(variable, identifier, frame);
      }

      /** The value of the last assignment before this read, in source order (good enough within one function). */
      function evaluateReachingWrite(variable: Variable, read: TSESTree.Identifier, frame: Frame): Value | undefined {
        let reaching: TSESLint.Scope.Reference | undefined;
        for (const reference of variable.references) {
          if (!reference.isWrite() || !reference.writeExpr) continue;
          if (reference.identifier.range[0] >= read.range[0]) continue;
          if (!reaching || reference.identifier.range[0] > reaching.identifier.range[0]) reaching = reference;
        }
        const writeExpression = reaching?.writeExpr;
        if (!reaching || !writeExpression) return undefined;
        const assignment = reaching.identifier.parent;
        const written = evaluate(writeExpression, frame);
        if (assignment.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '+=') {
          return combine([
            evaluateReachingWrite(variable, reaching.identifier as TSESTree.Identifier, frame),
            asClient(written, writeExpression),
          ]);
        }
        return written;
      }

      function evaluateParameter(fnNode: TSESTree.Node, name: TSESTree.Node, frame: Frame): Value | undefined {
        if (!isFunctionNode(fnNode)) return undefined;
        const fn = fnNode;
        const index = fn.params.findIndex((parameter) => parameter.range[0] <= name.range[0] && name.range[1] <= parameter.range[1]);
        const parameter = fn.params[index];
        if (!parameter) return undefined;
        const base = seeds.get(fn)?.get(index) ?? iterationElement(fn, index, frame) ?? valueFromCallSites(fn, index, frame);
        return accessPath(base, patternPath(name, parameter), name);
      }

      /** `files.map((file) => ...)`: the callback's first parameter is one element. */
      function iterationElement(fn: FunctionNode, index: number, frame: Frame): Value | undefined {
        const call = fn.parent;
        if (index !== 0 || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
        const name = methodName(call);
        if (name === undefined || !ITERATION_METHODS.has(name)) return undefined;
        return elementOf(evaluate((call.callee as TSESTree.MemberExpression).object, frame));
      }

      /** One call deep, backwards: a local helper's parameter takes what its callers in this file pass. */
      function valueFromCallSites(fn: FunctionNode, index: number, frame: Frame): Value | undefined {
        if (frame.callDepth > 0) return undefined;
        let found: Value | undefined;
        for (const call of callSitesOf(fn)) {
          const argument = call.arguments[index];
          if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
          const value = evaluate(argument, { callDepth: 1 });
          if (value && (!found || rank(value) > rank(found))) found = value;
        }
        return found;
      }

      function callSitesOf(fn: FunctionNode): TSESTree.CallExpression[] {
        const parent = fn.parent;
        if (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.PropertyDefinition) {
          const name = staticPropertyName(parent);
          const owner = parent.parent;
          return thisCalls.filter((call) => {
            const callee = call.callee as TSESTree.MemberExpression;
            return staticPropertyName(callee) === name && enclosingClassBody(call) === owner;
          });
        }
        let variable: Variable | undefined;
        if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
          variable = ASTUtils.findVariable(sourceCode.getScope(fn), fn.id) ?? undefined;
        } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn) {
          variable = sourceCode.getDeclaredVariables(parent)[0];
        }
        if (!variable) return [];
        return variable.references.flatMap((reference) => {
          const call = reference.identifier.parent;
          return call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier ? [call] : [];
        });
      }

      function evaluateCall(call: TSESTree.CallExpression, frame: Frame): Value | undefined {
        const transform = transforms.get(call);
        if (transform?.role === 'pathBuilder') return combineOperands(callArguments(call), frame);
        if (transform?.role === 'partialSanitizer') {
          const [first] = callArguments(call);
          const input = first && asClient(evaluate(first, frame), first);
          if (input?.kind !== 'client' || input.field !== 'name') return undefined;
          return input.taint === 'partial' ? input : { ...input, taint: 'partial', sanitizer: call };
        }
        if (transform) return undefined;
        if (uploadReferences.some((reference) => reference.node === call && reference.info.role === 'formDataParser')) {
          return { kind: 'formData' };
        }
        if (call.callee.type === AST_NODE_TYPES.MemberExpression) return evaluateMethodCall(call, call.callee, frame);
        if (call.callee.type === AST_NODE_TYPES.Identifier) {
          if (PASS_THROUGH_GLOBALS.has(call.callee.name) && isGlobalIdentifier(sourceCode, call.callee)) {
            const [first] = callArguments(call);
            return first ? asClient(evaluate(first, frame), first) : undefined;
          }
          return evaluateLocalCall(call, frame);
        }
        return undefined;
      }

      function evaluateMethodCall(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, frame: Frame): Value | undefined {
        const name = staticPropertyName(callee);
        if (name === undefined) return undefined;
        if (name === 'formData' && call.arguments.length === 0) return { kind: 'formData' };
        if (honoPresent && name === 'parseBody') return uploadOf('web', false, true);
        if (fastifyPresent && isRequestLike(callee.object)) {
          if (FASTIFY_SINGLE_FILE_METHODS.has(name)) return uploadOf('fastify-multipart', true, false);
          if (FASTIFY_MANY_FILE_METHODS.has(name)) return uploadOf('fastify-multipart', false, true);
        }
        if (name === 'parse' && formidableInstances.has(callee.object) && call.arguments.length < 2) return { kind: 'formidableParse' };
        if (callee.object.type === AST_NODE_TYPES.Identifier && (callee.object.name === 'Object' || callee.object.name === 'Array')) {
          const [first] = call.arguments;
          const container = first ? evaluate(first, frame) : undefined;
          return (name === 'values' || name === 'from') && container?.kind === 'upload' ? container : undefined;
        }
        const receiver = evaluate(callee.object, frame);
        if (receiver?.kind === 'formData') {
          if (name === 'get') return uploadOf('web', true, false);
          if (name === 'getAll') return uploadOf('web', false, true);
          return undefined;
        }
        if (receiver?.kind === 'upload' && receiver.container) {
          if (CONTAINER_METHODS.has(name)) return receiver;
          if (ELEMENT_METHODS.has(name)) return elementOf(receiver);
        }
        const client = asClient(receiver, callee.object);
        if (client?.kind === 'client') {
          if (name === 'replace' || name === 'replaceAll') return afterReplace(client, call);
          if (name === 'concat')
            return combine([client, ...callArguments(call).map((argument) => asClient(evaluate(argument, frame), argument))]);
          return PASS_THROUGH_METHODS.has(name) ? client : undefined;
        }
        if (name === 'concat' || name === 'join') return combineOperands(name === 'join' ? [] : callArguments(call), frame);
        return undefined;
      }

      /** A replacement that leaves no `/` or `\` in a probe path strips directories: partial, like `basename`. */
      function afterReplace(client: ClientString, call: TSESTree.CallExpression): ClientString {
        const [pattern, replacement] = call.arguments;
        if (!pattern || !replacement) return client;
        const scope = sourceCode.getScope(call);
        const replacementText = staticString(replacement, scope);
        if (replacementText === undefined) return client;
        const regex =
          pattern.type === AST_NODE_TYPES.Literal && 'regex' in pattern
            ? safeRegExp(pattern.regex.pattern, pattern.regex.flags)
            : undefined;
        const literal = staticString(pattern, scope);
        const method = methodName(call);
        let result: string | undefined;
        if (regex) result = method === 'replaceAll' && !regex.global ? undefined : TRAVERSAL_PROBE.replace(regex, replacementText);
        else if (literal !== undefined)
          result =
            method === 'replaceAll'
              ? TRAVERSAL_PROBE.replaceAll(literal, replacementText)
              : TRAVERSAL_PROBE.replace(literal, replacementText);
        if (result === undefined || /[/\\]/.test(result)) return client;
        return client.taint === 'partial' ? client : { ...client, taint: 'partial', sanitizer: call };
      }

      /** One call deep, forwards: what a local helper returns when given these arguments. */
      function evaluateLocalCall(call: TSESTree.CallExpression, frame: Frame): Value | undefined {
        if (frame.callDepth > 0) return undefined;
        const fn = resolveLocalFunction(call, sourceCode.getScope(call));
        if (!fn) return undefined;
        const bindings = new Map<Variable, { node: TSESTree.Node; frame: Frame }>();
        const declared = sourceCode.getDeclaredVariables(fn);
        fn.params.forEach((parameter, index) => {
          const argument = call.arguments[index];
          if (parameter.type !== AST_NODE_TYPES.Identifier || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
          const variable = declared.find((candidate) => candidate.name === parameter.name);
          if (variable) bindings.set(variable, { node: argument, frame });
        });
        const inner: Frame = { bindings, callDepth: 1 };
        return combine((returns.get(fn) ?? []).map((returned) => asClient(evaluate(returned, inner), returned)));
      }

      function access(value: Value | undefined, key: string | undefined, node: TSESTree.Node): Value | undefined {
        if (!value) return undefined;
        switch (value.kind) {
          case 'request':
            if (key === 'file' && value.library === 'multer') return uploadOf('multer', true, false);
            return key === 'files' ? uploadOf(value.library, false, true) : undefined;
          case 'upload': {
            const spec = UPLOAD_LIBRARIES[value.library];
            if (value.file && key !== undefined && spec.nameProperties.includes(key)) {
              return { kind: 'client', field: 'name', taint: 'full', library: value.library, origin: node };
            }
            if (value.file && key !== undefined && spec.mimeProperties.includes(key)) {
              return { kind: 'client', field: 'mime', taint: 'full', library: value.library, origin: node };
            }
            return value.container ? elementOf(value) : undefined;
          }
          case 'formidableParse':
            return key === '1' ? uploadOf('formidable', false, true) : undefined;
          case 'client':
            return key === 'length' ? undefined : value;
          default:
            return undefined;
        }
      }

      function accessPath(
        value: Value | undefined,
        path: readonly (string | undefined)[] | undefined,
        node: TSESTree.Node,
      ): Value | undefined {
        if (!path) return undefined;
        let current = value;
        for (const key of path) current = access(current, key, node);
        return current;
      }
    }

    function withStoredReads(node: TSESTree.Node): TSESTree.Node[] {
      return withStoredReadsOf(sourceCode, node);
    }

    function opensForWriting(flags: TSESTree.Node | undefined): boolean {
      if (!flags) return false;
      const value = staticString(flags, sourceCode.getScope(flags));
      return value === undefined ? flags.type !== AST_NODE_TYPES.Literal : /[wa+]/.test(value);
    }

    function generatedName(replaced: TSESTree.Node): string {
      const scope = sourceCode.getScope(replaced);
      const randomUUID = ASTUtils.findVariable(scope, 'randomUUID');
      const generator = randomUUID && randomUUID.defs.length > 0 ? 'randomUUID()' : 'crypto.randomUUID()';
      return `\`\${${generator}}\${ext}\``;
    }
  },
});

function uploadOf(library: UploadLibrary, file: boolean, container: boolean): UploadValue {
  return { kind: 'upload', library, file, container };
}

function elementOf(value: Value | undefined): Value | undefined {
  if (value?.kind === 'upload' && value.container) return uploadOf(value.library, true, true);
  if (value?.kind === 'client') return value;
  return undefined;
}

/** busboy's legacy filename parameter used as a string is the client name itself. */
function asClient(value: Value | undefined, node: TSESTree.Node): Value | undefined {
  if (value?.kind === 'upload' && value.selfIsName) {
    return { kind: 'client', field: 'name', taint: 'full', library: value.library, origin: node };
  }
  return value;
}

function rank(value: Value): number {
  if (value.kind !== 'client') return 1;
  if (value.field === 'mime') return 2;
  return value.taint === 'full' ? 4 : 3;
}

/** The client string that matters most among the parts of a concatenation. */
function combine(values: (Value | undefined)[]): Value | undefined {
  let best: ClientString | undefined;
  for (const value of values) {
    if (value?.kind !== 'client') continue;
    if (!best || rank(value) > rank(best)) best = value;
  }
  return best;
}

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  return current;
}

function memberKey(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.property.type === AST_NODE_TYPES.Literal) return String(node.property.value);
  return undefined;
}

function methodName(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  return memberKey(callee);
}

function callArguments(call: TSESTree.CallExpression): TSESTree.Node[] {
  return call.arguments.map((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument));
}

function isFormDataCall(call: TSESTree.CallExpression): boolean {
  return methodName(call) === 'formData' && call.arguments.length === 0;
}

/** `instance.<method>(...)` for one of the method names, if `instance` is the receiver of such a call. */
function methodCallOn(instance: TSESTree.Node, names: ReadonlySet<string>): TSESTree.CallExpression | undefined {
  const member = instance.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== instance) return undefined;
  const call = member.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return undefined;
  const name = memberKey(member);
  return name !== undefined && names.has(name) ? call : undefined;
}

function withStoredReadsOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Node[] {
  return [node, ...readsOfStoredValue(sourceCode, node)];
}

/** `request.file()` on a parameter or a property path of one (`request`, `ctx.request`), not on a library object. */
function isRequestLike(node: TSESTree.Node): boolean {
  const target = unwrapExpression(node);
  return target.type === AST_NODE_TYPES.Identifier || (target.type === AST_NODE_TYPES.MemberExpression && !target.computed);
}

function patternPath(name: TSESTree.Node, root: TSESTree.Node): (string | undefined)[] | undefined {
  const path: (string | undefined)[] = [];
  let current = name;
  while (current !== root) {
    const parent = current.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === current) {
      if (parent.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
      path.unshift(parent.computed ? undefined : memberKeyOfProperty(parent));
      current = parent.parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      path.unshift(String(parent.elements.indexOf(current as TSESTree.DestructuringPattern)));
      current = parent;
      continue;
    }
    if (
      (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === current) ||
      parent.type === AST_NODE_TYPES.TSParameterProperty ||
      parent.type === AST_NODE_TYPES.ObjectPattern
    ) {
      current = parent;
      continue;
    }
    return undefined;
  }
  return path;
}

function memberKeyOfProperty(property: TSESTree.Property): string | undefined {
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
  return undefined;
}

function enclosingFunctionOf(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return undefined;
}

function isReplaceableExpression(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern) return false;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id === node) return false;
  if (isFunctionNode(parent) && parent.params.includes(node as TSESTree.Parameter)) return false;
  return (
    node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.CallExpression
  );
}

function safeRegExp(pattern: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return undefined;
  }
}
