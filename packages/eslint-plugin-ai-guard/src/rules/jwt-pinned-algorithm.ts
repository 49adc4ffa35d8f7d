import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { forEachFileNode, forEachNode } from '../analysis/ast-walk';
import { injectedServiceCalls } from '../analysis/injected-services';
import {
  callSitesOf,
  enclosingFunction,
  functionValue,
  isFunctionNode,
  parameterAt,
  parameterIndexOf,
  readsOfParameter,
  returnedExpressions,
  type FunctionNode,
} from '../analysis/local-functions';
import {
  findModuleReferences,
  isGlobalIdentifier,
  mayReferenceModules,
  valueUses,
  type ModuleReference,
} from '../analysis/module-references';
import { AST_NODE_TYPES } from '../analysis/node-types';
import { requestModel } from '../analysis/request-model';
import { runtimeAt } from '../analysis/runtime';
import {
  isMethodCall,
  isNullish,
  readArrayElements,
  readOption,
  resolveValue,
  staticBoolean,
  staticString,
  unwrapExpression,
  type OptionLookup,
} from '../analysis/static-values';
import { createValueFlow, memberKey, OPAQUE, type FlowDomain, type ValueFlow } from '../analysis/value-flow';
import { readsOfStoredValue } from '../analysis/value-references';
import { createRule, docsFor } from '../create-rule';
import {
  algorithmFamily,
  FAMILY_DEFAULTS,
  JWK_KEY_TYPES,
  JWT_LIBRARIES,
  KEY_FILE_READERS,
  KEY_SOURCES,
  PROMISIFIERS,
  type Decoded,
  type DecoderSpec,
  type Family,
  type JwtEntry,
  type KeySource,
  type Role,
  type SignerSpec,
  type VerifierSpec,
} from '../libraries/jwt';

export type Options = [{ reportUnresolved?: boolean; reportIgnoreExpiration?: boolean }];
export type MessageIds =
  | 'missingAlgorithms'
  | 'emptyAlgorithms'
  | 'algorithmsFromToken'
  | 'noneAlgorithm'
  | 'mixedAlgorithmFamilies'
  | 'signVerifyMismatch'
  | 'unverifiedDecode'
  | 'verificationDisabled'
  | 'ignoreExpiration'
  | 'unresolvedOptions'
  | 'addAllowlist';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

interface CheckContext {
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>;
  sourceCode: SourceCode;
  reportUnresolved: boolean;
  reportIgnoreExpiration: boolean;
  /** `messageId@start` of what was reported: options shared by several verifiers are reported once. */
  reported: Set<string>;
}

/** One verification: a verifier call, or a call of a wrapper around one. */
interface Verification {
  spec: VerifierSpec;
  /** The verifier call (`jwt.verify(...)`, `new Strategy(...)`), or a wrapper's call (`verifyAsync(...)` of `promisify(jwt.verify)`). */
  call: Call;
  /** Arguments a `.bind(...)` wrapper fixed: `call`'s arguments start this far into the verifier's. */
  shift: number;
  /** Options held somewhere other than `call`'s arguments (the object `registerAsync`'s factory returns). */
  options?: TSESTree.Node | 'unknown';
  /** The verifier reads its options from a parameter of a local function: this caller supplies them. */
  caller?: { fn: FunctionNode; site: TSESTree.CallExpression; index: number };
}

interface Signing {
  spec: SignerSpec;
  call: Call;
  algorithm: string | undefined;
  key: KeyInfo;
}

interface Decode {
  call: TSESTree.CallExpression;
  spec: DecoderSpec;
  label: string;
  returns: Decoded;
}

/** What a key shows: its algorithm family (and algorithm) when visible, and its text to match a signer's key with a verifier's. */
interface KeyInfo {
  family?: Family;
  algorithm?: string;
  text?: string;
}

/** What the collectors find in one file. */
interface Findings {
  verifications: Verification[];
  signings: Signing[];
  decodes: Map<TSESTree.Node, Decode>;
  /** The verify function read as a value (`promisify(jwt.verify)`, `jwt.verify.bind(jwt)`), by the read. */
  verifierValues: Map<TSESTree.Node, VerifierSpec>;
  disabled: { node: TSESTree.Node; library: string }[];
  /** Calls already collected, so one call found through two import styles counts once. */
  seen: Set<TSESTree.Node>;
}

/** What a decoded token's parts are, as they flow through the file. */
type TokenPart = 'token' | 'claims' | 'claim' | 'header' | 'alg';
interface TokenValue {
  part: TokenPart;
  origins: readonly Decode[];
}

interface JwtFile extends Findings {
  tokens: ValueFlow<TokenValue>;
}

type Collector<R extends Role> = (check: CheckContext, findings: Findings, entry: JwtEntry<R>, reference: ModuleReference<unknown>) => void;

export default createRule<Options, MessageIds>({
  name: 'jwt-pinned-algorithm',
  meta: {
    type: 'problem',
    docs: docsFor('jwt-pinned-algorithm'),
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportUnresolved: {
            type: 'boolean',
            description: 'Report verifications whose options cannot be read statically (imported or computed at run time).',
          },
          reportIgnoreExpiration: {
            type: 'boolean',
            description: 'Report `ignoreExpiration: true`, which accepts expired tokens forever. On in the strict config.',
          },
        },
      },
    ],
    messages: {
      missingAlgorithms:
        "{{library}} verifies a JWT without an algorithm allowlist, so the token's own `alg` header picks the check. Pin it: `{{allowlist}}`.",
      emptyAlgorithms:
        '{{library}} is given an empty algorithm allowlist, which pins nothing. List the one algorithm you sign with: `{{allowlist}}`.',
      algorithmsFromToken:
        '{{library}} takes its algorithm allowlist from the token being verified, so the attacker chooses it. Pin a constant: `{{allowlist}}`.',
      noneAlgorithm:
        '{{library}} accepts `{{algorithm}}`, which means an unsigned token passes verification. Remove it and list only the algorithm you sign with.',
      mixedAlgorithmFamilies:
        '{{library}} accepts both HMAC ({{symmetric}}) and public-key ({{asymmetric}}) algorithms, so a public key can be used as an HMAC secret to forge tokens. Keep one family.',
      signVerifyMismatch:
        '{{library}} accepts {{accepted}} but this file signs with `{{signed}}`, so its own tokens fail or the allowlist is stale. Verify with `["{{signed}}"]`.',
      unverifiedDecode:
        '{{decoder}} reads JWT claims without checking the signature, and they are used here as identity. Verify the token (e.g. `jwt.verify(token, key, { algorithms: [...] })`) and use its result.',
      verificationDisabled:
        '{{library}} is told to skip signature verification, so any forged token is accepted. Remove the flag and pin the algorithm.',
      ignoreExpiration:
        '{{library}} is set to `ignoreExpiration: true`, so stolen tokens never expire. Remove it, or accept a small `clockTolerance` instead.',
      unresolvedOptions:
        '{{library}} verifies a JWT with options that cannot be read statically, so the algorithm allowlist cannot be checked. Pass `algorithms` inline or from a const.',
      addAllowlist: 'Pin the accepted algorithms to `{{allowlist}}`.',
    },
  },
  defaultOptions: [{ reportUnresolved: false, reportIgnoreExpiration: false }],
  create(context, [options]) {
    // Every finding is on a use of a JWT library's module: a file that binds none needs no listener.
    if (!mayReferenceModules(context.sourceCode, JWT_LIBRARIES)) return {};
    const check: CheckContext = {
      context,
      sourceCode: context.sourceCode,
      reportUnresolved: options.reportUnresolved === true,
      reportIgnoreExpiration: options.reportIgnoreExpiration === true,
      reported: new Set(),
    };
    return {
      'Program:exit'() {
        checkFile(check);
      },
    };
  },
});

