import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { forEachNode } from '../analysis/ast-walk';
import { enclosingFunction, isFunctionNode } from '../analysis/local-functions';
import { findGlobalReferences, findModuleReferences, importedModules, isGlobalIdentifier } from '../analysis/module-references';
import { AST_NODE_TYPES } from '../analysis/node-types';
import { importOf } from '../analysis/request-model';
import { readOption, staticString, unwrapExpression } from '../analysis/static-values';
import { allowlistCheck, importsAnyModule, uploadModel, type ClientString, type UploadModel } from '../analysis/upload-sources';
import { memberKey } from '../analysis/value-flow';
import { createRule, docsFor } from '../create-rule';
import {
  GLOBAL_PATH_SINKS,
  PATH_SINKS,
  UPLOAD_LIBRARIES,
  UPLOAD_ANYWHERE_WORD,
  UPLOAD_MEMBER_WORDS,
  UPLOAD_MODULES,
  UPLOAD_REQUEST_MEMBERS,
  WRITER_METHODS,
  WRITERS,
  type PathSink,
  type WriterSpec,
} from '../libraries/uploads';

export type Options = [{ reportPartialSanitizers?: boolean }];
export type MessageIds =
  'clientFilename' | 'partiallySanitizedFilename' | 'clientMimeType' | 'mimeOnlyValidator' | 'useGeneratedName' | 'allowlistExtension';

/** What the listeners collect while ESLint walks the file, read once in `Program:exit`. */
interface Collected {
  /** `x.mv(path)`, `image.toFile(path)`: calls whose receiver decides whether they write. */
  writerCalls: TSESTree.CallExpression[];
  /** Operands of comparisons and membership tests: where a MIME type is checked. */
  checkOperands: TSESTree.Node[];
  /** `TYPES[x]` lookups: a check when the result is tested. */
  lookups: TSESTree.MemberExpression[];
  /** `file.filepath = ...`: where formidable writes the file. */
  pathAssignments: TSESTree.AssignmentExpression[];
  /** `file.tempFilePath`, `file.md5`: reads that only express-fileupload files answer. */
  fileUploadReads: TSESTree.MemberExpression[];
  /** `x.mimetype`, `{ mimetype } = x`: where a client MIME type can be read, so the MIME checks are worth looking at. */
  mimeReads: TSESTree.Node[];
}

