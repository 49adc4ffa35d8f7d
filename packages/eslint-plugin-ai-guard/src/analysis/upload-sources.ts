import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { ROUTE_METHODS } from '../libraries/frameworks';
import {
  CONTENT_CHECKS,
  CONTEXT_TYPES,
  FILE_TYPES,
  FRAMEWORK_UPLOADS,
  GLOBAL_FILE_TYPES,
  GLOBAL_PATH_HANDLES,
  GRAPHQL_UPLOAD_KEYS,
  H3_UPLOAD_READERS,
  MIME_ONLY_VALIDATOR_OPTIONS,
  NAME_TRANSFORMS,
  OPTIONS_TYPES,
  REQUEST_UPLOADS,
  UPLOAD_LIBRARIES,
  UPLOAD_PARSERS,
  type Holding,
  type FrameworkApi,
  type InstanceSpec,
  type NameTransform,
  type OptionsSpec,
  type ParserEntry,
  type UploadLibrary,
  type UploadShape,
} from '../libraries/uploads';
import { functionValue, isFunctionNode, readsOfParameter, returnedExpressions, type FunctionNode } from './local-functions';
import {
  findGlobalReferences,
  findModuleReferences,
  isGlobalIdentifier,
  READ,
  type ModuleReference,
  type TraceMap,
} from './module-references';
import { importOf, requestMember, requestModel, type RequestValue } from './request-model';
import { AST_NODE_TYPES } from './node-types';
import { readOption, staticBoolean, staticString, unwrapExpression } from './static-values';
import { createValueFlow, memberKey, OPAQUE, type Answer, type FlowContext, type FlowDomain } from './value-flow';
import { readsOfStoredValue } from './value-references';
import { FileMemo } from './file-memo';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** What a partial sanitizer leaves of a client filename: its last segment, its extension, or `path.parse`'s parts. */
export type Kept = 'name' | 'extension' | 'parts';

/** A string the client chose: an upload's filename or declared MIME type, possibly transformed. */
export interface ClientString {
  kind: 'client';
  field: 'name' | 'mime';
  /** `partial` once a sanitizer stripped directories or kept only the extension (`path.basename`, `path.extname`). */
  taint: 'full' | 'partial';
  library: UploadLibrary;
  /** Where the client value is read (`file.originalname`), for the message and the suggestion. */
  origin: TSESTree.Node;
  /** The expression whose value the sanitizer left (`path.basename(name)`, `path.parse(name).ext`), and its callee's text. */
  sanitizer?: { node: TSESTree.Node; label: string; kept: Kept };
  /** A name property other parsers use differently: it counts once the module shows the parser that sets it. */
  unconfirmed?: true;
  /** `name.split(".")`: pieces between dots, whose last is the extension. */
  splitOnDot?: true;
}

/**
 * What the upload model knows about a value, besides the request model's own values:
 * - `upload-request`: a request an upload middleware ran on, wired in this module (`upload.single("f")` before the handler);
 * - `upload`: one uploaded file (`file`), a collection (`container`), or a value that may be either (`req.files.doc`);
 * - `instance`: a parser that emits files (`busboy()`, `formidable()`); `parsed`: `await form.parse(req)`;
 * - `form-data`: a web `FormData` of the request; `framework`: an object on the way to the files (AdonisJS `ctx`); `record`: an object literal that holds upload values by key;
 * - `client`: the client's filename or MIME type.
 */
export type UploadValue =
  | RequestValue
  | { kind: 'upload-request'; library: UploadLibrary; request?: RequestValue }
  | { kind: 'upload'; library: UploadLibrary; file: boolean; container: boolean; nameOrigin?: TSESTree.Node }
  | { kind: 'instance'; instance: InstanceSpec }
  | { kind: 'parsed'; instance: InstanceSpec }
  | { kind: 'form-data' }
  | { kind: 'framework'; api: FrameworkApi }
  /** An object literal holding upload values by key (`{ fields, files }` resolved by a parse wrapper). */
  | { kind: 'record'; fields: Readonly<Record<string, UploadValue>> }
  | ClientString;

type Upload = Extract<UploadValue, { kind: 'upload' }>;

/** Where a parser's callback names the stored file: `cb(null, name)` in multer `diskStorage`, formidable's `filename` return. */
export interface CallbackSink {
  node: TSESTree.Node;
  label: string;
}

export interface UploadModel {
  /** The upload value an expression carries, or undefined. */
  valueOf(node: TSESTree.Node): UploadValue | undefined;
  /** The client filename or MIME type an expression carries, or undefined. */
  clientStringOf(node: TSESTree.Node): ClientString | undefined;
  readonly callbackSinks: readonly CallbackSink[];
  /** Nest `FileTypeValidator` options that make it compare only the client's MIME type (`skipMagicNumbersValidation: true`). */
  readonly mimeOnlyValidators: readonly TSESTree.Property[];
  /** Whether the module reads an upload's bytes to learn its type (`file-type`, `sharp`, a magic-number validator). */
  readonly checksContent: boolean;
  /** Whether the module references an upload parser. */
  readonly referencesParser: boolean;
  /** Whether a parser hands a listener the client's MIME type as a parameter of its own (busboy before 1.0). */
  readonly mimeParameters: boolean;
}

const models = new FileMemo<UploadModel>();

/** The upload model of a file: computed once per file. */
export function uploadModel(sourceCode: SourceCode): UploadModel {
  return models.get(sourceCode, buildUploadModel);
}

/** What the parsers referenced in a module hand over, found once per file. */
interface Seeds {
  readonly sourceCode: SourceCode;
  readonly parameters: Map<FunctionNode, Map<number, UploadValue>>;
  /** Library calls that are values by themselves: a parser instance, a `FormData`. */
  readonly values: Map<TSESTree.Node, UploadValue>;
  readonly callbackSinks: CallbackSink[];
  readonly mimeOnlyValidators: TSESTree.Property[];
  magicValidator: boolean;
}