function checkFile(check: CheckContext): void {
  const references = findModuleReferences(check.sourceCode, JWT_LIBRARIES);
  if (references.length === 0) return;
  const file = analyseFile(check, references);
  for (const verification of file.verifications) checkVerification(check, file, verification);
  for (const { node, library } of file.disabled) report(check, { node, messageId: 'verificationDisabled', data: { library } });
  checkUnverifiedDecodes(check, file);
}

function analyseFile(check: CheckContext, references: readonly ModuleReference<JwtEntry>[]): JwtFile {
  const findings: Findings = {
    verifications: [],
    signings: [],
    decodes: new Map(),
    verifierValues: new Map(),
    disabled: [],
    seen: new Set(),
  };
  for (const reference of references) collect(check, findings, reference.info, reference);
  for (const verification of wrapperVerifications(check, findings)) addVerification(check, findings, verification);
  return { ...findings, tokens: createValueFlow(check.sourceCode, tokenDomain(findings)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Collectors: one per role of the library table.

const COLLECTORS: { [R in Role]: Collector<R> } = {
  verifier: (check, findings, entry, reference) => {
    const call = callOf(reference.node);
    if (call) addVerification(check, findings, { spec: entry.verifier, call, shift: 0 });
  },
  verifierFunction: (check, findings, entry, reference) => {
    for (const use of valueUses(check.sourceCode, reference)) {
      const parent = use.parent;
      // A direct call is a `verifier` reference; a plain alias (`const verify = jwt.verify`) is traced by the tracker.
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === use) continue;
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === use) continue;
      findings.verifierValues.set(use, entry.verifier);
    }
  },
  signer: (check, findings, entry, reference) => {
    const call = callOf(reference.node);
    if (call) addSigning(check, findings, entry.signer, call);
  },
  headerSigner: (check, findings, entry, reference) => {
    const construct = callOf(reference.node);
    if (construct) findings.signings.push(protectedHeaderSigning(check, entry.signer, construct));
  },
  decoder: (check, findings, entry, reference) => {
    const call = reference.node.type === AST_NODE_TYPES.CallExpression ? reference.node : undefined;
    if (call) addDecode(check, findings, call, entry.decoder, entry.decoder.label, call);
  },
  decoderFactory: (check, findings, entry, reference) => {
    const factory = reference.node.type === AST_NODE_TYPES.CallExpression ? reference.node : undefined;
    if (!factory) return;
    for (const read of readsOfStoredValue(check.sourceCode, factory)) {
      if (read.parent.type === AST_NODE_TYPES.CallExpression && read.parent.callee === read) {
        addDecode(check, findings, read.parent, entry.decoder, `the decoder from ${entry.decoder.label}`, factory);
      }
    }
  },
  optionalVerifier: (check, findings, entry, reference) => {
    const call = reference.node.type === AST_NODE_TYPES.CallExpression ? reference.node : undefined;
    if (!call) return;
    const noVerify = call.arguments[entry.noVerifyArgument];
    if (noVerify && staticBoolean(noVerify, check.sourceCode.getScope(call)) === true) {
      findings.disabled.push({ node: noVerify, library: entry.verifier.label });
      return;
    }
    addVerification(check, findings, { spec: entry.verifier, call, shift: 0 });
  },
  moduleOptions: (check, findings, entry, reference) => {
    const call = reference.node.type === AST_NODE_TYPES.CallExpression ? reference.node : undefined;
    if (!call) return;
    const options = entry.factory ? factoryOptions(check, call) : call.arguments[0];
    addVerification(check, findings, { spec: entry.verifier, call, shift: 0, options: options ?? 'unknown' });
    addSigning(check, findings, entry.signer, call, options ?? 'unknown');
  },
  service: (check, findings, entry, reference) => {
    for (const { call, method } of injectedServiceCalls(check.sourceCode, reference)) {
      const methodEntry = Object.hasOwn(entry.methods, method) ? entry.methods[method] : undefined;
      if (methodEntry)
        collect(check, findings, methodEntry, { node: call, path: [...reference.path, method], info: methodEntry, kind: 'call' });
    }
  },
  strategyMixin: (check, findings, entry, reference) => {
    const mixin = reference.node.type === AST_NODE_TYPES.CallExpression ? reference.node : undefined;
    const superCall = mixin && passportStrategySuperCall(check, mixin);
    if (superCall) addVerification(check, findings, { spec: entry.verifier, call: superCall, shift: 0 });
  },
  strategyClass: () => undefined,
  plugin: (check, findings, entry, reference) => {
    for (const call of registrations(check, reference, entry.registration)) {
      addVerification(check, findings, { spec: entry.verifier, call, shift: 0 });
      if (entry.signer) addSigning(check, findings, entry.signer, call);
    }
  },
};

function collect<R extends Role>(check: CheckContext, findings: Findings, entry: JwtEntry<R>, reference: ModuleReference<unknown>): void {
  const collector: Collector<R> = COLLECTORS[entry.role];
  collector(check, findings, entry, reference);
}

function callOf(node: TSESTree.Node): Call | undefined {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression ? node : undefined;
}

/**
 * Records a verification; one whose options are a parameter of a local function (`verifyAsync(token, options)`
 * wrapping `jwt.verify(token, key, options, cb)`) becomes one verification per caller, with that caller's options.
 */
function addVerification(check: CheckContext, findings: Findings, verification: Verification): void {
  if (findings.seen.has(verification.call)) return;
  findings.seen.add(verification.call);
  const argument =
    verification.options === undefined ? verifierArgument(check, verification, verification.spec.optionsArgument) : undefined;
  const bound = argument ? parameterOf(check.sourceCode, argument) : undefined;
  const sites = bound ? callSitesOf(check.sourceCode, bound.fn) : [];
  if (!bound || sites.length === 0) {
    findings.verifications.push(verification);
    return;
  }
  for (const site of sites) findings.verifications.push({ ...verification, caller: { fn: bound.fn, site, index: bound.index } });
}

function addSigning(check: CheckContext, findings: Findings, spec: SignerSpec, call: Call, options?: TSESTree.Node | 'unknown'): void {
  const scope = check.sourceCode.getScope(call);
  const argument = options ?? call.arguments[spec.optionsArgument];
  const key = keyOf(check, spec.key, call, argument);
  const algorithm = signedAlgorithm(check, spec, argument, scope);
  // Without an algorithm jsonwebtoken signs HS256, which a private key refuses: such a call says nothing.
  const known = algorithm.defaulted && key.family === 'public-key' ? undefined : algorithm.name;
  findings.signings.push({ spec, call, algorithm: known, key });
}

function signedAlgorithm(
  check: CheckContext,
  spec: SignerSpec,
  argument: TSESTree.Node | 'unknown' | undefined,
  scope: TSESLint.Scope.Scope,
): { name: string | undefined; defaulted: boolean } {
  if (argument === 'unknown') return { name: undefined, defaulted: false };
  const path = spec.path.length > 0 ? spec.path : argument && isObjectValue(argument, scope) ? spec.objectPath : undefined;
  if (!path) {
    if (!argument || isNullish(argument)) return { name: spec.defaultAlgorithm, defaulted: true };
    return { name: staticString(argument, scope), defaulted: false };
  }
  const lookup = readOption(argument, path, scope);
  if (lookup.kind === 'absent') return { name: spec.defaultAlgorithm, defaulted: true };
  return { name: lookup.kind === 'present' ? staticString(lookup.value, scope) : undefined, defaulted: false };
}

/** jose's `new SignJWT(claims).setProtectedHeader({ alg }).setIssuedAt().sign(key)`: the algorithm and key come from the chain. */
function protectedHeaderSigning(check: CheckContext, spec: SignerSpec, construct: Call): Signing {
  let algorithm: string | undefined;
  let key: KeyInfo = {};
  for (let current: TSESTree.Node = construct; ;) {
    const member: TSESTree.Node | undefined = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) break;
    const call: TSESTree.Node = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) break;
    const scope = check.sourceCode.getScope(call);
    if (isMethodCall(call, 'setProtectedHeader')) {
      const alg = readOption(call.arguments[0], spec.path, scope);
      algorithm = alg.kind === 'present' ? staticString(alg.value, scope) : undefined;
    }
    if (isMethodCall(call, 'sign')) key = keyOf(check, spec.key, call, undefined);
    current = call;
  }
  return { spec, call: construct, algorithm, key };
}