interface CheckContext {
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>;
  sourceCode: Readonly<TSESLint.SourceCode>;
  reportPartialSanitizers: boolean;
  collected: Collected;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** See {@link UPLOAD_MEMBER_WORDS}: the words after the punctuation that reads, destructures, decorates or quotes them. */
const UPLOAD_TEXT = new RegExp(
  `\\.(?:${UPLOAD_REQUEST_MEMBERS.map(escape).join('|')})\\b|[.@{,'"\`]\\s*(?:${UPLOAD_MEMBER_WORDS.map(escape).join('|')})\\b`,
);
const MIME_PROPERTIES = new Set(Object.values(UPLOAD_LIBRARIES).flatMap((spec) => spec.mimeProperties));
/** Properties only express-fileupload's files have: reading one shows the parser. */
const FILEUPLOAD_READS = new Set(['tempFilePath', 'md5']);
const MOVE_METHODS = new Set(Object.values(UPLOAD_LIBRARIES).flatMap((spec) => Object.keys(spec.moveMethods ?? {})));
const PATH_PROPERTIES = new Set(Object.values(UPLOAD_LIBRARIES).flatMap((spec) => spec.pathProperties ?? []));
const CHECK_METHODS = new Set(['includes', 'has', 'indexOf', 'startsWith', 'endsWith', 'match', 'test', 'search', 'exec']);
const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
/** Calls that test whether a path exists or what kind of value it is, not what the file holds. */
const FILE_PROBES = new Set([
  'existsSync',
  'exists',
  'access',
  'accessSync',
  'stat',
  'statSync',
  'lstat',
  'lstatSync',
  'isArray',
  'isBuffer',
]);
const FILEUPLOAD_MODULES: readonly string[] = ['express-fileupload', 'express-formidable'];
const CRYPTO_MODULES = new Set(['crypto', 'node:crypto']);
const EXTENSION_ALLOWLIST = 'png|jpe?g|gif|webp|pdf';

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
              'Also report client filenames that only went through `path.basename`, `path.extname`, `sanitize-filename` or similar, which still keep the client extension and collide. On in the strict config.',
          },
        },
      },
    ],
    messages: {
      clientFilename:
        'The client-supplied filename `{{source}}` reaches this storage path, so `../` sequences, double extensions and same-name uploads are written as sent. Name the file yourself (`randomUUID()`) and take the extension from an allowlist.',
      partiallySanitizedFilename:
        'The client-supplied filename `{{source}}` reaches this storage path through `{{sanitizer}}`, which keeps the client extension and lets same-name uploads overwrite each other. Name the file yourself (`randomUUID()`) and take the extension from an allowlist.',
      clientMimeType:
        "The client-declared MIME type `{{source}}` is this upload's only type check, and the client chooses it freely. Check the bytes instead, e.g. `fileTypeFromBuffer` from `file-type`.",
      mimeOnlyValidator:
        "With `{{option}}`, `FileTypeValidator` accepts the upload by its client-declared `mimetype`, which the client chooses freely. Remove the option so the file's magic numbers decide.",
      useGeneratedName: 'Store the file under `{{generator}}` (append an extension from an allowlist if it needs one).',
      allowlistExtension: 'Keep the client extension only when it is on an allowlist (edit the list to the types you serve).',
    },
  },
  defaultOptions: [{ reportPartialSanitizers: false }],
  create(context, [options]) {
    // Most modules never touch an upload: one scan of the text for the words of its shapes, then no listener at all.
    if (!mayHandleUploads(context.sourceCode)) return {};
    const check: CheckContext = {
      context,
      sourceCode: context.sourceCode,
      reportPartialSanitizers: options.reportPartialSanitizers === true,
      collected: { writerCalls: [], checkOperands: [], lookups: [], pathAssignments: [], fileUploadReads: [], mimeReads: [] },
    };
    return {
      'CallExpression[callee.type="MemberExpression"]'(node: TSESTree.CallExpression) {
        collectMethodCall(check, node);
      },
      BinaryExpression(node) {
        if (EQUALITY_OPERATORS.has(node.operator)) check.collected.checkOperands.push(node.left, node.right);
        else if (node.operator === 'in') check.collected.checkOperands.push(node.left);
      },
      SwitchStatement(node) {
        check.collected.checkOperands.push(node.discriminant);
      },
      MemberExpression(node) {
        collectMember(check, node);
      },
      'ObjectPattern > Property > Identifier.key'(node: TSESTree.Identifier) {
        const property = node.parent as TSESTree.Property;
        if (MIME_PROPERTIES.has(node.name) && property.value.type === AST_NODE_TYPES.Identifier)
          check.collected.mimeReads.push(property.value);
      },
      'AssignmentExpression[left.type="MemberExpression"]'(node: TSESTree.AssignmentExpression) {
        if (PATH_PROPERTIES.has(memberKey(node.left as TSESTree.MemberExpression) ?? '')) check.collected.pathAssignments.push(node);
      },
      'Program:exit'() {
        checkModule(check);
      },
    };
  },
});

/**
 * An import of an upload module, or a word of an upload shape where the code would write it (comments too: a cheap
 * over-approximation). The imports are the file's module index, which the other rules read too.
 */
function mayHandleUploads(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return importsUploadModule(sourceCode) || UPLOAD_TEXT.test(sourceCode.text) || sourceCode.text.includes(UPLOAD_ANYWHERE_WORD);
}

function importsUploadModule(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  for (const name of importedModules(sourceCode)) {
    // Relative and absolute paths (`./upload`, `/abs`) name no package.
    if (name.startsWith('.') || name.startsWith('/')) continue;
    if (UPLOAD_MODULES.has(name) || UPLOAD_MODULES.has(packageOf(name))) return true;
  }
  return false;
}

/** `@nestjs/platform-express` of `@nestjs/platform-express/multer/interfaces`, `formidable` of `formidable/src/File.js`. */
function packageOf(specifier: string): string {
  const slash = specifier.indexOf('/');
  if (slash < 0) return specifier;
  if (!specifier.startsWith('@')) return specifier.slice(0, slash);
  const second = specifier.indexOf('/', slash + 1);
  return second < 0 ? specifier : specifier.slice(0, second);
}

