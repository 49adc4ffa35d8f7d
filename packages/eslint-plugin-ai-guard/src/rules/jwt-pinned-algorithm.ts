import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, isFunctionNode, readsOfParameter, returnedExpressions } from '../analysis/local-functions';
import { CALL, CONSTRUCT, findModuleReferences, READ, valueUses, type ModuleReference, type TraceMap } from '../analysis/module-references';
import {
  isMethodCall,
  readArrayElements,
  readOption,
  resolveValue,
  staticBoolean,
  staticString,
  unwrapExpression,
  type OptionLookup,
} from '../analysis/static-values';
import { memberChainFrom, outermostValue, readsOfStoredValue, storingDeclarator } from '../analysis/value-references';
import { createRule, docsFor } from '../create-rule';

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

/** How a verifier takes its allowlist: an `algorithms` array, or a single `alg` string. */
interface VerifierSpec {
  label: string;
  optionsArgument: number;
  path: readonly string[];
  form: 'list' | 'single';
  /** False where a missing per-call allowlist falls back to module-level defaults we cannot see. */
  reportMissing: boolean;
  /** Where `ignoreExpiration` lives, for the strict check. */
  expirationPath?: readonly string[];
  /** Arguments the suggestion must write before a positional allowlist (jwt-simple's `noVerify`). */
  fillerArguments?: readonly string[];
}

interface SignerSpec {
  optionsArgument: number;
  path: readonly string[];
  /** The library's algorithm when none is given; undefined where it depends on the key. */
  defaultAlgorithm?: string;
}

type JwtEntry =
  | { role: 'verifier'; verifier: VerifierSpec }
  | { role: 'signer'; signer: SignerSpec }
  | { role: 'decoder' }
  | { role: 'decoderFactory' }
  | { role: 'headerSigner' }
  | { role: 'jwtSimpleDecode' }
  | { role: 'nestModule'; method: 'register' | 'registerAsync' }
  | { role: 'nestJwtService' }
  | { role: 'nestPassportStrategy' }
  | { role: 'passportJwtStrategy' }
  | { role: 'fastifyJwtPlugin' };

const jsonwebtokenVerify: VerifierSpec = {
  label: 'jsonwebtoken `verify`',
  optionsArgument: 2,
  path: ['algorithms'],
  form: 'list',
  reportMissing: true,
  expirationPath: ['ignoreExpiration'],
};
const joseVerify = (name: string): JwtEntry => ({
  role: 'verifier',
  verifier: { label: `jose \`${name}\``, optionsArgument: 2, path: ['algorithms'], form: 'list', reportMissing: true },
});
const middlewareVerifier = (label: string): JwtEntry => ({
  role: 'verifier',
  verifier: {
    label,
    optionsArgument: 0,
    path: ['algorithms'],
    form: 'list',
    reportMissing: true,
    expirationPath: ['ignoreExpiration'],
  },
});
const passportJwtVerifier: VerifierSpec = {
  label: 'passport-jwt `Strategy`',
  optionsArgument: 0,
  path: ['algorithms'],
  form: 'list',
  reportMissing: true,
  expirationPath: ['ignoreExpiration'],
};
const nestServiceVerifier: VerifierSpec = {
  label: '@nestjs/jwt `JwtService.verify`',
  optionsArgument: 1,
  path: ['algorithms'],
  form: 'list',
  reportMissing: false,
  expirationPath: ['ignoreExpiration'],
};
const nestModuleVerifier: VerifierSpec = {
  label: '@nestjs/jwt `JwtModule`',
  optionsArgument: 0,
  path: ['verifyOptions', 'algorithms'],
  form: 'list',
  reportMissing: true,
  expirationPath: ['verifyOptions', 'ignoreExpiration'],
};
const fastifyJwtVerifier: VerifierSpec = {
  label: '@fastify/jwt',
  optionsArgument: 1,
  path: ['verify', 'algorithms'],
  form: 'list',
  reportMissing: true,
};
const jwtSimpleVerifier: VerifierSpec = {
  label: 'jwt-simple `decode`',
  optionsArgument: 3,
  path: [],
  form: 'single',
  reportMissing: true,
  fillerArguments: ['false'],
};
const honoVerify: JwtEntry = {
  role: 'verifier',
  verifier: { label: 'hono `verify`', optionsArgument: 2, path: [], form: 'single', reportMissing: true },
};
const honoJwtHelpers = {
  verify: { [CALL]: honoVerify },
  decode: { [CALL]: { role: 'decoder' } },
  sign: { [CALL]: { role: 'signer', signer: { optionsArgument: 2, path: [], defaultAlgorithm: 'HS256' } } },
} satisfies TraceMap<JwtEntry>;
const joseHeaderSigners = Object.fromEntries(
  ['SignJWT', 'CompactSign', 'FlattenedSign', 'GeneralSign'].map((name) => [name, { [CONSTRUCT]: { role: 'headerSigner' } }]),
);
const fastifyJwtPlugin = { role: 'fastifyJwtPlugin' } as const;