function addDecode(
  check: CheckContext,
  findings: Findings,
  call: TSESTree.CallExpression,
  spec: DecoderSpec,
  label: string,
  optionsCall: TSESTree.CallExpression,
): void {
  if (findings.decodes.has(call)) return;
  const scope = check.sourceCode.getScope(optionsCall);
  let returns = spec.returns;
  for (const option of spec.switches ?? []) {
    const lookup = readOption(optionsCall.arguments[option.argument], option.path, scope);
    if (lookup.kind === 'present' && staticBoolean(lookup.value, scope) === true) returns = option.returns;
  }
  findings.decodes.set(call, { call, spec, label, returns });
}

/** `registerAsync({ useFactory: (config) => ({ ... }) })`: the options are what the factory returns. */
function factoryOptions(check: CheckContext, call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const factory = readOption(call.arguments[0], ['useFactory'], check.sourceCode.getScope(call));
  const fn = factory.kind === 'present' ? functionValue(check.sourceCode, factory.value) : undefined;
  return fn ? returnedExpressions(fn, { nested: true }).at(-1) : undefined;
}

/** `class JwtStrategy extends PassportStrategy(Strategy) { constructor() { super({ ... }) } }`, for passport-jwt's `Strategy`. */
function passportStrategySuperCall(check: CheckContext, mixin: TSESTree.CallExpression): TSESTree.CallExpression | undefined {
  const strategy = mixin.arguments[0];
  if (!strategy || !isPassportJwtStrategy(check, strategy)) return undefined;
  const classNode = mixin.parent;
  if (
    (classNode.type !== AST_NODE_TYPES.ClassDeclaration && classNode.type !== AST_NODE_TYPES.ClassExpression) ||
    classNode.superClass !== mixin
  ) {
    return undefined;
  }
  const constructor = classNode.body.body.find(
    (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor',
  );
  for (const statement of constructor?.value.body?.body ?? []) {
    if (
      statement.type === AST_NODE_TYPES.ExpressionStatement &&
      statement.expression.type === AST_NODE_TYPES.CallExpression &&
      statement.expression.callee.type === AST_NODE_TYPES.Super
    ) {
      return statement.expression;
    }
  }
  return undefined;
}

function isPassportJwtStrategy(check: CheckContext, node: TSESTree.Node): boolean {
  return findModuleReferences(check.sourceCode, JWT_LIBRARIES).some(
    (reference) => reference.info.role === 'strategyClass' && valueUses(check.sourceCode, reference).includes(node),
  );
}

/** Where a plugin is registered with its options: `fastify.register(jwt, options)`, or hapi's `server.auth.strategy(name, "jwt", options)`. */
function registrations(
  check: CheckContext,
  reference: ModuleReference<unknown>,
  registration: 'fastify-register' | 'hapi-strategy',
): Call[] {
  if (registration === 'fastify-register') {
    return valueUses(check.sourceCode, reference).flatMap((use) => {
      const register = use.parent;
      return register?.type === AST_NODE_TYPES.CallExpression && register.arguments[0] === use && isMethodCall(register, 'register')
        ? [register]
        : [];
    });
  }
  const found: Call[] = [];
  forEachFileNode(check.sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || !isMethodCall(node, 'strategy')) return;
    const callee = unwrapExpression(node.callee);
    const scheme = node.arguments[1];
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.object.type === AST_NODE_TYPES.MemberExpression &&
      memberKey(callee.object) === 'auth' &&
      scheme &&
      staticString(scheme, check.sourceCode.getScope(node)) === 'jwt'
    ) {
      found.push(node);
    }
  });
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Wrappers: the verify function handed to `promisify` or `.bind`, called under another name.

interface VerifierValue {
  spec: VerifierSpec;
  shift: number;
}