function collectMember(check: CheckContext, member: TSESTree.MemberExpression): void {
  const { collected } = check;
  if (member.computed) {
    collected.lookups.push(member);
    return;
  }
  if (member.property.type !== AST_NODE_TYPES.Identifier) return;
  const name = member.property.name;
  if (MIME_PROPERTIES.has(name)) collected.mimeReads.push(member);
  else if (FILEUPLOAD_READS.has(name)) collected.fileUploadReads.push(member);
}

function collectMethodCall(check: CheckContext, call: TSESTree.CallExpression): void {
  const callee = call.callee as TSESTree.MemberExpression;
  const name = memberKey(callee);
  if (name === undefined) return;
  if (CHECK_METHODS.has(name)) check.collected.checkOperands.push(callee.object, ...call.arguments);
  if (MOVE_METHODS.has(name) || WRITER_METHODS.has(name)) check.collected.writerCalls.push(call);
}

function checkModule(check: CheckContext): void {
  const { sourceCode } = check;
  const model = uploadModel(sourceCode);
  reportFilenameSinks(check, model);
  if (model.checksContent) return;
  reportMimeChecks(check, model);
  for (const property of model.mimeOnlyValidators) {
    check.context.report({ node: property, messageId: 'mimeOnlyValidator', data: { option: sourceCode.getText(property.key) } });
  }
}

/** Every argument that names a file to write, move or create: library calls, writer methods, parser callbacks. */
function storagePaths(check: CheckContext, model: UploadModel): TSESTree.Node[] {
  const { sourceCode, collected } = check;
  const paths: TSESTree.Node[] = [];
  const references = [...findModuleReferences(sourceCode, PATH_SINKS), ...findGlobalReferences(sourceCode, GLOBAL_PATH_SINKS)];
  for (const reference of references) {
    if (reference.kind === 'call') paths.push(...sinkArguments(check, reference.node as TSESTree.CallExpression, reference.info));
  }
  const writers = writerCalls(sourceCode);
  for (const call of collected.writerCalls) {
    const callee = call.callee as TSESTree.MemberExpression;
    const name = memberKey(callee) ?? '';
    const writer = writerOf(sourceCode, callee.object, writers);
    if (writer) {
      const argument = writer.writes[name] === undefined ? undefined : call.arguments[writer.writes[name]];
      if (argument) paths.push(argument);
      continue;
    }
    const receiver = model.valueOf(callee.object);
    const move = receiver?.kind === 'upload' ? UPLOAD_LIBRARIES[receiver.library].moveMethods?.[name] : undefined;
    if (typeof move === 'number') {
      const argument = call.arguments[move];
      if (argument) paths.push(argument);
    } else if (move) {
      // `file.move(dir, { name })`: the name option is the stored file's name.
      const options = call.arguments[move.argument];
      const lookup = options ? readOption(options, [move.option], sourceCode.getScope(options)) : undefined;
      if (lookup?.kind === 'present') paths.push(lookup.value);
    }
  }
  for (const assignment of collected.pathAssignments) {
    const target = model.valueOf((assignment.left as TSESTree.MemberExpression).object);
    const key = memberKey(assignment.left as TSESTree.MemberExpression) ?? '';
    if (target?.kind === 'upload' && UPLOAD_LIBRARIES[target.library].pathProperties?.includes(key)) paths.push(assignment.right);
  }
  paths.push(...model.callbackSinks.map((sink) => sink.node));
  return paths;
}

function sinkArguments(check: CheckContext, call: TSESTree.CallExpression, sink: PathSink): TSESTree.Node[] {
  if (sink.flagsArgument !== undefined && !opensForWriting(check, call.arguments[sink.flagsArgument])) return [];
  return sink.paths.flatMap((index) => {
    const argument = call.arguments[index];
    return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? [argument] : [];
  });
}

function opensForWriting(check: CheckContext, flags: TSESTree.Node | undefined): boolean {
  if (!flags) return false;
  const value = staticString(flags, check.sourceCode.getScope(flags));
  return value === undefined ? flags.type !== AST_NODE_TYPES.Literal : /[wa+]/.test(value);
}