type Role = ParserEntry['role'];
type EntryOf<R extends Role> = Extract<ParserEntry, { role: R }>;
type Collector<R extends Role = Role> = (seeds: Seeds, reference: ModuleReference<EntryOf<R>>) => void;

/** One collector per parser role: each reads the reference's call and records what the parser hands over. */
const COLLECTORS: { [R in Role]: Collector<R> } = {
  middleware(seeds, reference) {
    const { library, middlewareMethods, options } = reference.info;
    const call = reference.node as Call;
    if (options) seedOptions(seeds, call, options);
    if (!middlewareMethods) {
      wireMiddleware(seeds, call, library);
      return;
    }
    for (const instance of [call, ...readsOfStoredValue(seeds.sourceCode, call)]) {
      const middleware = methodCallOn(instance, middlewareMethods);
      if (middleware) wireMiddleware(seeds, middleware, library);
    }
  },
  options(seeds, reference) {
    seedOptions(seeds, reference.node as Call, reference.info.options);
  },
  instance(seeds, reference) {
    seeds.values.set(reference.node, { kind: 'instance', instance: reference.info.instance });
    if (reference.info.options) seedOptions(seeds, reference.node as Call, reference.info.options);
  },
  decorator(seeds, reference) {
    const decorator = reference.node.parent;
    if (decorator?.type !== AST_NODE_TYPES.Decorator) return;
    const parameter = decorator.parent;
    const fn = parameter.parent;
    if (!isFunctionNode(fn)) return;
    const index = fn.params.indexOf(parameter as TSESTree.Parameter);
    const value = holdingValue(reference.info.library, reference.info.holds, parameter);
    if (index >= 0 && value) seed(seeds, fn, index, value);
  },
  formData(seeds, reference) {
    seeds.values.set(reference.node, { kind: 'form-data' });
  },
  typeValidator(seeds, reference) {
    const { builderMethod } = reference.info;
    const optionNodes = builderMethod ? builderCalls(reference.node, builderMethod) : [(reference.node as Call).arguments[0]];
    for (const options of optionNodes) {
      if (!options) continue;
      const scope = seeds.sourceCode.getScope(options);
      const mimeOnly = MIME_ONLY_VALIDATOR_OPTIONS.flatMap((name) => {
        const lookup = readOption(options, [name], scope);
        return lookup.kind === 'present' && staticBoolean(lookup.value, scope) === true ? [lookup.property] : [];
      });
      seeds.mimeOnlyValidators.push(...mimeOnly);
      if (mimeOnly.length === 0) seeds.magicValidator = true;
    }
  },
};

function buildUploadModel(sourceCode: SourceCode): UploadModel {
  const references = findModuleReferences(sourceCode, UPLOAD_PARSERS);
  const seeds: Seeds = {
    sourceCode,
    parameters: new Map(),
    values: new Map(),
    callbackSinks: [],
    mimeOnlyValidators: [],
    magicValidator: false,
  };
  // Each reference goes to the collector of its own role, which the table's entry types.
  for (const reference of references) (COLLECTORS[reference.info.role] as Collector)(seeds, reference);
  seedTypedOptions(seeds);
  const flow = createValueFlow(sourceCode, uploadDomain(sourceCode, seeds));
  return {
    valueOf: (node) => flow.valueOf(node),
    clientStringOf(node) {
      const value = asName(flow.valueOf(node));
      return value?.kind === 'client' ? value : undefined;
    },
    callbackSinks: seeds.callbackSinks,
    mimeOnlyValidators: seeds.mimeOnlyValidators,
    checksContent: seeds.magicValidator || findModuleReferences(sourceCode, CONTENT_CHECKS).length > 0,
    referencesParser: references.length > 0,
    mimeParameters: references.some(
      (reference) =>
        reference.info.role === 'instance' &&
        Object.values(reference.info.instance.events).some((parameters) => Object.values(parameters).includes('mime')),
    ),
  };
}

function seed(seeds: Seeds, fn: FunctionNode | undefined, index: number, value: UploadValue): void {
  if (!fn || index < 0) return;
  const perFunction = seeds.parameters.get(fn) ?? new Map<number, UploadValue>();
  if (!perFunction.has(index)) perFunction.set(index, value);
  seeds.parameters.set(fn, perFunction);
}

/** The callbacks an options object gives a parser (`{ fileFilter }`, `{ filename }`), inline or by reference. */
function seedOptions(seeds: Seeds, call: Call, options: OptionsSpec): void {
  const argument = call.arguments[options.argument];
  if (argument) seedOptionsObject(seeds, argument, options);
}

function seedOptionsObject(seeds: Seeds, object: TSESTree.Node, options: OptionsSpec): void {
  const { sourceCode } = seeds;
  const scope = sourceCode.getScope(object);
  for (const [name, spec] of Object.entries(options.functions)) {
    const lookup = readOption(object, [name], scope);
    const fn = lookup.kind === 'present' ? functionValue(sourceCode, lookup.value) : undefined;
    if (!fn) continue;
    for (const [index, holds] of Object.entries(spec.parameters)) {
      const parameter = fn.params[Number(index)];
      const value = parameter && holdingValue(spec.library, holds, parameter, fn);
      if (value) seed(seeds, fn, Number(index), value);
    }
    const callback = spec.pathCallback === undefined ? undefined : fn.params[spec.pathCallback];
    if (callback?.type === AST_NODE_TYPES.Identifier) {
      for (const read of readsOfParameter(sourceCode, fn, callback)) {
        const use = read.parent;
        const path = use.type === AST_NODE_TYPES.CallExpression && use.callee === read ? use.arguments[1] : undefined;
        if (path) seeds.callbackSinks.push({ node: path, label: name });
      }
    }
    if (spec.returnsPath) {
      for (const returned of returnedExpressions(fn, { nested: true })) seeds.callbackSinks.push({ node: returned, label: name });
    }
  }
}

/** Module-level objects typed as a parser's options (`const options: MulterOptions = { fileFilter }`). */
function seedTypedOptions(seeds: Seeds): void {
  for (const statement of seeds.sourceCode.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declaration.declarations) {
      const annotation = declarator.id.typeAnnotation?.typeAnnotation;
      const options = annotation && optionsType(seeds.sourceCode, annotation);
      if (options && declarator.init) seedOptionsObject(seeds, declarator.init, options);
    }
  }
}