const JWT_LIBRARIES: TraceMap<JwtEntry> = {
  jsonwebtoken: {
    verify: { [CALL]: { role: 'verifier', verifier: jsonwebtokenVerify } },
    decode: { [CALL]: { role: 'decoder' } },
    sign: { [CALL]: { role: 'signer', signer: { optionsArgument: 2, path: ['algorithm'], defaultAlgorithm: 'HS256' } } },
  },
  jose: {
    jwtVerify: { [CALL]: joseVerify('jwtVerify') },
    compactVerify: { [CALL]: joseVerify('compactVerify') },
    flattenedVerify: { [CALL]: joseVerify('flattenedVerify') },
    generalVerify: { [CALL]: joseVerify('generalVerify') },
    decodeJwt: { [CALL]: { role: 'decoder' } },
    UnsecuredJWT: { decode: { [CALL]: { role: 'decoder' } } },
    ...joseHeaderSigners,
  },
  'express-jwt': {
    [CALL]: middlewareVerifier('express-jwt'),
    expressjwt: { [CALL]: middlewareVerifier('express-jwt `expressjwt`') },
  },
  'koa-jwt': { [CALL]: middlewareVerifier('koa-jwt'), default: { [CALL]: middlewareVerifier('koa-jwt') } },
  'passport-jwt': {
    Strategy: { [CONSTRUCT]: { role: 'verifier', verifier: passportJwtVerifier }, [READ]: { role: 'passportJwtStrategy' } },
  },
  '@nestjs/passport': { PassportStrategy: { [CALL]: { role: 'nestPassportStrategy' } } },
  '@nestjs/jwt': {
    JwtModule: {
      register: { [CALL]: { role: 'nestModule', method: 'register' } },
      registerAsync: { [CALL]: { role: 'nestModule', method: 'registerAsync' } },
    },
    JwtService: { [READ]: { role: 'nestJwtService' } },
  },
  'fast-jwt': {
    createVerifier: { [CALL]: middlewareVerifier('fast-jwt `createVerifier`') },
    createDecoder: { [CALL]: { role: 'decoderFactory' } },
    createSigner: { [CALL]: { role: 'signer', signer: { optionsArgument: 0, path: ['algorithm'] } } },
  },
  '@fastify/jwt': {
    [READ]: fastifyJwtPlugin,
    default: { [READ]: fastifyJwtPlugin },
    fastifyJwt: { [READ]: fastifyJwtPlugin },
  },
  'jwt-simple': {
    decode: { [CALL]: { role: 'jwtSimpleDecode' } },
    encode: { [CALL]: { role: 'signer', signer: { optionsArgument: 2, path: [], defaultAlgorithm: 'HS256' } } },
  },
  'hono/jwt': {
    ...honoJwtHelpers,
    jwt: {
      [CALL]: {
        role: 'verifier',
        verifier: { label: 'hono `jwt()` middleware', optionsArgument: 0, path: ['alg'], form: 'single', reportMissing: true },
      },
    },
  },
  'hono/utils/jwt': { Jwt: honoJwtHelpers },
};