function writerCalls(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlyMap<TSESTree.Node, WriterSpec> {
  return new Map(findModuleReferences(sourceCode, WRITERS).map((reference) => [reference.node, reference.info]));
}

/** `sharp(input).resize(256).toFile(path)`, `const image = await Jimp.read(buffer); image.write(path)`: the writer a chain starts from. */
function writerOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  receiver: TSESTree.Node,
  writers: ReadonlyMap<TSESTree.Node, WriterSpec>,
): WriterSpec | undefined {
  let current: TSESTree.Node = receiver;
  for (let step = 0; step < 16; step++) {
    current = unwrapExpression(current);
    if (current.type === AST_NODE_TYPES.AwaitExpression) {
      current = current.argument;
      continue;
    }
    const known = writers.get(current);
    if (known) return known;
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      current = current.callee.object;
      continue;
    }
    if (current.type !== AST_NODE_TYPES.Identifier) return undefined;
    const definition = ASTUtils.findVariable(sourceCode.getScope(current), current)?.defs[0];
    if (
      definition?.type !== TSESLint.Scope.DefinitionType.Variable ||
      definition.node.id.type !== AST_NODE_TYPES.Identifier ||
      !definition.node.init
    ) {
      return undefined;
    }
    current = definition.node.init;
  }
  return undefined;
}

function reportFilenameSinks(check: CheckContext, model: UploadModel): void {
  const reported = new Set<TSESTree.Node>();
  let fileUploadShown: boolean | undefined;
  for (const path of storagePaths(check, model)) {
    if (reported.has(path)) continue;
    reported.add(path);
    const value = model.clientStringOf(path);
    if (value?.field !== 'name') continue;
    if (value.taint === 'partial' && !check.reportPartialSanitizers) continue;
    if (value.unconfirmed && !(fileUploadShown ??= showsExpressFileUpload(check, model))) continue;
    if (allowlistGuards(check, model, path, value)) continue;
    reportClientFilename(check, path, value);
  }
}

/**
 * `if (!ALLOWED.includes(ext)) return cb(new Error("type"))` before the write, or the write inside
 * `if (ALLOWED.includes(ext)) { ... }`: the value written is one of the list's. An anchored pattern
 * (`/^\.(png|jpe?g)$/.test(ext)`) vouches for an extension only: a name that fits a pattern is still the client's.
 */
function allowlistGuards(check: CheckContext, model: UploadModel, path: TSESTree.Node, value: ClientString): boolean {
  const { sourceCode } = check;
  const vouches = (test: TSESTree.Node, passesWhen: boolean) => {
    const guard = allowlistCheck(sourceCode, test);
    if (!guard || guard.passesWhen !== passesWhen) return false;
    if (guard.by === 'pattern' && value.sanitizer?.kept !== 'extension') return false;
    return model.clientStringOf(guard.checked)?.origin === value.origin;
  };
  for (let node: TSESTree.Node = path; node.parent && !isFunctionNode(node); node = node.parent) {
    const parent = node.parent;
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.test !== node && vouches(parent.test, parent.consequent === node)) return true;
    if (parent.type !== AST_NODE_TYPES.BlockStatement && parent.type !== AST_NODE_TYPES.Program) continue;
    for (const statement of parent.body) {
      if (statement.range[0] >= node.range[0]) break;
      if (
        statement.type === AST_NODE_TYPES.IfStatement &&
        !statement.alternate &&
        exits(statement.consequent) &&
        vouches(statement.test, false)
      ) {
        return true;
      }
    }
  }
  return false;
}

function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return false;
  const last = statement.body[statement.body.length - 1];
  return last !== undefined && exits(last);
}

/** `.name` on `req.files.x` is the client's filename in express-fileupload: the module must show that parser. */
function showsExpressFileUpload(check: CheckContext, model: UploadModel): boolean {
  const { collected, sourceCode } = check;
  const isUpload = (node: TSESTree.Node) => model.valueOf(node)?.kind === 'upload';
  return (
    importsAnyModule(sourceCode, FILEUPLOAD_MODULES) ||
    collected.writerCalls.some(
      (call) =>
        MOVE_METHODS.has(memberKey(call.callee as TSESTree.MemberExpression) ?? '') &&
        isUpload((call.callee as TSESTree.MemberExpression).object),
    ) ||
    collected.fileUploadReads.some((member) => isUpload(member.object))
  );
}