/** A type that names a parser's options (`MulterOptions` from `@nestjs/platform-express`, multer's `Options`). */
function optionsType(sourceCode: SourceCode, type: TSESTree.TypeNode): OptionsSpec | undefined {
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const imported = importedType(sourceCode, type.typeName);
  if (!imported) return undefined;
  const moduleName = Object.keys(OPTIONS_TYPES).find((name) => imported.module === name || imported.module.startsWith(`${name}/`));
  return moduleName ? OPTIONS_TYPES[moduleName]?.[imported.name] : undefined;
}

function importedType(sourceCode: SourceCode, typeName: TSESTree.EntityName): { module: string; name: string } | undefined {
  if (typeName.type === AST_NODE_TYPES.Identifier) return importOf(sourceCode, typeName);
  if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
    const imported = importOf(sourceCode, typeName.left);
    return imported && (imported.name === '*' || imported.name === 'default')
      ? { module: imported.module, name: typeName.right.name }
      : undefined;
  }
  return undefined;
}

/** The builder calls chained on `new ParseFilePipeBuilder()`: `.addFileTypeValidator(options)`. */
function builderCalls(construction: TSESTree.Node, method: string): (TSESTree.Node | undefined)[] {
  const found: (TSESTree.Node | undefined)[] = [];
  let current = construction;
  for (let step = 0; step < 12; step++) {
    const member = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) break;
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) break;
    if (memberKey(member) === method) found.push(call.arguments[0]);
    current = call;
  }
  return found;
}

/** `instance.<method>(...)` for one of the method names, if `instance` is the receiver of such a call. */
function methodCallOn(instance: TSESTree.Node, names: readonly string[]): TSESTree.CallExpression | undefined {
  const member = instance.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== instance) return undefined;
  const call = member.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return undefined;
  return names.includes(memberKey(member) ?? '') ? call : undefined;
}

/**
 * A middleware is wired into the handlers that follow it in a route registration or a route array, into the
 * request it is invoked with (`upload(req, res, cb)`), or, through `.use`, into every route of that router.
 */
function wireMiddleware(seeds: Seeds, middleware: TSESTree.Node, library: UploadLibrary): void {
  const { sourceCode } = seeds;
  for (const use of [middleware, ...readsOfStoredValue(sourceCode, middleware)]) {
    const holder = use.parent?.type === AST_NODE_TYPES.ArrayExpression ? use.parent : undefined;
    if (holder) {
      for (const element of holder.elements.slice(holder.elements.indexOf(use as TSESTree.Expression) + 1)) {
        if (element && element.type !== AST_NODE_TYPES.SpreadElement) seedHandler(seeds, functionValue(sourceCode, element), library);
      }
    }
    const argument = holder ?? use;
    const call = argument.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) continue;
    if (call.callee === use) {
      const [request] = call.arguments;
      if (request?.type === AST_NODE_TYPES.Identifier) seedRequestParameter(seeds, request, library);
      continue;
    }
    const position = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
    if (position < 0) continue;
    const callee = unwrapExpression(call.callee);
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      memberKey(callee) === 'use' &&
      callee.object.type === AST_NODE_TYPES.Identifier
    ) {
      wireRouter(seeds, callee.object, library, 0);
    }
    for (const handler of call.arguments.slice(position + 1)) seedHandler(seeds, functionValue(sourceCode, handler), library);
  }
}

function seedHandler(seeds: Seeds, fn: FunctionNode | undefined, library: UploadLibrary): void {
  if (fn) seed(seeds, fn, fn.params.length === 4 ? 1 : 0, { kind: 'upload-request', library });
}

/** Every route the router registers, and the routers it mounts, take the middleware's uploads. */
function wireRouter(seeds: Seeds, router: TSESTree.Identifier, library: UploadLibrary, depth: number): void {
  const variable = ASTUtils.findVariable(seeds.sourceCode.getScope(router), router);
  for (const reference of variable?.references ?? []) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || !ROUTE_METHODS.has(memberKey(member) ?? '')) continue;
    for (const argument of call.arguments) {
      const fn = functionValue(seeds.sourceCode, argument);
      if (fn) seedHandler(seeds, fn, library);
      else if (depth < 2 && argument.type === AST_NODE_TYPES.Identifier && argument !== router)
        wireRouter(seeds, argument, library, depth + 1);
    }
  }
}

function seedRequestParameter(seeds: Seeds, identifier: TSESTree.Identifier, library: UploadLibrary): void {
  const definition = ASTUtils.findVariable(seeds.sourceCode.getScope(identifier), identifier)?.defs[0];
  if (definition?.type !== TSESLint.Scope.DefinitionType.Parameter || !isFunctionNode(definition.node)) return;
  const fn = definition.node;
  seed(seeds, fn, fn.params.indexOf(definition.name), { kind: 'upload-request', library });
}

/**
 * What a parameter holding `holds` receives. Before busboy 1.0 the `file` listener took
 * `(field, stream, filename, encoding, mimetype)`; since, `(field, stream, info)`: four or more parameters mean the name itself.
 */
function holdingValue(library: UploadLibrary, holds: Holding, parameter: TSESTree.Node, fn?: FunctionNode): UploadValue | undefined {
  switch (holds) {
    case 'file':
      return upload(library, true, false);
    case 'files':
      return upload(library, false, true);
    case 'either':
      if (fn && fn.params.length >= 4) return client('name', library, parameter);
      return { ...upload(library, true, false), nameOrigin: parameter };
    case 'name':
    case 'mime':
      return client(holds, library, parameter);
  }
}

function upload(library: UploadLibrary, file: boolean, container: boolean): Upload {
  return { kind: 'upload', library, file, container };
}

function client(field: 'name' | 'mime', library: UploadLibrary, origin: TSESTree.Node): ClientString {
  return { kind: 'client', field, taint: 'full', library, origin };
}