const NEST_SERVICE_VERIFY_METHODS = new Set(['verify', 'verifyAsync']);

interface Verification {
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  options: TSESTree.Node | undefined;
  spec: VerifierSpec;
}

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
    const sourceCode = context.sourceCode;
    const nestServiceVerifyCalls: TSESTree.CallExpression[] = [];

    return {
      'CallExpression[callee.type="MemberExpression"][callee.property.type="Identifier"]'(node: TSESTree.CallExpression) {
        const property = (node.callee as TSESTree.MemberExpression).property as TSESTree.Identifier;
        if (NEST_SERVICE_VERIFY_METHODS.has(property.name)) nestServiceVerifyCalls.push(node);
      },
      'Program:exit'() {
        const references = findModuleReferences(sourceCode, JWT_LIBRARIES);
        if (references.length === 0) return;
        const verifications: Verification[] = [];
        const decodes: { call: TSESTree.CallExpression; decoder: string }[] = [];
        const signedAlgorithms: (string | undefined)[] = [];

        for (const reference of references) {
          collectReference(reference, verifications, decodes, signedAlgorithms);
        }
        verifications.push(...nestServiceVerifications(references, nestServiceVerifyCalls));

        // One unknown signing algorithm makes the mismatch check unsound, so it is skipped.
        const knownSigned = new Set<string>();
        if (!signedAlgorithms.includes(undefined)) for (const algorithm of signedAlgorithms) if (algorithm) knownSigned.add(algorithm);
        for (const verification of verifications) checkVerification(verification, knownSigned);
        for (const decode of decodes) checkUnverifiedDecode(decode.call, decode.decoder, verifications);
      },
    };

    function collectReference(
      reference: ModuleReference<JwtEntry>,
      verifications: Verification[],
      decodes: { call: TSESTree.CallExpression; decoder: string }[],
      signedAlgorithms: (string | undefined)[],
    ): void {
      const { node, info } = reference;
      const decoderName = `${reference.path[0] ?? ''} \`${reference.path.slice(1).join('.')}\``;
      switch (info.role) {
        case 'verifier': {
          const call = node as TSESTree.CallExpression | TSESTree.NewExpression;
          verifications.push({ call, options: optionsArgument(call, info.verifier.optionsArgument), spec: info.verifier });
          return;
        }
        case 'signer':
          signedAlgorithms.push(signingAlgorithm(node as TSESTree.CallExpression, info.signer));
          return;
        case 'headerSigner':
          signedAlgorithms.push(protectedHeaderAlgorithm(node));
          return;
        case 'decoder':
          decodes.push({ call: node as TSESTree.CallExpression, decoder: decoderName });
          return;
        case 'decoderFactory':
          for (const read of readsOfStoredValue(sourceCode, node)) {
            if (read.parent.type === AST_NODE_TYPES.CallExpression && read.parent.callee === read) {
              decodes.push({ call: read.parent, decoder: `the decoder from ${decoderName}` });
            }
          }
          return;
        case 'jwtSimpleDecode':
          collectJwtSimpleDecode(node as TSESTree.CallExpression, verifications);
          return;
        case 'nestModule':
          verifications.push({
            call: node as TSESTree.CallExpression,
            options: nestModuleOptions(node as TSESTree.CallExpression, info.method),
            spec: nestModuleVerifier,
          });
          signedAlgorithms.push(nestModuleSigningAlgorithm(node as TSESTree.CallExpression, info.method));
          return;
        case 'fastifyJwtPlugin':
          for (const use of valueUses(sourceCode, reference)) {
            const register = use.parent;
            if (register?.type === AST_NODE_TYPES.CallExpression && register.arguments[0] === use && isMethodCall(register, 'register')) {
              verifications.push({ call: register, options: register.arguments[1], spec: fastifyJwtVerifier });
            }
          }
          return;
        case 'nestPassportStrategy': {
          const superCall = passportStrategySuperCall(node as TSESTree.CallExpression);
          if (superCall) verifications.push({ call: superCall, options: superCall.arguments[0], spec: passportJwtVerifier });
          return;
        }
        case 'passportJwtStrategy':
        case 'nestJwtService':
          return;
      }
    }

    function optionsArgument(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number) {
      const argument = call.arguments[index];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return argument;
      // jsonwebtoken's `verify(token, key, callback)` takes the callback where options would be.
      return isFunctionNode(resolveValue(argument, sourceCode.getScope(call))) ? undefined : argument;
    }

    function collectJwtSimpleDecode(call: TSESTree.CallExpression, verifications: Verification[]): void {
      const noVerify = call.arguments[2];
      if (noVerify && staticBoolean(noVerify, sourceCode.getScope(call)) === true) {
        context.report({ node: noVerify, messageId: 'verificationDisabled', data: { library: 'jwt-simple `decode`' } });
        return;
      }
      verifications.push({ call, options: call.arguments[3], spec: jwtSimpleVerifier });
    }

    function nestModuleOptions(call: TSESTree.CallExpression, method: 'register' | 'registerAsync') {
      const argument = call.arguments[0];
      if (method === 'register' || !argument) return argument;
      const factory = readOption(argument, ['useFactory'], sourceCode.getScope(call));
      if (factory.kind !== 'present') return undefined;
      const fn = resolveValue(factory.value, sourceCode.getScope(call));
      return isFunctionNode(fn) ? returnedExpressions(fn).at(-1) : undefined;
    }

    function nestModuleSigningAlgorithm(call: TSESTree.CallExpression, method: 'register' | 'registerAsync') {
      const moduleOptions = nestModuleOptions(call, method);
      if (!moduleOptions) return undefined;
      const algorithm = readOption(moduleOptions, ['signOptions', 'algorithm'], sourceCode.getScope(call));
      return algorithm.kind === 'present' ? staticString(algorithm.value, sourceCode.getScope(call)) : undefined;
    }

    function signingAlgorithm(call: TSESTree.CallExpression, signer: SignerSpec): string | undefined {
      const scope = sourceCode.getScope(call);
      const argument = optionsArgument(call, signer.optionsArgument);
      if (signer.path.length === 0) {
        return argument ? staticString(argument, scope) : signer.defaultAlgorithm;
      }
      const lookup = readOption(argument, signer.path, scope);
      if (lookup.kind === 'absent') return signer.defaultAlgorithm;
      return lookup.kind === 'present' ? staticString(lookup.value, scope) : undefined;
    }

    function protectedHeaderAlgorithm(construct: TSESTree.Node): string | undefined {
      const member = construct.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== construct) return undefined;
      const call = member.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || !isMethodCall(call, 'setProtectedHeader')) return undefined;
      const alg = readOption(call.arguments[0], ['alg'], sourceCode.getScope(call));
      return alg.kind === 'present' ? staticString(alg.value, sourceCode.getScope(call)) : undefined;
    }

    function passportStrategySuperCall(mixinCall: TSESTree.CallExpression): TSESTree.CallExpression | undefined {
      const strategy = mixinCall.arguments[0];
      if (!strategy || !isPassportJwtStrategy(strategy)) return undefined;
      const classNode = mixinCall.parent;
      if (
        (classNode.type !== AST_NODE_TYPES.ClassDeclaration && classNode.type !== AST_NODE_TYPES.ClassExpression) ||
        classNode.superClass !== mixinCall
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

    function isPassportJwtStrategy(node: TSESTree.Node): boolean {
      return findModuleReferences(sourceCode, PASSPORT_JWT_STRATEGY).some((reference) => valueUses(sourceCode, reference).includes(node));
    }

    /** `this.jwtService.verify(...)` where `jwtService` is injected with the `JwtService` type from @nestjs/jwt. */
    function nestServiceVerifications(references: ModuleReference<JwtEntry>[], candidateCalls: TSESTree.CallExpression[]): Verification[] {
      const servicePropertyNames = new Set<string>();
      const serviceParameterReads = new Set<TSESTree.Node>();
      for (const reference of references) {
        if (reference.info.role !== 'nestJwtService') continue;
        for (const use of valueUses(sourceCode, reference)) {
          const typed = typedBinding(use);
          if (!typed) continue;
          if (typed.kind === 'property') servicePropertyNames.add(typed.name);
          else for (const read of typed.reads) serviceParameterReads.add(read);
        }
      }
      if (servicePropertyNames.size === 0 && serviceParameterReads.size === 0) return [];
      return candidateCalls
        .filter((call) => {
          const receiver = (call.callee as TSESTree.MemberExpression).object;
          if (serviceParameterReads.has(receiver)) return true;
          return (
            receiver.type === AST_NODE_TYPES.MemberExpression &&
            receiver.object.type === AST_NODE_TYPES.ThisExpression &&
            receiver.property.type === AST_NODE_TYPES.Identifier &&
            servicePropertyNames.has(receiver.property.name)
          );
        })
        .map((call) => ({ call, options: call.arguments[1], spec: nestServiceVerifier }));
    }

    function typedBinding(
      typeName: TSESTree.Node,
    ): { kind: 'property'; name: string } | { kind: 'parameter'; reads: TSESTree.Identifier[] } | undefined {
      const typeReference = typeName.parent;
      if (typeReference?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
      const annotation = typeReference.parent;
      if (annotation?.type !== AST_NODE_TYPES.TSTypeAnnotation) return undefined;
      const annotated = annotation.parent;
      if (annotated.type === AST_NODE_TYPES.PropertyDefinition && annotated.key.type === AST_NODE_TYPES.Identifier) {
        return { kind: 'property', name: annotated.key.name };
      }
      if (annotated.type !== AST_NODE_TYPES.Identifier) return undefined;
      if (annotated.parent.type === AST_NODE_TYPES.TSParameterProperty) return { kind: 'property', name: annotated.name };
      const fn = annotated.parent;
      return isFunctionNode(fn) ? { kind: 'parameter', reads: readsOfParameter(sourceCode, fn, annotated) } : undefined;
    }

    function checkVerification(verification: Verification, signed: ReadonlySet<string>): void {
      const { call, spec } = verification;
      const scope = sourceCode.getScope(call);
      const lookup: OptionLookup =
        spec.path.length === 0 ? singleArgumentLookup(verification.options) : readOption(verification.options, spec.path, scope);
      const library = spec.label;
      checkIgnoreExpiration(verification);

      if (lookup.kind === 'unknown') {
        if (options.reportUnresolved) {
          context.report({ node: verification.options ?? call, messageId: 'unresolvedOptions', data: { library } });
        }
        return;
      }
      if (lookup.kind === 'absent') {
        if (spec.reportMissing) reportMissing(verification, signed);
        return;
      }
      const allowlistNode = lookup.value;
      const algorithms = readAllowlist(allowlistNode, spec.form);
      if (algorithms === 'from-token') {
        context.report({
          node: allowlistNode,
          messageId: 'algorithmsFromToken',
          data: { library, allowlist: suggestedAllowlist(call, signed, spec.form) },
        });
        return;
      }
      if (algorithms === 'unknown') {
        if (options.reportUnresolved) context.report({ node: allowlistNode, messageId: 'unresolvedOptions', data: { library } });
        return;
      }
      if (algorithms.length === 0) {
        context.report({
          node: allowlistNode,
          messageId: 'emptyAlgorithms',
          data: { library, allowlist: suggestedAllowlist(call, signed, spec.form) },
        });
        return;
      }
      const none = algorithms.find((algorithm) => algorithm.name.toLowerCase() === 'none');
      if (none) {
        context.report({ node: none.node, messageId: 'noneAlgorithm', data: { library, algorithm: none.name } });
        return;
      }
      const symmetric = algorithms.filter((algorithm) => isSymmetric(algorithm.name)).map((algorithm) => algorithm.name);
      const asymmetric = algorithms.filter((algorithm) => !isSymmetric(algorithm.name)).map((algorithm) => algorithm.name);
      if (symmetric.length > 0 && asymmetric.length > 0) {
        context.report({
          node: allowlistNode,
          messageId: 'mixedAlgorithmFamilies',
          data: { library, symmetric: symmetric.join(', '), asymmetric: asymmetric.join(', ') },
        });
        return;
      }
      if (signed.size === 1 && !algorithms.some((algorithm) => signed.has(algorithm.name))) {
        const [signedAlgorithm] = signed;
        context.report({
          node: allowlistNode,
          messageId: 'signVerifyMismatch',
          data: {
            library,
            accepted: algorithms.map((algorithm) => `\`${algorithm.name}\``).join(', '),
            signed: signedAlgorithm ?? '',
          },
        });
      }
    }

    function singleArgumentLookup(argument: TSESTree.Node | undefined): OptionLookup {
      if (!argument) return { kind: 'absent' };
      const resolved = resolveValue(argument, sourceCode.getScope(argument));
      // hono's newer `verify(token, key, { alg })` takes an options object in the same position.
      if (resolved.type === AST_NODE_TYPES.ObjectExpression) return readOption(resolved, ['alg'], sourceCode.getScope(argument));
      return { kind: 'present', value: argument, property: argument as TSESTree.Property };
    }

    function checkIgnoreExpiration(verification: Verification): void {
      if (!options.reportIgnoreExpiration || !verification.spec.expirationPath) return;
      const scope = sourceCode.getScope(verification.call);
      const lookup = readOption(verification.options, verification.spec.expirationPath, scope);
      if (lookup.kind === 'present' && staticBoolean(lookup.value, scope) === true) {
        context.report({ node: lookup.property, messageId: 'ignoreExpiration', data: { library: verification.spec.label } });
      }
    }

    function readAllowlist(
      node: TSESTree.Node,
      form: VerifierSpec['form'],
    ): { name: string; node: TSESTree.Node }[] | 'unknown' | 'from-token' {
      const scope = sourceCode.getScope(node);
      const elements = form === 'single' ? [node] : readArrayElements(node, scope);
      if (!Array.isArray(elements) && elements.kind === 'unknown') return 'unknown';
      const list = Array.isArray(elements) ? elements : elements.elements;
      const algorithms: { name: string; node: TSESTree.Node }[] = [];
      for (const element of list) {
        const name = staticString(element, scope);
        if (name !== undefined) {
          algorithms.push({ name, node: element });
          continue;
        }
        return isDerivedFromDecodedToken(element) ? 'from-token' : 'unknown';
      }
      return algorithms;
    }

    /** `decode(token, { complete: true }).header.alg`, or `header.alg` of a header read from the token itself. */
    function isDerivedFromDecodedToken(element: TSESTree.Node): boolean {
      let current = unwrapExpression(element);
      for (let depth = 0; depth < 6; depth++) {
        if (current.type === AST_NODE_TYPES.MemberExpression) {
          current = unwrapExpression(current.object);
        } else if (current.type === AST_NODE_TYPES.CallExpression) {
          return callsTokenDecoder(current);
        } else if (current.type === AST_NODE_TYPES.AwaitExpression) {
          current = unwrapExpression(current.argument);
        } else if (current.type === AST_NODE_TYPES.Identifier) {
          const next = resolveValue(current, sourceCode.getScope(current));
          if (next === current) return false;
          current = next;
        } else {
          return false;
        }
      }
      return false;
    }

    function callsTokenDecoder(call: TSESTree.CallExpression): boolean {
      return findModuleReferences(sourceCode, TOKEN_HEADER_READERS).some((reference) => reference.node === call);
    }

    function reportMissing(verification: Verification, signed: ReadonlySet<string>): void {
      const { call, spec } = verification;
      const allowlist = suggestedAllowlist(call, signed, spec.form);
      const target =
        verification.options && unwrapExpression(verification.options).type === AST_NODE_TYPES.ObjectExpression
          ? verification.options
          : call.callee;
      context.report({
        node: target,
        messageId: 'missingAlgorithms',
        data: { library: spec.label, allowlist },
        suggest: [
          {
            messageId: 'addAllowlist',
            data: { allowlist },
            fix: (fixer) => allowlistFix(fixer, verification, allowlist),
          },
        ],
      });
    }

    function checkUnverifiedDecode(call: TSESTree.CallExpression, decoder: string, verifications: Verification[]): void {
      const fn = enclosingFunction(call);
      const token = call.arguments[0];
      const tokenText = token ? sourceCode.getText(token) : undefined;
      const verifiedInSameFunction = verifications.some((verification) => {
        const verifiedToken = verification.call.arguments[0];
        return (
          enclosingFunction(verification.call) === fn && verifiedToken !== undefined && sourceCode.getText(verifiedToken) === tokenText
        );
      });
      if (verifiedInSameFunction) return;
      if (claimUses(call).some((use) => isIdentityUse(use, 0))) {
        context.report({ node: call, messageId: 'unverifiedDecode', data: { decoder } });
      }
    }

    /** The expressions that carry the decoded claims: the call itself, or the reads of the binding that stores them. */
    function claimUses(call: TSESTree.CallExpression): TSESTree.Node[] {
      const declarator = storingDeclarator(call);
      if (!declarator) return [outermostValue(call)];
      if (declarator.id.type === AST_NODE_TYPES.Identifier) return readsOfStoredValue(sourceCode, call);
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return [];
      const headerOnlyNames = new Set(
        declarator.id.properties.flatMap((property) =>
          property.type === AST_NODE_TYPES.Property &&
          property.key.type === AST_NODE_TYPES.Identifier &&
          property.key.name === 'header' &&
          property.value.type === AST_NODE_TYPES.Identifier
            ? [property.value.name]
            : [],
        ),
      );
      return sourceCode
        .getDeclaredVariables(declarator)
        .filter((variable) => !headerOnlyNames.has(variable.name))
        .flatMap((variable) => variable.references.filter((reference) => !reference.init && reference.isRead()))
        .map((reference) => reference.identifier);
    }

    /** Returned as the caller's identity, compared with a role, tested in a condition, or stored on the request. */
    function isIdentityUse(use: TSESTree.Node, depth: number): boolean {
      const chain = memberChainFrom(use);
      const [claim] = chain.properties;
      if (claim !== undefined && NON_IDENTITY_CLAIMS.has(claim)) return false;
      const readsAClaim = claim !== undefined;
      const value = outermostValue(chain.outer);
      const parent = value.parent;
      if (!parent) return false;
      // `claims.roles.includes("admin")`: the claims decide an authorization check.
      if (chain.properties.at(-1) === 'includes' && parent.type === AST_NODE_TYPES.CallExpression && parent.callee === value) {
        return true;
      }
      switch (parent.type) {
        case AST_NODE_TYPES.ReturnStatement:
          return true;
        case AST_NODE_TYPES.ArrowFunctionExpression:
          return parent.body === value;
        case AST_NODE_TYPES.BinaryExpression:
          // `claims.role === "admin"` decides access; `decoded === null` only checks that decoding worked.
          return readsAClaim && ['===', '!==', '==', '!='].includes(parent.operator);
        case AST_NODE_TYPES.AssignmentExpression:
          return parent.right === value && parent.left.type === AST_NODE_TYPES.MemberExpression;
        case AST_NODE_TYPES.Property:
          return parent.value === value && isIdentityUse(parent.parent, depth + 1);
        case AST_NODE_TYPES.CallExpression:
          return isIncludesCheck(parent, value);
        case AST_NODE_TYPES.VariableDeclarator: {
          if (depth > 1 || parent.id.type !== AST_NODE_TYPES.Identifier) return false;
          return readsOfStoredValue(sourceCode, value).some((read) => isIdentityUse(read, depth + 1));
        }
        default:
          return readsAClaim && isConditionTest(value);
      }
    }

    function allowlistFix(fixer: TSESLint.RuleFixer, verification: Verification, allowlist: string): TSESLint.RuleFix | null {
      const { call, spec } = verification;
      const [first, ...rest] = spec.path;
      const options = verification.options && unwrapExpression(verification.options);
      if (spec.path.length === 0) {
        const fillers = (spec.fillerArguments ?? []).slice(
          call.arguments.length - spec.optionsArgument + (spec.fillerArguments?.length ?? 0),
        );
        const last = call.arguments[call.arguments.length - 1];
        if (!last || call.arguments.length + fillers.length !== spec.optionsArgument) return null;
        return fixer.insertTextAfter(last, `, ${[...fillers, allowlist].join(', ')}`);
      }
      const property = nestedProperty([first ?? '', ...rest], allowlist);
      if (options?.type === AST_NODE_TYPES.ObjectExpression) {
        return insertProperty(fixer, options, property);
      }
      if (options) return null;
      const literal = `{ ${property} }`;
      const previous = call.arguments[spec.optionsArgument - 1];
      const following = call.arguments[spec.optionsArgument];
      if (following) return fixer.insertTextBefore(following, `${literal}, `);
      if (previous && call.arguments.length === spec.optionsArgument) return fixer.insertTextAfter(previous, `, ${literal}`);
      return null;
    }
  },
});