function wrapperVerifications(check: CheckContext, findings: Findings): Verification[] {
  if (findings.verifierValues.size === 0) return [];
  const promisifiers = new Set(findModuleReferences(check.sourceCode, PROMISIFIERS).map((reference) => reference.node));
  const flow = createValueFlow<VerifierValue>(check.sourceCode, {
    source: (node) => {
      const spec = findings.verifierValues.get(node);
      return spec ? { spec, shift: 0 } : undefined;
    },
    call: (call, context) => {
      if (call.type !== AST_NODE_TYPES.CallExpression || !promisifiers.has(call)) return undefined;
      const [wrapped] = call.arguments;
      if (!wrapped) return undefined;
      return context.valueOf(wrapped) ?? OPAQUE;
    },
    // `jwt.verify.bind(jwt)` fixes `this`; any further argument fixes one of the verifier's.
    method: (receiver, name, call) =>
      name === 'bind' ? { spec: receiver.spec, shift: receiver.shift + Math.max(0, call.arguments.length - 1) } : undefined,
    member: () => undefined,
    join: (values) => values[0],
  });
  const found: Verification[] = [];
  forEachFileNode(check.sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || findings.seen.has(node)) return;
    const value = flow.valueOf(node.callee);
    if (value) found.push({ spec: value.spec, call: node, shift: value.shift });
  });
  return found;
}

/** The verifier's argument at `index`, as the code that supplies it wrote it (a wrapper's caller, when there is one). */
function verifierArgument(check: CheckContext, verification: Verification, index: number): TSESTree.Node | undefined {
  const argument = verification.call.arguments[index - verification.shift];
  if (!argument || !verification.caller) return argument;
  const bound = parameterOf(check.sourceCode, argument);
  return bound?.fn === verification.caller.fn ? verification.caller.site.arguments[bound.index] : argument;
}

/** The identifier names a parameter of a function declared in this file: `options` in `function verify(token, options)`. */
function parameterOf(sourceCode: SourceCode, node: TSESTree.Node): { fn: FunctionNode; index: number } | undefined {
  const target = unwrapExpression(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== TSESLint.Scope.DefinitionType.Parameter || !isFunctionNode(definition.node)) return undefined;
  const fn = definition.node;
  const index = parameterIndexOf(fn, definition.name);
  return parameterAt(fn, index)?.name === target.name ? { fn, index } : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Options: read inline, through consts and spreads, `Object.freeze`, and properties assigned before the call.

type Lookup = { kind: 'present'; value: TSESTree.Node; at: TSESTree.Node } | { kind: 'absent' } | { kind: 'unknown' };

function optionsOf(check: CheckContext, verification: Verification): TSESTree.Node | 'unknown' | undefined {
  if (verification.options !== undefined) return verification.options;
  const argument = verifierArgument(check, verification, verification.spec.optionsArgument);
  // jsonwebtoken's `verify(token, key, callback)` takes the callback where options would be.
  return argument && functionValue(check.sourceCode, argument) ? undefined : argument;
}

/** The object literal options resolve to (through consts and `Object.freeze`), or the options themselves. */
function optionsObject(check: CheckContext, options: TSESTree.Node): TSESTree.Node {
  const scope = check.sourceCode.getScope(options);
  const resolved = resolveValue(options, scope);
  if (
    resolved.type === AST_NODE_TYPES.CallExpression &&
    resolved.callee.type === AST_NODE_TYPES.MemberExpression &&
    isGlobalIdentifier(check.sourceCode, resolved.callee.object, 'Object') &&
    memberKey(resolved.callee) === 'freeze' &&
    resolved.arguments[0]
  ) {
    return resolveValue(resolved.arguments[0], scope);
  }
  return resolved;
}

function lookupOption(
  check: CheckContext,
  options: TSESTree.Node | 'unknown' | undefined,
  path: readonly string[],
  before: TSESTree.Node,
): Lookup {
  if (options === 'unknown') return { kind: 'unknown' };
  if (!options) return { kind: 'absent' };
  const [first, ...rest] = path;
  if (first === undefined) return { kind: 'unknown' };
  const scope = check.sourceCode.getScope(options);
  const stored = storedProperty(check, options, first, before);
  if (stored === 'unknown') return { kind: 'unknown' };
  if (stored)
    return rest.length === 0
      ? { kind: 'present', value: stored.right, at: stored }
      : fromOptionLookup(readOption(stored.right, rest, scope));
  return fromOptionLookup(readOption(optionsObject(check, options), path, scope));
}

function fromOptionLookup(lookup: OptionLookup): Lookup {
  return lookup.kind === 'present' ? { kind: 'present', value: lookup.value, at: lookup.property } : lookup;
}

/** `const opts = {}; opts.algorithms = [...]` before the call: the last such assignment of `key`, or unknown after a computed one. */
function storedProperty(
  check: CheckContext,
  options: TSESTree.Node,
  key: string,
  before: TSESTree.Node,
): TSESTree.AssignmentExpression | 'unknown' | undefined {
  const target = unwrapExpression(options);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(check.sourceCode.getScope(target), target);
  let stored: TSESTree.AssignmentExpression | 'unknown' | undefined;
  for (const reference of variable?.references ?? []) {
    const read = reference.identifier;
    if (read.range[1] > before.range[0]) continue;
    const parent = read.parent;
    if (
      parent?.type === AST_NODE_TYPES.CallExpression &&
      parent.arguments[0] === read &&
      parent.callee.type === AST_NODE_TYPES.MemberExpression &&
      isGlobalIdentifier(check.sourceCode, parent.callee.object, 'Object') &&
      memberKey(parent.callee) === 'assign'
    ) {
      return 'unknown';
    }
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== read) continue;
    const assignment = parent.parent;
    if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== parent || assignment.operator !== '=') continue;
    const name = memberKey(parent);
    if (name === undefined) stored = 'unknown';
    else if (name === key && stored !== 'unknown') stored = assignment;
  }
  return stored;
}

function isObjectValue(node: TSESTree.Node, scope: TSESLint.Scope.Scope): boolean {
  return resolveValue(node, scope).type === AST_NODE_TYPES.ObjectExpression;
}

/** Where the allowlist is: inside the options, or the positional argument itself (or its `{ alg }` object form). */
function allowlistLookup(check: CheckContext, verification: Verification): Lookup {
  const { spec, call } = verification;
  const options = optionsOf(check, verification);
  if (spec.path.length > 0) return lookupOption(check, options, spec.path, call);
  if (options === 'unknown') return { kind: 'unknown' };
  if (!options) return { kind: 'absent' };
  if (spec.objectPath && isObjectValue(options, check.sourceCode.getScope(options)))
    return lookupOption(check, options, spec.objectPath, call);
  return isNullish(options) ? { kind: 'absent' } : { kind: 'present', value: options, at: options };
}