function shapeValue(shape: UploadShape): UploadValue {
  switch (shape.kind) {
    case 'upload':
      return upload(shape.library, shape.holds === 'file', shape.holds === 'files');
    case 'instance':
      return { kind: 'instance', instance: shape.instance };
    case 'form-data':
      return { kind: 'form-data' };
    case 'form-body':
      return upload('web', false, true);
    case 'framework':
      return { kind: 'framework', api: shape.api };
  }
}

/** String methods whose result still carries every character of the client's string that matters for a path. */
const PASS_THROUGH_METHODS = new Set([
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'normalize',
  'padStart',
  'padEnd',
  'toString',
  'valueOf',
  'reverse',
  'join',
  'shift',
  'at',
  'pop',
  'slice',
  'substring',
  'substr',
  'split',
]);
const CONTAINER_METHODS = new Set(['filter', 'slice', 'concat', 'flat', 'reverse', 'sort', 'toSorted', 'toReversed', 'values']);
const ELEMENT_METHODS = new Set(['find', 'findLast', 'at', 'pop', 'shift']);
const PASS_THROUGH_GLOBALS = new Set(['String', 'decodeURIComponent', 'decodeURI', 'unescape']);
/** Globals that escape `/` and `\`: only `..` survives, like `path.basename`. */
const ESCAPING_GLOBALS = new Set(['encodeURIComponent', 'escape']);
const EVENT_METHODS = new Set(['on', 'once', 'addListener', 'prependListener']);
/** Enough to see whether a replacement keeps directory separators. */
const TRAVERSAL_PROBE = '../a/..\\b';
/** Strings an allowlist of names or extensions never admits. */
const TRAVERSAL_NAMES = ['..', '../a', 'a/b', 'a\\b', '..\\a'];

function uploadDomain(sourceCode: SourceCode, seeds: Seeds): FlowDomain<UploadValue> {
  const request = requestModel(sourceCode).domain;
  const asRequest = (context: FlowContext<UploadValue>) => context as unknown as FlowContext<RequestValue>;
  const transforms = new Map<TSESTree.Node, NameTransform>(
    findModuleReferences(sourceCode, NAME_TRANSFORMS).flatMap((reference) =>
      reference.kind === 'call' ? [[reference.node, reference.info]] : [],
    ),
  );
  const pathHandles = new Set(findGlobalReferences(sourceCode, GLOBAL_PATH_HANDLES).map((reference) => reference.node));

  return {
    source(node) {
      const known = seeds.values.get(node);
      if (known) return known;
      return destructuredGraphqlUpload(node) ? upload('graphql-upload', true, false) : undefined;
    },
    parameter(fn, index, context) {
      const seeded = seeds.parameters.get(fn)?.get(index);
      const modelled = request.parameter?.(fn, index, asRequest(context));
      if (seeded?.kind === 'upload-request') return modelled?.kind === 'request' ? { ...seeded, request: modelled } : seeded;
      if (seeded) return seeded;
      const parameter = fn.params[index];
      if (!parameter) return undefined;
      const typed = typedParameter(sourceCode, parameter, modelled !== undefined);
      if (typed) return typed;
      const handed = handedOver(fn, index, context) ?? typedOptionFunction(sourceCode, fn, index);
      if (handed) return handed;
      if (parameter.type === AST_NODE_TYPES.ObjectPattern && hasGraphqlUploadKeys(parameter)) return upload('graphql-upload', true, false);
      return modelled?.kind === 'request' ? modelled : undefined;
    },
    member(value, key, node, context) {
      switch (value.kind) {
        case 'request':
          return requestUploadMember(value, key, node, context);
        case 'upload-request': {
          if (key === 'file' && value.library === 'multer') return upload('multer', true, false);
          if (key === 'files') return upload(value.library, false, true);
          return requestUploadMember(value.request ?? { kind: 'request', api: 'node' }, key, node, context);
        }
        case 'upload':
          return uploadMember(value, key, node);
        case 'framework': {
          const shape = key === undefined ? undefined : FRAMEWORK_UPLOADS[value.api].members?.[key];
          return shape && shapeValue(shape);
        }
        case 'record':
          return key === undefined ? joinUploadValues(Object.values(value.fields), node) : value.fields[key];
        case 'parsed':
          return key !== undefined && key === String(value.instance.parse?.resolvesTo)
            ? upload(value.instance.library, false, true)
            : undefined;
        case 'client':
          return clientMember(value, key, node);
        default:
          return undefined;
      }
    },
    method(receiver, name, call, context) {
      switch (receiver.kind) {
        case 'request':
          return requestUploadMethod(receiver, name, call, context);
        case 'upload-request':
          return requestUploadMethod(receiver.request ?? { kind: 'request', api: 'node' }, name, call, context);
        case 'framework': {
          const shape = FRAMEWORK_UPLOADS[receiver.api].methods?.[name];
          return shape && shapeValue(shape);
        }
        case 'form-data':
          if (name === 'get') return upload('web', true, false);
          if (name === 'getAll' || name === 'values' || name === 'entries') return upload('web', false, true);
          return undefined;
        case 'instance':
          if (EVENT_METHODS.has(name)) return receiver;
          if (name === receiver.instance.parse?.method && call.arguments.length <= receiver.instance.parse.callback) {
            return { kind: 'parsed', instance: receiver.instance };
          }
          return undefined;
        case 'upload':
          if (receiver.nameOrigin) return clientMethod(sourceCode, asName(receiver) as ClientString, name, call, context);
          if (!receiver.container) return undefined;
          if (CONTAINER_METHODS.has(name)) return receiver;
          return ELEMENT_METHODS.has(name) ? elementOf(receiver) : undefined;
        case 'client':
          return clientMethod(sourceCode, receiver, name, call, context);
        default:
          return undefined;
      }
    },
    call(call, context) {
      if (call.type === AST_NODE_TYPES.TaggedTemplateExpression) return OPAQUE;
      const transform = transforms.get(call);
      if (transform && call.type === AST_NODE_TYPES.CallExpression) return transformed(call, transform, context);
      return libraryCall(sourceCode, call, pathHandles, context, (readerCall) => request.call?.(readerCall, asRequest(context)));
    },
    join: joinUploadValues,
    contain(value, key) {
      return key === undefined || key === '...' ? value : { kind: 'record', fields: { [key]: value } };
    },
    element(value) {
      if (value.kind === 'upload') return value.container ? elementOf(value) : undefined;
      if (value.kind === 'form-data') return upload('web', true, true);
      return value.kind === 'client' ? value : undefined;
    },
    branch(value, test, whenTrue, context) {
      return value.kind === 'client' && allowlistedIn(sourceCode, value, test, whenTrue, context) ? undefined : value;
    },
  };

  function requestUploadMember(value: RequestValue, key: string | undefined, node: TSESTree.Node, context: FlowContext<UploadValue>) {
    if (value.kind !== 'request') return undefined;
    const shape = key === undefined ? undefined : REQUEST_UPLOADS[value.api]?.members?.[key];
    if (shape) return shapeValue(shape);
    const next = requestMember(value, key, node, asRequest(context));
    return next?.kind === 'request' ? next : undefined;
  }

  function requestUploadMethod(value: RequestValue, name: string, call: TSESTree.CallExpression, context: FlowContext<UploadValue>) {
    if (value.kind !== 'request') return undefined;
    const shape = REQUEST_UPLOADS[value.api]?.methods?.[name];
    // skipper's `req.file("avatar")` names a field; @fastify/multipart's `request.file()` takes none or options.
    const [first] = call.arguments;
    if (shape && !(first && staticString(first, sourceCode.getScope(call)) !== undefined)) return shapeValue(shape);
    const next = request.method?.(value, name, call, asRequest(context));
    return next?.kind === 'request' ? next : undefined;
  }

  function transformed(call: TSESTree.CallExpression, transform: NameTransform, context: FlowContext<UploadValue>): Answer<UploadValue> {
    const values = call.arguments.map((argument) =>
      argument.type === AST_NODE_TYPES.SpreadElement ? undefined : asName(context.valueOf(argument)),
    );
    if (transform.role === 'join') return joinUploadValues(present(values), call) ?? OPAQUE;
    const [first] = values;
    if (transform.role === 'keep') return first ?? OPAQUE;
    if (first?.kind !== 'client' || first.field !== 'name') return OPAQUE;
    return partial(first, call, sourceCode.getText(call.callee), transform.keeps);
  }

  /** `[fields, files]` of `form.parse(req, cb)` and `.on("file", ...)` listeners: what an instance hands to a callback. */
  function handedOver(fn: FunctionNode, index: number, context: FlowContext<UploadValue>): UploadValue | undefined {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const position = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
    if (position < 0) return undefined;
    const name = memberKey(callee);
    const receiver = context.valueOf(callee.object);
    if (receiver?.kind !== 'instance') return undefined;
    const { instance } = receiver;
    if (EVENT_METHODS.has(name ?? '') && position === 1) {
      const [event] = call.arguments;
      const holds = event ? instance.events[staticString(event, sourceCode.getScope(call)) ?? '']?.[index] : undefined;
      const parameter = fn.params[index];
      return holds && parameter ? holdingValue(instance.library, holds, parameter, fn) : undefined;
    }
    if (instance.parse && name === instance.parse.method && position === instance.parse.callback && index === instance.parse.files) {
      return upload(instance.library, false, true);
    }
    return undefined;
  }
}