function reportClientFilename(check: CheckContext, path: TSESTree.Node, value: ClientString): void {
  const { sourceCode } = check;
  const source = sourceCode.getText(value.origin);
  const sanitizer = value.taint === 'partial' ? value.sanitizer : undefined;
  check.context.report({
    node: path,
    messageId: sanitizer ? 'partiallySanitizedFilename' : 'clientFilename',
    data: sanitizer ? { source, sanitizer: sanitizer.label } : { source },
    suggest: suggestionsFor(check, path, value),
  });
}

/**
 * The fix for a client name is a generated one, put where the client's name is read (or used, when it is read
 * in a destructuring); for an extension kept from the client, an allowlist around it. Both run as written.
 */
function suggestionsFor(check: CheckContext, path: TSESTree.Node, value: ClientString): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const { sourceCode } = check;
  const sanitizer = value.taint === 'partial' ? value.sanitizer : undefined;
  if (sanitizer && !isReplaceable(sanitizer.node)) return [];
  if (sanitizer?.kept === 'extension') {
    // `name.split(".").pop()` is the extension without its dot; `path.extname(name)` keeps the dot.
    const node = sanitizer.node;
    const dotless =
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      ['pop', 'at'].includes(memberKey(node.callee) ?? '');
    const pattern = dotless ? `/^(?:${EXTENSION_ALLOWLIST})$/` : `/^\\.(?:${EXTENSION_ALLOWLIST})$/`;
    const text = `(String(${sourceCode.getText(sanitizer.node)}).toLowerCase().match(${pattern})?.[0] ?? '')`;
    return [{ messageId: 'allowlistExtension', fix: (fixer) => fixer.replaceText(sanitizer.node, text) }];
  }
  if (sanitizer?.kept === 'parts') return [];
  const target = sanitizer ? sanitizer.node : isReplaceable(value.origin) ? value.origin : aliasInside(sourceCode, path, value.origin);
  if (!target) return [];
  const generator = generatedName(sourceCode, target);
  return [{ messageId: 'useGeneratedName', data: { generator }, fix: (fixer) => fixer.replaceText(target, generator) }];
}

/** An expression that can be swapped for a call: not a binding, a key, a callee or an assignment target. */
function isReplaceable(node: TSESTree.Node): boolean {
  if (
    node.type !== AST_NODE_TYPES.MemberExpression &&
    node.type !== AST_NODE_TYPES.Identifier &&
    node.type !== AST_NODE_TYPES.CallExpression
  ) {
    return false;
  }
  const parent = node.parent;
  if (!parent) return false;
  if (
    parent.type === AST_NODE_TYPES.Property &&
    (parent.shorthand || parent.key === node || parent.parent.type === AST_NODE_TYPES.ObjectPattern)
  ) {
    return false;
  }
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id === node) return false;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) return false;
  if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.callee === node)
    return false;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === node) return false;
  if (
    parent.type === AST_NODE_TYPES.AssignmentPattern ||
    parent.type === AST_NODE_TYPES.ArrayPattern ||
    parent.type === AST_NODE_TYPES.RestElement
  ) {
    return false;
  }
  return !(isFunctionNode(parent) && parent.params.includes(node as TSESTree.Parameter));
}

/**
 * Where the storage path uses a binding that holds the client's name as read (`const { originalname } = file`),
 * in the path itself or in the one initialiser of a binding it is built from (`const target = join(dir, originalname)`).
 */
function aliasInside(sourceCode: Readonly<TSESLint.SourceCode>, path: TSESTree.Node, origin: TSESTree.Node): TSESTree.Node | undefined {
  const pending: TSESTree.Node[] = [path];
  for (let visited = 0; pending.length > 0 && visited < 64; visited++) {
    const node = unwrapExpression(pending.shift() as TSESTree.Node);
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
        const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
        if (definition?.name === origin && isReplaceable(node)) return node;
        const writes = variable?.references.filter((reference) => reference.isWrite()).length ?? 0;
        if (
          definition?.type === TSESLint.Scope.DefinitionType.Variable &&
          definition.node.id === definition.name &&
          definition.node.init &&
          writes === 1
        ) {
          pending.push(definition.node.init);
        }
        break;
      }
      case AST_NODE_TYPES.AwaitExpression:
        pending.push(node.argument);
        break;
      case AST_NODE_TYPES.TemplateLiteral:
        pending.push(...node.expressions);
        break;
      case AST_NODE_TYPES.BinaryExpression:
        pending.push(node.left, node.right);
        break;
      case AST_NODE_TYPES.LogicalExpression:
        pending.push(node.left, node.right);
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        pending.push(node.consequent, node.alternate);
        break;
      case AST_NODE_TYPES.CallExpression:
        if (node.callee.type === AST_NODE_TYPES.MemberExpression) pending.push(node.callee.object);
        for (const argument of node.arguments) if (argument.type !== AST_NODE_TYPES.SpreadElement) pending.push(argument);
        break;
      default:
        break;
    }
  }
  return undefined;
}