// ---------------------------------------------------------------------------------------------------------------
// Keys: the algorithm family a key shows, so a verifier is only compared with signers of its own family.

function keyOf(check: CheckContext, source: KeySource, call: Call, options: TSESTree.Node | 'unknown' | undefined): KeyInfo {
  if (source.kind === 'argument') {
    const key = call.arguments[source.index];
    return key ? describeKey(check, key) : {};
  }
  for (const option of source.options) {
    const lookup = lookupOption(check, options, option.path, call);
    if (lookup.kind === 'unknown') return {};
    if (lookup.kind === 'absent') continue;
    const described = describeKey(check, lookup.value);
    return option.family ? { ...described, family: option.family } : described;
  }
  return {};
}

function verifierKey(check: CheckContext, verification: Verification): KeyInfo {
  const { spec } = verification;
  if (spec.key.kind === 'argument') {
    const key = verifierArgument(check, verification, spec.key.index);
    return key ? describeKey(check, key) : {};
  }
  const options = optionsOf(check, verification);
  const call = verification.caller?.site ?? verification.call;
  return keyOf(check, spec.key, call, options);
}

function describeKey(check: CheckContext, node: TSESTree.Node): KeyInfo {
  const resolved = resolveValue(node, check.sourceCode.getScope(node));
  return { ...keyFamily(check, node, 0), text: check.sourceCode.getText(resolved) };
}

const KEY_NAME = /public|private|pem|cert|jwks|x509|spki|pkcs/i;

/** A PEM, a JWK, a key object or JWKS lookup, a key file, a key-returning callback: public-key; a plain string or encoded secret: HMAC. */
function keyFamily(check: CheckContext, node: TSESTree.Node, depth: number): Omit<KeyInfo, 'text'> {
  if (depth > 4) return {};
  const { sourceCode } = check;
  const scope = sourceCode.getScope(node);
  let value = resolveValue(node, scope);
  while (value.type === AST_NODE_TYPES.AwaitExpression) value = resolveValue(value.argument, scope);
  const fn = functionValue(sourceCode, value);
  if (fn) return functionKeyFamily(check, fn, depth);
  const text = staticString(value, scope);
  if (text !== undefined) return { family: text.includes('-----BEGIN') ? 'public-key' : 'hmac' };
  if (value.type === AST_NODE_TYPES.TemplateLiteral) {
    return { family: value.quasis.some((quasi) => quasi.value.raw.includes('-----BEGIN')) ? 'public-key' : 'hmac' };
  }
  if (value.type === AST_NODE_TYPES.ObjectExpression) return jwkFamily(check, value, depth);
  if (value.type === AST_NODE_TYPES.CallExpression || value.type === AST_NODE_TYPES.NewExpression) {
    const fromCall = keyCallFamily(check, value, depth);
    if (fromCall.family) return fromCall;
  }
  return KEY_NAME.test(keyName(value)) ? { family: 'public-key' } : {};
}

/**
 * A key callback: what it returns or hands its callback (`callback(null, key.getPublicKey())`); otherwise jsonwebtoken's
 * `getKey(header, callback)` shape, which looks a key up by `kid` in a JWKS. `async () => secret` shows nothing.
 */
function functionKeyFamily(check: CheckContext, fn: FunctionNode, depth: number): Omit<KeyInfo, 'text'> {
  for (const returned of returnedExpressions(fn, { nested: true })) {
    const family = keyFamily(check, returned, depth + 1);
    if (family.family) return family;
  }
  const callback = parameterAt(fn, 1);
  for (const read of callback ? readsOfParameter(check.sourceCode, fn, callback) : []) {
    const handed = read.parent.type === AST_NODE_TYPES.CallExpression && read.parent.callee === read ? read.parent.arguments[1] : undefined;
    const family = handed ? keyFamily(check, handed, depth + 1) : {};
    if (family.family) return family;
  }
  return fn.params.length >= 2 ? { family: 'public-key' } : {};
}

function jwkFamily(check: CheckContext, object: TSESTree.ObjectExpression, depth: number): Omit<KeyInfo, 'text'> {
  const scope = check.sourceCode.getScope(object);
  const read = (key: string) => {
    const lookup = readOption(object, [key], scope);
    return lookup.kind === 'present' ? lookup.value : undefined;
  };
  const alg = read('alg');
  const algorithm = alg && staticString(alg, scope);
  if (algorithm) return { family: algorithmFamily(algorithm), algorithm };
  const kty = read('kty');
  const keyType = kty && staticString(kty, scope);
  const known = keyType && Object.hasOwn(JWK_KEY_TYPES, keyType) ? JWK_KEY_TYPES[keyType] : undefined;
  if (known) return known;
  // `{ public, private }` (@fastify/jwt), `{ key, passphrase }` (Node's key options).
  const inner = read('public') ?? read('private') ?? read('key');
  return inner ? keyFamily(check, inner, depth + 1) : {};
}

function keyCallFamily(check: CheckContext, call: Call, depth: number): Omit<KeyInfo, 'text'> {
  const { sourceCode } = check;
  const known = findModuleReferences(sourceCode, KEY_SOURCES).find((reference) => reference.node === call);
  if (known) return { family: known.info };
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = memberKey(callee);
    // `new TextEncoder().encode(secret)`: jose's HMAC secret.
    const receiver = unwrapExpression(callee.object);
    if (
      method === 'encode' &&
      receiver.type === AST_NODE_TYPES.NewExpression &&
      isGlobalIdentifier(sourceCode, receiver.callee, 'TextEncoder')
    ) {
      return { family: 'hmac' };
    }
    // jwks-rsa's signing key: `key.getPublicKey()`.
    if (method === 'getPublicKey') return { family: 'public-key' };
    // `Buffer.from(process.env.PUBLIC_KEY, "base64")`, `readFileSync(path).toString()`.
    if (method === 'from' && isGlobalIdentifier(sourceCode, receiver, 'Buffer') && call.arguments[0]) {
      return keyFamily(check, call.arguments[0], depth + 1);
    }
    if (method === 'toString' && receiver.type === AST_NODE_TYPES.CallExpression) return keyCallFamily(check, receiver, depth + 1);
  }
  const [path] = call.arguments;
  const readsFile = findModuleReferences(sourceCode, KEY_FILE_READERS).some((reference) => reference.node === call);
  if (readsFile && path && /\.(?:pem|pub|crt|cer|key)\b|public|private|cert/i.test(sourceCode.getText(path)))
    return { family: 'public-key' };
  return {};
}