/** A library or global call that carries an upload value, or OPAQUE for one that carries nothing; undefined lets the engine look. */
function libraryCall(
  sourceCode: SourceCode,
  call: Call,
  pathHandles: ReadonlySet<TSESTree.Node>,
  context: FlowContext<UploadValue>,
  requestCall: (call: Call) => Answer<RequestValue>,
): Answer<UploadValue> {
  const callee = unwrapExpression(call.callee);
  const [first] = call.arguments;
  const firstValue = () => (first && first.type !== AST_NODE_TYPES.SpreadElement ? asName(context.valueOf(first)) : undefined);
  if (pathHandles.has(call)) return firstValue() ?? OPAQUE;
  if (callee.type === AST_NODE_TYPES.Identifier && isGlobalIdentifier(sourceCode, callee)) {
    if (callee.name === 'Promise' && call.type === AST_NODE_TYPES.NewExpression) return resolvedValue(sourceCode, call, context) ?? OPAQUE;
    if (PASS_THROUGH_GLOBALS.has(callee.name)) return firstValue() ?? OPAQUE;
    if (ESCAPING_GLOBALS.has(callee.name) && call.type === AST_NODE_TYPES.CallExpression) {
      const value = firstValue();
      return value?.kind === 'client' && value.field === 'name' ? partial(value, call, callee.name, 'name') : OPAQUE;
    }
  }
  if (callee.type === AST_NODE_TYPES.Identifier && H3_UPLOAD_READERS[callee.name]) {
    const read = requestCall(call);
    const shape = H3_UPLOAD_READERS[callee.name];
    if (read !== OPAQUE && read?.kind === 'input' && shape) return shapeValue(shape);
  }
  // A request the request model finds in a call (Nest's `context.switchToHttp().getRequest()`).
  const requested = requestCall(call);
  if (requested !== OPAQUE && requested?.kind === 'request') return requested;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrapExpression(callee.object);
    const method = memberKey(callee);
    // `Buffer.from(name, "latin1").toString("utf8")`, `Object.values(req.files)`, `Array.from(files)`, `[].concat(files)`.
    if (object.type === AST_NODE_TYPES.Identifier && isGlobalIdentifier(sourceCode, object)) {
      // `Object.fromEntries(await request.formData())`: the fields by name, files among them.
      if (object.name === 'Object' && method === 'fromEntries' && firstValue()?.kind === 'form-data') return upload('web', false, true);
      const keeps =
        (object.name === 'Buffer' && method === 'from') ||
        (object.name === 'Object' && (method === 'values' || method === 'entries')) ||
        (object.name === 'Array' && (method === 'from' || method === 'of'));
      if (keeps) return firstValue() ?? OPAQUE;
    }
    if (object.type === AST_NODE_TYPES.ArrayExpression && object.elements.length === 0 && method === 'concat') {
      return joinUploadValues(present(call.arguments.map((argument) => context.valueOf(argument))), call) ?? OPAQUE;
    }
  }
  return undefined;
}