/** `randomUUID()` when it is imported from `crypto`, `crypto.randomUUID()` on the module or the Web Crypto global. */
function generatedName(sourceCode: Readonly<TSESLint.SourceCode>, at: TSESTree.Node): string {
  const scope = sourceCode.getScope(at);
  const randomUUID = ASTUtils.findVariable(scope, 'randomUUID');
  if (randomUUID && bindsCrypto(sourceCode, randomUUID, 'randomUUID')) return 'randomUUID()';
  const crypto = ASTUtils.findVariable(scope, 'crypto');
  if (!crypto || crypto.defs.length === 0 || bindsCrypto(sourceCode, crypto, undefined)) return 'crypto.randomUUID()';
  return 'globalThis.crypto.randomUUID()';
}

/** Whether a binding is Node's `crypto` module (`exported` undefined) or one of its exports, imported or required. */
function bindsCrypto(sourceCode: Readonly<TSESLint.SourceCode>, variable: TSESLint.Scope.Variable, exported: string | undefined): boolean {
  const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return false;
  if (definition.type === TSESLint.Scope.DefinitionType.ImportBinding && definition.name.type === AST_NODE_TYPES.Identifier) {
    const imported = importOf(sourceCode, definition.name);
    if (!imported || !CRYPTO_MODULES.has(imported.module)) return false;
    return exported === undefined ? imported.name === '*' || imported.name === 'default' : imported.name === exported;
  }
  if (definition.type !== TSESLint.Scope.DefinitionType.Variable || !definition.node.init) return false;
  const init = unwrapExpression(definition.node.init);
  const required =
    init.type === AST_NODE_TYPES.CallExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    init.callee.name === 'require' &&
    init.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    CRYPTO_MODULES.has(String(init.arguments[0].value));
  if (!required) return false;
  if (exported === undefined) return definition.node.id.type === AST_NODE_TYPES.Identifier;
  const id = definition.node.id;
  return (
    id.type === AST_NODE_TYPES.ObjectPattern &&
    id.properties.some(
      (property) =>
        property.type === AST_NODE_TYPES.Property &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        property.key.name === exported &&
        property.value === definition.name,
    )
  );
}

/** Comparisons, membership tests and tested lookups of a client MIME type, once per place it is read. */
function reportMimeChecks(check: CheckContext, model: UploadModel): void {
  const { collected, sourceCode } = check;
  // Comparisons are everywhere; only a module that reads an upload's MIME type (or hands a listener one) has one to check.
  const readsMime =
    model.mimeParameters ||
    collected.mimeReads.some((read) => {
      const value = model.valueOf(read.type === AST_NODE_TYPES.MemberExpression ? read.object : read);
      return value?.kind === 'upload' || (value?.kind === 'client' && value.field === 'mime');
    });
  if (!readsMime) return;
  // A lookup counts once its key is a client MIME type and its answer is tested: the cheap question first.
  const testedKeys = collected.lookups.filter((lookup) => model.clientStringOf(lookup.property)?.field === 'mime' && isTested(lookup));
  const operands = [...collected.checkOperands, ...testedKeys.map((lookup) => lookup.property)].sort((a, b) => a.range[0] - b.range[0]);
  const reportedOrigins = new Set<TSESTree.Node>();
  for (const operand of operands) {
    const value = model.clientStringOf(operand);
    if (value?.field !== 'mime' || reportedOrigins.has(value.origin)) continue;
    reportedOrigins.add(value.origin);
    if (bytesCheckedBeside(check, model, operand)) continue;
    check.context.report({ node: operand, messageId: 'clientMimeType', data: { source: sourceCode.getText(value.origin) } });
  }
}

/**
 * `if (await detectActiveContent(filePath))` beside the MIME check, with `filePath` taken from the same upload: the
 * function hands the upload (or its path or bytes) to a check of its own, which reads the content.
 */