/** The name a key is read under (`publicKey`, `process.env.JWT_PUBLIC_KEY`, `config.jwt.cert`). */
function keyName(node: TSESTree.Node): string {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberKey(node) ?? '';
  return '';
}

/**
 * The signers a verifier answers to: those that sign with the same key when there are any, otherwise those of the
 * family the verifier accepts (or its key shows). `unsound` when one of them could sign anything.
 */
function comparableSigners(
  check: CheckContext,
  file: JwtFile,
  verification: Verification,
  family: Family | undefined,
): { algorithms: Set<string>; unsound: boolean } {
  const key = verifierKey(check, verification);
  const sameKey = key.text === undefined ? [] : file.signings.filter((signing) => signing.key.text === key.text);
  const pool =
    sameKey.length > 0
      ? sameKey
      : family
        ? file.signings.filter((signing) => {
            const signed = signing.algorithm ? algorithmFamily(signing.algorithm) : signing.key.family;
            return signed === undefined || signed === family;
          })
        : file.signings;
  const algorithms = new Set(pool.flatMap((signing) => (signing.algorithm ? [signing.algorithm] : [])));
  return { algorithms, unsound: pool.some((signing) => signing.algorithm === undefined) };
}

/** The algorithm a suggestion pins: the one this verifier's signers use, else the one its key shows, else HS256. */
function suggestedAlgorithm(check: CheckContext, file: JwtFile, verification: Verification): string {
  const key = verifierKey(check, verification);
  const { algorithms, unsound } = comparableSigners(check, file, verification, key.family);
  const [only] = algorithms;
  if (!unsound && algorithms.size === 1 && only && (key.family === undefined || algorithmFamily(only) === key.family)) return only;
  return key.algorithm ?? FAMILY_DEFAULTS[key.family ?? 'hmac'];
}

function allowlistText(spec: VerifierSpec, algorithm: string): string {
  return spec.allowlist === 'single' ? `"${algorithm}"` : `["${algorithm}"]`;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks

function checkVerification(check: CheckContext, file: JwtFile, verification: Verification): void {
  const { spec } = verification;
  const library = spec.label;
  checkIgnoreExpiration(check, verification);
  const lookup = allowlistLookup(check, verification);
  if (lookup.kind === 'unknown') {
    const options = optionsOf(check, verification);
    const node = options && options !== 'unknown' ? options : verification.call;
    if (check.reportUnresolved) report(check, { node, messageId: 'unresolvedOptions', data: { library } });
    return;
  }
  if (lookup.kind === 'absent') {
    if (spec.reportMissing && !headerGuarded(check, file, verification)) reportMissing(check, file, verification);
    return;
  }
  const allowlistNode = lookup.value;
  const algorithms = readAllowlist(check, file, allowlistNode, spec.allowlist);
  const allowlist = () => allowlistText(spec, suggestedAlgorithm(check, file, verification));
  if (algorithms === 'from-token') {
    report(check, { node: allowlistNode, messageId: 'algorithmsFromToken', data: { library, allowlist: allowlist() } });
    return;
  }
  if (algorithms === 'unknown') {
    if (check.reportUnresolved) report(check, { node: allowlistNode, messageId: 'unresolvedOptions', data: { library } });
    return;
  }
  if (algorithms.length === 0) {
    report(check, { node: allowlistNode, messageId: 'emptyAlgorithms', data: { library, allowlist: allowlist() } });
    return;
  }
  const none = algorithms.find((algorithm) => algorithm.name.toLowerCase() === 'none');
  if (none) {
    report(check, { node: none.node, messageId: 'noneAlgorithm', data: { library, algorithm: none.name } });
    return;
  }
  const symmetric = algorithms.filter((algorithm) => algorithmFamily(algorithm.name) === 'hmac').map((algorithm) => algorithm.name);
  const asymmetric = algorithms.filter((algorithm) => algorithmFamily(algorithm.name) === 'public-key').map((algorithm) => algorithm.name);
  if (symmetric.length > 0 && asymmetric.length > 0) {
    report(check, {
      node: allowlistNode,
      messageId: 'mixedAlgorithmFamilies',
      data: { library, symmetric: symmetric.join(', '), asymmetric: asymmetric.join(', ') },
    });
    return;
  }
  checkSignedAlgorithm(check, file, verification, algorithms, allowlistNode);
}

/**
 * The token's own header is checked against constants before it is verified (`if (alg !== "HS256") return;`, or the
 * call inside `if (header.alg === "RS256") { ... }`): the guard pins the algorithm as an allowlist would.
 */
function headerGuarded(check: CheckContext, file: JwtFile, verification: Verification): boolean {
  const index = verification.spec.tokenArgument;
  const token = index === undefined ? undefined : verifierArgument(check, verification, index);
  if (!token) return false;
  const tokenText = check.sourceCode.getText(token);
  const fn = enclosingFunction(verification.call);
  for (let node: TSESTree.Node = verification.call; node.parent && node !== fn; node = node.parent) {
    const parent: TSESTree.Node = node.parent;
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.consequent === node && pinsHeader(check, file, parent.test, tokenText, true)) {
      return true;
    }
    if (parent.type !== AST_NODE_TYPES.BlockStatement && parent.type !== AST_NODE_TYPES.Program) continue;
    for (const statement of parent.body) {
      if (statement === node) break;
      if (containsExitingGuard(check, file, statement, tokenText)) return true;
    }
  }
  return false;
}

/** `if (<the header's alg is not one of some constants>) return/throw`, here or inside an earlier `try` block. */
function containsExitingGuard(check: CheckContext, file: JwtFile, statement: TSESTree.Node, tokenText: string): boolean {
  let found = false;
  forEachNode(
    statement,
    (node) => {
      if (found || isFunctionNode(node)) return false;
      if (
        node.type === AST_NODE_TYPES.IfStatement &&
        alwaysExits(node.consequent) &&
        pinsHeader(check, file, node.test, tokenText, false)
      ) {
        found = true;
      }
      return undefined;
    },
    check.sourceCode.visitorKeys,
  );
  return found;
}

function alwaysExits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  const last = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body.at(-1) : undefined;
  return last !== undefined && alwaysExits(last);
}