/** `new Promise((resolve) => form.parse(req, (err, fields, files) => resolve({ fields, files })))`: what it resolves to. */
function resolvedValue(
  sourceCode: SourceCode,
  construction: TSESTree.NewExpression,
  context: FlowContext<UploadValue>,
): UploadValue | undefined {
  const executor = functionValue(sourceCode, construction.arguments[0]);
  const resolve = executor?.params[0];
  if (!executor || resolve?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const values = readsOfParameter(sourceCode, executor, resolve).map((read) => {
    const call = read.parent;
    const [argument] = call.type === AST_NODE_TYPES.CallExpression && call.callee === read ? call.arguments : [];
    return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? context.valueOf(argument) : undefined;
  });
  return joinUploadValues(present(values), construction);
}

function uploadMember(value: Upload, key: string | undefined, node: TSESTree.Node): UploadValue | undefined {
  const spec = UPLOAD_LIBRARIES[value.library];
  if (value.file && key !== undefined) {
    if (spec.nameProperties.includes(key)) return client('name', value.library, node);
    if (spec.evidencedNameProperties?.includes(key)) return { ...client('name', value.library, node), unconfirmed: true };
    if (spec.mimeProperties.includes(key)) return client('mime', value.library, node);
  }
  if (key === 'length' || !value.container) return undefined;
  // A collection answers an index or, for a map of fields (`req.files.avatar`), any key; one file answers only its own.
  const index = key !== undefined && /^\d+$/.test(key);
  return !value.file || index || key === undefined ? elementOf(value) : undefined;
}

/** busboy's legacy `filename` parameter, used as a string: the client's name itself. */
function asName(value: UploadValue | undefined): UploadValue | undefined {
  return value?.kind === 'upload' && value.nameOrigin ? client('name', value.library, value.nameOrigin) : value;
}

function elementOf(value: Upload): Upload {
  return upload(value.library, true, true);
}

function clientMember(value: ClientString, key: string | undefined, node: TSESTree.Node): UploadValue | undefined {
  if (key === 'length') return undefined;
  if (value.sanitizer?.kept !== 'parts') return value;
  // `path.parse(name)`: `.ext` is the extension, `.name` / `.base` the last segment, `.dir` the client's directories.
  const kept = key === 'ext' ? 'extension' : key === 'name' || key === 'base' ? 'name' : undefined;
  return kept ? { ...value, sanitizer: { ...value.sanitizer, node, kept } } : undefined;
}

function clientMethod(
  sourceCode: SourceCode,
  receiver: ClientString,
  name: string,
  call: TSESTree.CallExpression,
  context: FlowContext<UploadValue>,
): UploadValue | undefined {
  const scope = sourceCode.getScope(call);
  const [first] = call.arguments;
  switch (name) {
    case 'replace':
    case 'replaceAll':
      return receiver.field === 'name' ? afterReplace(sourceCode, receiver, call) : receiver;
    case 'concat':
      return joinUploadValues(present([receiver, ...call.arguments.map((argument) => context.valueOf(argument))]), call);
    case 'split':
      return first && staticString(first, scope) === '.' ? { ...receiver, splitOnDot: true } : withoutSplit(receiver);
    case 'pop':
    case 'at':
      // `name.split(".").pop()` is the extension: no separator survives between two dots.
      if (receiver.splitOnDot && receiver.field === 'name' && (name === 'pop' || isMinusOne(first, sourceCode))) {
        return partial(withoutSplit(receiver), call, sourceCode.getText(call.callee), 'extension');
      }
      return withoutSplit(receiver);
    case 'slice':
    case 'substring':
    case 'substr':
      // `name.slice(name.lastIndexOf("."))`: from the last dot on, no `..` is left.
      if (receiver.field === 'name' && first && isLastDotIndex(first, sourceCode))
        return partial(receiver, call, sourceCode.getText(call.callee), 'extension');
      return withoutSplit(receiver);
    case 'match':
      return first && isAllowlistPattern(first) ? undefined : receiver;
    default:
      return PASS_THROUGH_METHODS.has(name) ? withoutSplit(receiver) : undefined;
  }
}

function withoutSplit(value: ClientString): ClientString {
  if (!value.splitOnDot) return value;
  const rest: ClientString = { ...value };
  delete rest.splitOnDot;
  return rest;
}

function partial(value: ClientString, call: TSESTree.CallExpression, label: string, kept: Kept): ClientString {
  if (value.field !== 'name' || value.taint === 'partial') return value;
  return { ...withoutSplit(value), taint: 'partial', sanitizer: { node: call, label, kept } };
}

function isMinusOne(node: TSESTree.Node | undefined, sourceCode: SourceCode): boolean {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return false;
  const value = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
  return value?.value === -1;
}

function isLastDotIndex(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const target = unwrapExpression(node);
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') return isLastDotIndex(target.left, sourceCode);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(target.callee);
  const [argument] = target.arguments;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberKey(callee) === 'lastIndexOf' &&
    argument !== undefined &&
    staticString(argument, sourceCode.getScope(argument)) === '.'
  );
}

/** A replacement that leaves no `/` or `\` in a probe path strips directories: partial, like `basename`. */
function afterReplace(sourceCode: SourceCode, value: ClientString, call: TSESTree.CallExpression): ClientString {
  const [pattern, replacement] = call.arguments;
  if (!pattern || !replacement) return value;
  const scope = sourceCode.getScope(call);
  const replacementText = staticString(replacement, scope);
  if (replacementText === undefined) return value;
  const regex = regexOf(pattern);
  const literal = regex ? undefined : staticString(pattern, scope);
  const replaceAll = memberKey(call.callee as TSESTree.MemberExpression) === 'replaceAll';
  let result: string | undefined;
  if (regex) result = replaceAll && !regex.global ? undefined : TRAVERSAL_PROBE.replace(regex, replacementText);
  else if (literal !== undefined) {
    result = replaceAll ? TRAVERSAL_PROBE.replaceAll(literal, replacementText) : TRAVERSAL_PROBE.replace(literal, replacementText);
  }
  if (result === undefined || /[/\\]/.test(result)) return withoutSplit(value);
  return partial(value, call, sourceCode.getText(call.callee), 'name');
}