function bytesCheckedBeside(check: CheckContext, model: UploadModel, operand: TSESTree.Node): boolean {
  for (let fn = enclosingFunction(operand); fn; fn = enclosingFunction(fn)) {
    const body = fn.body;
    let checked = false;
    forEachNode(
      body,
      (node) => {
        if (checked || (isFunctionNode(node) && !contains(node, operand))) return false;
        if (node.type !== AST_NODE_TYPES.CallExpression || !inTest(node) || !isOwnCheck(check, node)) return undefined;
        checked = node.arguments.some((argument) => handsOverUpload(check, model, argument, 0));
        return undefined;
      },
      check.sourceCode.visitorKeys,
    );
    if (checked) return true;
  }
  return false;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** A call to the code's own function or method, not a string, array or collection test, a global, or a file existence probe. */
function isOwnCheck(check: CheckContext, call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return !isGlobalIdentifier(check.sourceCode, callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = memberKey(callee) ?? '';
  if (CHECK_METHODS.has(name) || FILE_PROBES.has(name)) return false;
  let root: TSESTree.Node = callee.object;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
  return !isGlobalIdentifier(check.sourceCode, root);
}

/** Whether an argument is the upload itself, or a path or buffer read from it (through bindings and calls). */
function handsOverUpload(check: CheckContext, model: UploadModel, node: TSESTree.Node, depth: number): boolean {
  if (depth > 3 || node.type === AST_NODE_TYPES.SpreadElement) return false;
  const target = unwrapExpression(node);
  const value = model.valueOf(target);
  if (value?.kind === 'upload') return true;
  if (value?.kind === 'client') return false;
  switch (target.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const object = model.valueOf(target.object);
      return object?.kind === 'upload' && object.file;
    }
    case AST_NODE_TYPES.AwaitExpression:
      return handsOverUpload(check, model, target.argument, depth + 1);
    case AST_NODE_TYPES.CallExpression:
      return target.arguments.some((argument) => handsOverUpload(check, model, argument, depth + 1));
    case AST_NODE_TYPES.Identifier: {
      const definition = ASTUtils.findVariable(check.sourceCode.getScope(target), target)?.defs[0];
      const init =
        definition?.type === TSESLint.Scope.DefinitionType.Variable && definition.node.id === definition.name ? definition.node.init : null;
      return init ? handsOverUpload(check, model, init, depth + 1) : false;
    }
    default:
      return false;
  }
}

/** `if (!EXTENSIONS[type])`, or `const ext = EXTENSIONS[type]; if (!ext) return ...`: a lookup that decides whether the upload goes on. */
function isTested(lookup: TSESTree.MemberExpression): boolean {
  if (inTest(lookup)) return true;
  const declarator = lookup.parent;
  if (
    declarator.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.init !== lookup ||
    declarator.id.type !== AST_NODE_TYPES.Identifier
  ) {
    return false;
  }
  const name = declarator.id.name;
  const fn = enclosingBlock(declarator);
  return fn !== undefined && testsIdentifier(fn, name, declarator);
}

function inTest(node: TSESTree.Node): boolean {
  let current = node;
  for (let step = 0; step < 6; step++) {
    const parent = current.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.AwaitExpression) {
      current = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') return true;
    if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && parent.test === current)
      return true;
    if (parent.type !== AST_NODE_TYPES.LogicalExpression && parent.type !== AST_NODE_TYPES.ChainExpression) return false;
    current = parent;
  }
  return false;
}

function enclosingBlock(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.BlockStatement || current.type === AST_NODE_TYPES.Program) return current;
  }
  return undefined;
}

/** A read of `name` in a test after `declarator`, within the same block. */
function testsIdentifier(block: TSESTree.Node, name: string, declarator: TSESTree.VariableDeclarator): boolean {
  if (block.type !== AST_NODE_TYPES.BlockStatement && block.type !== AST_NODE_TYPES.Program) return false;
  return block.body.some((statement) => {
    if (statement.range[0] < declarator.range[1] || statement.type !== AST_NODE_TYPES.IfStatement) return false;
    const test = unwrapExpression(statement.test);
    const operand = test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!' ? unwrapExpression(test.argument) : test;
    return operand.type === AST_NODE_TYPES.Identifier && operand.name === name;
  });
}