/** A test that holds only for listed algorithms (`whenTrue`), or only for others (`!whenTrue`), of this token's header. */
function pinsHeader(check: CheckContext, file: JwtFile, test: TSESTree.Node, tokenText: string, whenTrue: boolean): boolean {
  const node = unwrapExpression(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!')
    return pinsHeader(check, file, node.argument, tokenText, !whenTrue);
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    // Any failing part of `a || b` rejects, as does any part of `a && b` that must hold.
    if (node.operator === (whenTrue ? '&&' : '||')) {
      return pinsHeader(check, file, node.left, tokenText, whenTrue) || pinsHeader(check, file, node.right, tokenText, whenTrue);
    }
    return false;
  }
  const isHeaderAlg = (side: TSESTree.Node) => {
    const value = file.tokens.valueOf(side);
    return (
      value?.part === 'alg' &&
      value.origins.some((origin) => origin.call.arguments[0] && check.sourceCode.getText(origin.call.arguments[0]) === tokenText)
    );
  };
  const scope = check.sourceCode.getScope(node);
  if (node.type === AST_NODE_TYPES.BinaryExpression) {
    const equal = node.operator === '===' || node.operator === '==';
    if (!equal && node.operator !== '!==' && node.operator !== '!=') return false;
    if (equal !== whenTrue) return false;
    return (
      (isHeaderAlg(node.left) && staticString(node.right, scope) !== undefined) ||
      (isHeaderAlg(node.right) && staticString(node.left, scope) !== undefined)
    );
  }
  if (node.type === AST_NODE_TYPES.CallExpression && whenTrue && isMethodCall(node, 'includes')) {
    const callee = unwrapExpression(node.callee);
    const [argument] = node.arguments;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !argument || !isHeaderAlg(argument)) return false;
    const listed = readArrayElements(callee.object, scope);
    return listed.kind === 'array' && listed.elements.every((element) => staticString(element, scope) !== undefined);
  }
  return false;
}

function checkSignedAlgorithm(
  check: CheckContext,
  file: JwtFile,
  verification: Verification,
  algorithms: readonly { name: string }[],
  allowlistNode: TSESTree.Node,
): void {
  const [first] = algorithms;
  if (!first) return;
  const { algorithms: signed, unsound } = comparableSigners(check, file, verification, algorithmFamily(first.name));
  const [only] = signed;
  if (unsound || signed.size !== 1 || !only || algorithms.some((algorithm) => algorithm.name === only)) return;
  report(check, {
    node: allowlistNode,
    messageId: 'signVerifyMismatch',
    data: {
      library: verification.spec.label,
      accepted: algorithms.map((algorithm) => `\`${algorithm.name}\``).join(', '),
      signed: only,
    },
  });
}

function checkIgnoreExpiration(check: CheckContext, verification: Verification): void {
  const path = verification.spec.expirationPath;
  if (!check.reportIgnoreExpiration || !path) return;
  const lookup = lookupOption(check, optionsOf(check, verification), path, verification.call);
  if (lookup.kind === 'present' && staticBoolean(lookup.value, check.sourceCode.getScope(lookup.value)) === true) {
    report(check, { node: lookup.at, messageId: 'ignoreExpiration', data: { library: verification.spec.label } });
  }
}

function readAllowlist(
  check: CheckContext,
  file: JwtFile,
  node: TSESTree.Node,
  form: VerifierSpec['allowlist'],
): { name: string; node: TSESTree.Node }[] | 'unknown' | 'from-token' {
  const scope = check.sourceCode.getScope(node);
  const lookup = form === 'single' ? { kind: 'array' as const, elements: [node] } : readArrayElements(node, scope);
  if (lookup.kind === 'unknown') return file.tokens.valueOf(node)?.part === 'alg' ? 'from-token' : 'unknown';
  const algorithms: { name: string; node: TSESTree.Node }[] = [];
  for (const element of lookup.elements) {
    const name = staticString(element, scope);
    if (name === undefined) return file.tokens.valueOf(element)?.part === 'alg' ? 'from-token' : 'unknown';
    algorithms.push({ name, node: element });
  }
  return algorithms;
}

function reportMissing(check: CheckContext, file: JwtFile, verification: Verification): void {
  const options = optionsOf(check, verification);
  const object = options && options !== 'unknown' ? optionsObject(check, options) : undefined;
  const target = object?.type === AST_NODE_TYPES.ObjectExpression ? object : (verification.caller?.site ?? verification.call).callee;
  const allowlist = allowlistText(verification.spec, suggestedAlgorithm(check, file, verification));
  report(check, {
    node: target,
    messageId: 'missingAlgorithms',
    data: { library: verification.spec.label, allowlist },
    suggest: [{ messageId: 'addAllowlist', data: { allowlist }, fix: (fixer) => allowlistFix(check, fixer, verification, allowlist) }],
  });
}

/** Adds the allowlist where the verifier reads it: into the options object, as a new options argument, or as the positional argument. */
function allowlistFix(
  check: CheckContext,
  fixer: TSESLint.RuleFixer,
  verification: Verification,
  allowlist: string,
): TSESLint.RuleFix | null {
  const { spec } = verification;
  const options = optionsOf(check, verification);
  if (options === 'unknown') return null;
  const object = options ? optionsObject(check, options) : undefined;
  if (spec.path.length > 0 && object?.type === AST_NODE_TYPES.ObjectExpression)
    return insertProperty(fixer, object, nestedProperty(spec.path, allowlist));
  if (options && !isNullish(options)) return null;
  const call = verification.caller?.site ?? verification.call;
  const index = verification.caller ? verification.caller.index : spec.optionsArgument - verification.shift;
  const written = spec.path.length > 0 ? `{ ${nestedProperty(spec.path, allowlist)} }` : allowlist;
  const existing = call.arguments[index];
  if (existing && options !== undefined) return fixer.replaceText(existing, written);
  // jsonwebtoken's callback stays last: the options go before it.
  if (existing) return spec.path.length > 0 ? fixer.insertTextBefore(existing, `${written}, `) : null;
  const fillers = (spec.fillerArguments ?? []).slice(call.arguments.length - index + (spec.fillerArguments?.length ?? 0));
  const last = call.arguments[call.arguments.length - 1];
  if (!last || call.arguments.length + fillers.length !== index) return null;
  return fixer.insertTextAfter(last, `, ${[...fillers, written].join(', ')}`);
}

function nestedProperty(path: readonly string[], allowlist: string): string {
  const [first, ...rest] = path;
  if (rest.length === 0) return `${first}: ${allowlist}`;
  return `${first}: { ${nestedProperty(rest, allowlist)} }`;
}

function insertProperty(fixer: TSESLint.RuleFixer, object: TSESTree.ObjectExpression, property: string): TSESLint.RuleFix {
  const firstProperty = object.properties[0];
  if (!firstProperty) return fixer.replaceText(object, `{ ${property} }`);
  return fixer.insertTextBefore(firstProperty, `${property}, `);
}

function report(check: CheckContext, descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }): void {
  const key = `${descriptor.messageId}@${descriptor.node.range[0]}:${descriptor.node.range[1]}`;
  if (check.reported.has(key)) return;
  check.reported.add(key);
  check.context.report(descriptor);
}