function regexOf(node: TSESTree.Node): RegExp | undefined {
  const target = unwrapExpression(node);
  if (target.type !== AST_NODE_TYPES.Literal || !('regex' in target)) return undefined;
  try {
    return new RegExp(target.regex.pattern, target.regex.flags);
  } catch {
    return undefined;
  }
}

/** An anchored pattern that admits no path separator and no `..`: `/^\.(png|jpe?g)$/`. */
export function isAllowlistPattern(node: TSESTree.Node): boolean {
  const regex = regexOf(node);
  if (!regex) return false;
  const source = regex.source;
  if (!source.startsWith('^') || !source.endsWith('$')) return false;
  return TRAVERSAL_NAMES.every((probe) => !new RegExp(regex.source, regex.flags.replace(/[gy]/g, '')).test(probe));
}

/**
 * `ALLOWED.includes(ext) ? ext : ".bin"`, `/^\.(png|jpe?g)$/.test(ext) ? ext : ""`: the branch the check lets
 * through carries a name from the list, not the client's.
 */
function allowlistedIn(
  sourceCode: SourceCode,
  value: ClientString,
  test: TSESTree.Node,
  whenTrue: boolean,
  context: FlowContext<UploadValue>,
): boolean {
  const check = allowlistCheck(sourceCode, test);
  if (!check || check.passesWhen !== whenTrue) return false;
  const checkedValue = context.valueOf(check.checked);
  return checkedValue?.kind === 'client' && checkedValue.origin === value.origin;
}

/**
 * A test that passes only for names on a constant allowlist: `ALLOWED.includes(x)`, `SET.has(x)`, an anchored
 * `/^\.(png|jpe?g)$/.test(x)`, or their negation. `passesWhen` is the test's value for a listed name.
 */