/** The header, and registered claims that say when and by whom a token was issued: reading them grants nothing. */
const NON_IDENTITY_CLAIMS = new Set(['header', 'exp', 'iat', 'nbf', 'jti', 'iss', 'aud', 'typ']);

const PASSPORT_JWT_STRATEGY: TraceMap<true> = { 'passport-jwt': { Strategy: { [READ]: true } } };

const TOKEN_HEADER_READERS: TraceMap<true> = {
  jsonwebtoken: { decode: { [CALL]: true } },
  jose: { decodeProtectedHeader: { [CALL]: true }, decodeJwt: { [CALL]: true } },
  'jwt-decode': { jwtDecode: { [CALL]: true }, [CALL]: true, default: { [CALL]: true } },
};

function nestedProperty(path: readonly string[], allowlist: string): string {
  const [first, ...rest] = path;
  if (rest.length === 0) return `${first}: ${allowlist}`;
  return `${first}: { ${nestedProperty(rest, allowlist)} }`;
}

function insertProperty(fixer: TSESLint.RuleFixer, object: TSESTree.ObjectExpression, property: string) {
  const firstProperty = object.properties[0];
  if (!firstProperty) return fixer.replaceText(object, `{ ${property} }`);
  return fixer.insertTextBefore(firstProperty, `${property}, `);
}