// ---------------------------------------------------------------------------------------------------------------
// Claims of a token that was only decoded, followed by the value-flow engine to where they decide identity.

/** Registered claims and token metadata that say when and by whom a token was issued: reading them grants nothing. */
const NON_IDENTITY_CLAIMS = new Set(['exp', 'iat', 'nbf', 'jti', 'iss', 'aud', 'typ']);
const PART_RANK: Readonly<Record<TokenPart, number>> = { claim: 5, claims: 4, token: 3, header: 2, alg: 1 };
const CONVERSIONS = new Set(['String', 'Number', 'Boolean', 'BigInt']);
const COMPARISONS = new Set(['===', '!==', '==', '!=', '<', '<=', '>', '>=']);

function tokenDomain(findings: Findings): FlowDomain<TokenValue> {
  return {
    source: (node) => {
      const decode = findings.decodes.get(node);
      return decode ? { part: decode.returns, origins: [decode] } : undefined;
    },
    member: (value, key) => {
      const part = memberPart(value.part, key);
      return part ? { part, origins: value.origins } : undefined;
    },
    method: (receiver) => (receiver.part === 'claim' ? receiver : undefined),
    call: (call, context) => {
      if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const [argument] = call.arguments;
      if (!argument || !isGlobalIdentifier(context.sourceCode, call.callee) || !CONVERSIONS.has(call.callee.name)) return undefined;
      const converted = context.valueOf(argument);
      return converted?.part === 'claim' ? converted : OPAQUE;
    },
    join: (values) => {
      const best = values.reduce((top, value) => (PART_RANK[value.part] > PART_RANK[top.part] ? value : top));
      return { part: best.part, origins: [...new Set(values.flatMap((value) => value.origins))] };
    },
  };
}

function memberPart(part: TokenPart, key: string | undefined): TokenPart | undefined {
  switch (part) {
    case 'token':
      if (key === 'payload') return 'claims';
      return key === 'header' ? 'header' : undefined;
    case 'claims':
      if (key === 'payload') return 'claims';
      if (key === 'header') return 'header';
      return key !== undefined && NON_IDENTITY_CLAIMS.has(key) ? undefined : 'claim';
    case 'claim':
      return 'claim';
    case 'header':
      return key === 'alg' ? 'alg' : undefined;
    case 'alg':
      return undefined;
  }
}

/**
 * Where decoded claims decide who the caller is: returned, stored on an object (`req.user = claims`), compared,
 * tested in a condition, or checked with `.includes`. `value` uses count the whole claims object; `claim` uses only
 * a claim read from it (`if (!decoded)` checks that decoding worked, `if (decoded.admin)` grants something).
 */
function identityUses(node: TSESTree.Node): [TSESTree.Node, 'value' | 'claim'][] {
  switch (node.type) {
    case AST_NODE_TYPES.ReturnStatement:
      return node.argument ? [[node.argument, 'value']] : [];
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return node.expression ? [[node.body, 'value']] : [];
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '=' && node.left.type === AST_NODE_TYPES.MemberExpression ? [[node.right, 'value']] : [];
    case AST_NODE_TYPES.BinaryExpression:
      return COMPARISONS.has(node.operator) ? [node.left, node.right].map((side) => [side, 'claim']) : [];
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
      return conditionLeaves(node.test).map((leaf) => [leaf, 'claim']);
    case AST_NODE_TYPES.SwitchStatement:
      return [[node.discriminant, 'claim']];
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(node.callee);
      if (!isMethodCall(node, 'includes') || callee.type !== AST_NODE_TYPES.MemberExpression) return [];
      return [callee.object, ...node.arguments].map((part) => [part, 'claim']);
    }
    default:
      return [];
  }
}

/** The operands a condition tests: through `!`, `&&`, `||` and `??` (comparisons are uses of their own). */
function conditionLeaves(test: TSESTree.Node): TSESTree.Node[] {
  const node = unwrapExpression(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return conditionLeaves(node.argument);
  if (node.type === AST_NODE_TYPES.LogicalExpression) return [...conditionLeaves(node.left), ...conditionLeaves(node.right)];
  return node.type === AST_NODE_TYPES.BinaryExpression ? [] : [node];
}

function checkUnverifiedDecodes(check: CheckContext, file: JwtFile): void {
  // UI code decodes a token to show who is signed in; the server it talks to verifies it. A component module's
  // server-only exports (a Remix `loader`, `getServerSideProps`) are server code.
  const serverDecodes = [...file.decodes.values()].filter(
    (decode) => decode.returns !== 'header' && runtimeAt(check.sourceCode, decode.call) === 'server',
  );
  if (serverDecodes.length === 0) return;
  const used = new Set<Decode>();
  forEachFileNode(check.sourceCode, (node) => {
    for (const [expression, mode] of identityUses(node)) {
      const value = file.tokens.valueOf(expression);
      if (value && (value.part === 'claim' || (mode === 'value' && value.part === 'claims')))
        for (const origin of value.origins) used.add(origin);
    }
  });
  const verified = verifiedTokens(check, file);
  for (const decode of used) {
    if (!serverDecodes.includes(decode)) continue;
    const token = decode.call.arguments[0];
    if (token && verified.has(tokenKey(check, enclosingFunction(decode.call), token))) continue;
    if (decode.spec.requestTokensOnly && !(token && requestModel(check.sourceCode).inputOf(token))) continue;
    report(check, { node: decode.call, messageId: 'unverifiedDecode', data: { decoder: decode.label } });
  }
}

/** Each function and token text a verification covers: its own, and its callers' when the token is a parameter. */
function verifiedTokens(check: CheckContext, file: JwtFile): Set<string> {
  const keys = new Set<string>();
  for (const verification of file.verifications) {
    const index = verification.spec.tokenArgument;
    const token = index === undefined ? undefined : verifierArgument(check, verification, index);
    if (!token) continue;
    const call = verification.caller?.site ?? verification.call;
    keys.add(tokenKey(check, enclosingFunction(call), token));
    if (!verification.caller) keys.add(tokenKey(check, enclosingFunction(verification.call), token));
    const bound = parameterOf(check.sourceCode, token);
    for (const site of bound ? callSitesOf(check.sourceCode, bound.fn) : []) {
      const passed = site.arguments[bound?.index ?? -1];
      if (passed) keys.add(tokenKey(check, enclosingFunction(site), passed));
    }
  }
  return keys;
}

function tokenKey(check: CheckContext, fn: FunctionNode | undefined, token: TSESTree.Node): string {
  return `${fn?.range[0] ?? -1}:${check.sourceCode.getText(token)}`;
}