export function allowlistCheck(
  sourceCode: SourceCode,
  test: TSESTree.Node,
): { checked: TSESTree.Node; passesWhen: boolean; by: 'list' | 'pattern' } | undefined {
  const condition = unwrapExpression(test);
  if (condition.type === AST_NODE_TYPES.UnaryExpression && condition.operator === '!') {
    const inner = allowlistCheck(sourceCode, condition.argument);
    return inner && { ...inner, passesWhen: !inner.passesWhen };
  }
  if (condition.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrapExpression(condition.callee);
  const [checked] = condition.arguments;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !checked || checked.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const method = memberKey(callee);
  if (method === 'test') return isAllowlistPattern(callee.object) ? { checked, passesWhen: true, by: 'pattern' } : undefined;
  const listed = (method === 'includes' || method === 'has') && isConstantNameList(sourceCode, callee.object);
  return listed ? { checked, passesWhen: true, by: 'list' } : undefined;
}

/** A constant array or `new Set([...])` of string literals, none of which is a path. */
function isConstantNameList(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  let target = unwrapExpression(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const definition = ASTUtils.findVariable(sourceCode.getScope(target), target)?.defs[0];
    if (definition?.type !== TSESLint.Scope.DefinitionType.Variable || definition.parent.kind !== 'const' || !definition.node.init)
      return false;
    target = unwrapExpression(definition.node.init);
  }
  if (target.type === AST_NODE_TYPES.NewExpression && target.callee.type === AST_NODE_TYPES.Identifier && target.callee.name === 'Set') {
    const [items] = target.arguments;
    if (!items) return false;
    target = unwrapExpression(items);
  }
  if (target.type !== AST_NODE_TYPES.ArrayExpression || target.elements.length === 0) return false;
  return target.elements.every(
    (element) => element?.type === AST_NODE_TYPES.Literal && typeof element.value === 'string' && !/[/\\]|\.\./.test(element.value),
  );
}

function rank(value: UploadValue): number {
  if (value.kind === 'client') {
    if (value.field === 'mime') return 2;
    const base = value.taint === 'full' ? 5 : 3;
    return value.unconfirmed ? base : base + 1;
  }
  return value.kind === 'upload' || value.kind === 'record' ? 1 : 0;
}

/** The client's filename wins over the rest of a concatenation; uploads that may be one file or several merge. */
export function joinUploadValues(values: readonly UploadValue[], node: TSESTree.Node): UploadValue | undefined {
  const combinesText = node.type === AST_NODE_TYPES.TemplateLiteral || node.type === AST_NODE_TYPES.BinaryExpression;
  let best: UploadValue | undefined;
  for (const joined of values) {
    const value = combinesText ? (asName(joined) ?? joined) : joined;
    if (best?.kind === 'upload' && value.kind === 'upload' && best.library === value.library) {
      best = upload(best.library, best.file || value.file, best.container || value.container);
    } else if (best?.kind === 'record' && value.kind === 'record') {
      best = { kind: 'record', fields: { ...value.fields, ...best.fields } };
    } else if (!best || rank(value) > rank(best)) {
      best = value;
    }
  }
  return combinesText && best?.kind !== 'client' ? undefined : best;
}

function present<V>(values: readonly (V | undefined)[]): V[] {
  return values.filter((value): value is V => value !== undefined);
}

/**
 * A parameter annotated with an upload type: `file: Express.Multer.File`, `files: UploadedFile[]`,
 * `upload: Promise<FileUpload>`; and a Server Function's `formData: FormData`.
 */
function typedParameter(sourceCode: SourceCode, parameter: TSESTree.Parameter, fromClient: boolean): UploadValue | undefined {
  const bound = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  const target = bound.type === AST_NODE_TYPES.AssignmentPattern ? bound.left : bound;
  const annotation = 'typeAnnotation' in target ? target.typeAnnotation?.typeAnnotation : undefined;
  if (!annotation) return undefined;
  if (fromClient && isFormDataType(sourceCode, annotation)) return { kind: 'form-data' };
  if (annotation.type === AST_NODE_TYPES.TSTypeReference) {
    const imported = importedType(sourceCode, annotation.typeName);
    const api = imported && CONTEXT_TYPES[imported.module]?.[imported.name];
    if (api) return { kind: 'framework', api };
  }
  return typedUpload(sourceCode, annotation, 0);
}

function typedUpload(sourceCode: SourceCode, type: TSESTree.TypeNode, depth: number): Upload | undefined {
  if (depth > 4) return undefined;
  switch (type.type) {
    case AST_NODE_TYPES.TSArrayType: {
      const inner = typedUpload(sourceCode, type.elementType, depth + 1);
      return inner && upload(inner.library, false, true);
    }
    case AST_NODE_TYPES.TSUnionType:
      return type.types.map((member) => typedUpload(sourceCode, member, depth + 1)).find((found) => found !== undefined);
    case AST_NODE_TYPES.TSTypeLiteral: {
      // `{ avatar?: Express.Multer.File[] }` from `FileFieldsInterceptor`.
      for (const member of type.members) {
        const memberType = member.type === AST_NODE_TYPES.TSPropertySignature ? member.typeAnnotation?.typeAnnotation : undefined;
        const inner = memberType && typedUpload(sourceCode, memberType, depth + 1);
        if (inner) return upload(inner.library, false, true);
      }
      return undefined;
    }
    case AST_NODE_TYPES.TSTypeReference: {
      const [argument] = type.typeArguments?.params ?? [];
      const name = type.typeName.type === AST_NODE_TYPES.Identifier ? type.typeName.name : undefined;
      if (argument && (name === 'Array' || name === 'ReadonlyArray' || name === 'Record')) {
        const inner = typedUpload(sourceCode, type.typeArguments?.params[name === 'Record' ? 1 : 0] ?? argument, depth + 1);
        return inner && upload(inner.library, false, true);
      }
      if (argument && name === 'Promise') return typedUpload(sourceCode, argument, depth + 1);
      const library = fileTypeLibrary(sourceCode, type.typeName);
      return library && upload(library, true, false);
    }
    default:
      return undefined;
  }
}

function fileTypeLibrary(sourceCode: SourceCode, typeName: TSESTree.EntityName): UploadLibrary | undefined {
  const global = GLOBAL_FILE_TYPES[entityText(typeName)];
  if (global) return global;
  const imported = importedType(sourceCode, typeName);
  return imported ? FILE_TYPES[imported.module]?.[imported.name] : undefined;
}

function entityText(name: TSESTree.EntityName): string {
  if (name.type === AST_NODE_TYPES.Identifier) return name.name;
  if (name.type === AST_NODE_TYPES.TSQualifiedName) return `${entityText(name.left)}.${name.right.name}`;
  return '';
}

function isFormDataType(sourceCode: SourceCode, type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.some((member) => isFormDataType(sourceCode, member));
  return (
    type.type === AST_NODE_TYPES.TSTypeReference &&
    type.typeName.type === AST_NODE_TYPES.Identifier &&
    type.typeName.name === 'FormData' &&
    isGlobalIdentifier(sourceCode, type.typeName)
  );
}

/** `const filter: MulterOptions["fileFilter"] = (req, file, cb) => ...`: a callback typed by the parser's options. */
function typedOptionFunction(sourceCode: SourceCode, fn: FunctionNode, index: number): UploadValue | undefined {
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn) return undefined;
  const annotation = declarator.id.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSIndexedAccessType || annotation.indexType.type !== AST_NODE_TYPES.TSLiteralType)
    return undefined;
  const key = annotation.indexType.literal.type === AST_NODE_TYPES.Literal ? String(annotation.indexType.literal.value) : undefined;
  const options = optionsType(sourceCode, annotation.objectType);
  const spec = key === undefined ? undefined : options?.functions[key];
  const holds = spec?.parameters[index];
  const parameter = fn.params[index];
  return spec && holds && parameter ? holdingValue(spec.library, holds, parameter, fn) : undefined;
}

/** `const { createReadStream, filename } = await upload`: graphql-upload's `FileUpload`, by the keys destructured together. */
function destructuredGraphqlUpload(node: TSESTree.Node): boolean {
  const declarator = node.parent;
  return (
    declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.init === node &&
    declarator.id.type === AST_NODE_TYPES.ObjectPattern &&
    hasGraphqlUploadKeys(declarator.id)
  );
}

function hasGraphqlUploadKeys(pattern: TSESTree.ObjectPattern): boolean {
  const keys = new Set(
    pattern.properties.flatMap((property) =>
      property.type === AST_NODE_TYPES.Property && property.key.type === AST_NODE_TYPES.Identifier && !property.computed
        ? [property.key.name]
        : [],
    ),
  );
  return GRAPHQL_UPLOAD_KEYS.every((key) => keys.has(key));
}

/**
 * Whether the file imports or requires one of `modules`, type-only imports and subpaths included: the evidence
 * that ties a shape several parsers share to one of them (`import type { UploadedFile } from "express-fileupload"`).
 */
export function importsAnyModule(sourceCode: SourceCode, modules: readonly string[]): boolean {
  const importsSubpath = sourceCode.ast.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration && modules.some((name) => statement.source.value.startsWith(`${name}/`)),
  );
  return importsSubpath || findModuleReferences(sourceCode, wholeModuleReads(modules)).length > 0;
}

const wholeModuleReadMaps = new WeakMap<readonly string[], TraceMap<true>>();

/** A trace map that reports any import or `require` of the modules; one object per list, so answers are cached. */
function wholeModuleReads(modules: readonly string[]): TraceMap<true> {
  const known = wholeModuleReadMaps.get(modules);
  if (known) return known;
  const traceMap: TraceMap<true> = {};
  for (const name of modules) traceMap[name] = { [READ]: true };
  wholeModuleReadMaps.set(modules, traceMap);
  return traceMap;
}