function isIncludesCheck(call: TSESTree.CallExpression, value: TSESTree.Node): boolean {
  if (call.arguments.includes(value as TSESTree.CallExpressionArgument)) return isMethodCall(call, 'includes');
  return false;
}

/** `if (claims.admin)`, `claims.admin ? a : b`, `!claims.admin && deny()` inside such a test. */
function isConditionTest(node: TSESTree.Node): boolean {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.LogicalExpression ||
      (current.parent.type === AST_NODE_TYPES.UnaryExpression && current.parent.operator === '!'))
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  return (parent?.type === AST_NODE_TYPES.IfStatement || parent?.type === AST_NODE_TYPES.ConditionalExpression) && parent.test === current;
}

function isSymmetric(algorithm: string): boolean {
  return /^HS\d+$/i.test(algorithm);
}

function suggestedAllowlist(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  signed: ReadonlySet<string>,
  form: VerifierSpec['form'],
): string {
  const [only] = signed.size === 1 ? signed : [];
  const algorithm = only ?? (keyLooksAsymmetric(call) ? 'RS256' : 'HS256');
  return form === 'single' ? `"${algorithm}"` : `["${algorithm}"]`;
}

/** Only picks the suggestion's default: a public key or certificate suggests RS256, anything else HS256. */
function keyLooksAsymmetric(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return call.arguments
    .slice(1)
    .some((argument) => argument.type === AST_NODE_TYPES.Identifier && /public|pem|cert|jwks/i.test(argument.name));
}
