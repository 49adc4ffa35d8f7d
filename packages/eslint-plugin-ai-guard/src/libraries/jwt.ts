/**
 * JWT libraries as data: how each one verifies a token (where its algorithm allowlist and its key go), how it reads
 * claims without verifying them, how it signs, and which calls make a key whose algorithm family is visible.
 * Read by the `jwt-pinned-algorithm` rule, which maps each role below to one collector.
 */
import { CALL, CONSTRUCT, READ, type TraceMap, type TraceMapNode } from '../analysis/module-references';
import type { LibraryDocs } from './docs';

/** The two algorithm families that must never share a verifier: HMAC (`HS*`) and public-key (`RS*`, `PS*`, `ES*`, `EdDSA`). */
export type Family = 'hmac' | 'public-key';

/** Where a call finds its key: a positional argument, or one of several options (the first present wins). */
export type KeySource =
  | { kind: 'argument'; index: number }
  /** `family` is fixed by the option itself (`secretOrKeyProvider`, `publicKey`), whatever its value looks like. */
  | { kind: 'options'; options: readonly { path: readonly string[]; family?: Family }[] };

export interface VerifierSpec {
  /** How messages name the verifier. */
  label: string;
  /** The call as the docs show it, with the allowlist in place. */
  form: string;
  /** The argument that holds the options (or, with an empty `path`, the allowlist itself). */
  optionsArgument: number;
  /** Where the allowlist sits inside the options; empty when the argument is the allowlist. */
  path: readonly string[];
  /** An array of algorithms, or one algorithm string. */
  allowlist: 'list' | 'single';
  /** Where a positional allowlist may also be given as an options object (hono's `{ alg }`). */
  objectPath?: readonly string[];
  /** False where a missing per-call allowlist falls back to defaults this file cannot see, or to one fixed algorithm. */
  reportMissing: boolean;
  /** Where `ignoreExpiration` lives, for the strict check. */
  expirationPath?: readonly string[];
  /** Arguments the suggestion must write before a positional allowlist (jwt-simple's `noVerify`). */
  fillerArguments?: readonly string[];
  /** The argument that holds the token, for verifiers called once per token. */
  tokenArgument?: number;
  key: KeySource;
}

export interface SignerSpec {
  label: string;
  form: string;
  optionsArgument: number;
  /** Where the algorithm sits inside the options; empty when the argument is the algorithm. */
  path: readonly string[];
  /** Where a positional algorithm may also be given as an options object. */
  objectPath?: readonly string[];
  /** The library's algorithm for an HMAC secret when none is given; undefined where it depends on the key. */
  defaultAlgorithm?: string;
  key: KeySource;
}

/** What a decoder hands back: the claims, the whole token (`{ header, payload }`), or only the header. */
export type Decoded = 'claims' | 'token' | 'header';

export interface DecoderSpec {
  label: string;
  form: string;
  returns: Decoded;
  /** An option that changes the result (`{ complete: true }` gives the whole token, `{ header: true }` the header). */
  switches?: readonly { argument: number; path: readonly string[]; returns: Decoded }[];
  /** A browser library: only a token taken from the request being handled shows server code trusting it. */
  requestTokensOnly?: boolean;
}

/** A method of an injected service class (`JwtService`), by the role it plays. */
export type ServiceMethod = JwtEntry<'verifier' | 'decoder' | 'signer'>;

/** What each role carries besides its name. */
export interface JwtRoles {
  /** A call or construction that verifies: `jwt.verify(...)`, `expressjwt({...})`, `new Strategy({...})`. */
  verifier: { verifier: VerifierSpec };
  /** The verify function read as a value: wrapped by `promisify`, `.bind`, or stored for a later call. */
  verifierFunction: { verifier: VerifierSpec };
  signer: { signer: SignerSpec };
  /** jose's `new SignJWT(...).setProtectedHeader({ alg }).sign(key)` chain. */
  headerSigner: { signer: SignerSpec };
  decoder: { decoder: DecoderSpec };
  /** A factory whose result decodes: fast-jwt `createDecoder()`. */
  decoderFactory: { decoder: DecoderSpec };
  /** jwt-simple `decode(token, key, noVerify, algorithm)`: verifies unless `noVerify` is true. */
  optionalVerifier: { verifier: VerifierSpec; noVerifyArgument: number };
  /** @nestjs/jwt `JwtModule.register(options)` / `registerAsync({ useFactory })`: module-wide verify and sign options. */
  moduleOptions: { verifier: VerifierSpec; signer: SignerSpec; factory: boolean };
  /** A class a container injects by type: its methods' calls play the roles listed. */
  service: { label: string; methods: Readonly<Record<string, ServiceMethod>> };
  /** `class X extends PassportStrategy(Strategy)`: the options are the constructor's `super(...)` argument. */
  strategyMixin: { verifier: VerifierSpec };
  /** passport-jwt's `Strategy` read as a value (the mixin's argument). */
  strategyClass: Record<never, never>;
  /** A framework plugin whose options are given where it is registered. */
  plugin: { verifier: VerifierSpec; signer?: SignerSpec; registration: Registration };
}

/** How a plugin is registered: `fastify.register(plugin, options)`, or hapi's `server.auth.strategy(name, "jwt", options)`. */
export type Registration = 'fastify-register' | 'hapi-strategy';

export type Role = keyof JwtRoles;

/** One entry of the trace map, discriminated by `role`; `JwtEntry<"verifier">` narrows it. */
export type JwtEntry<R extends Role = Role> = { [K in R]: { role: K } & JwtRoles[K] }[R];

const call = (entry: JwtEntry): TraceMapNode<JwtEntry> => ({ [CALL]: entry });
const construct = (entry: JwtEntry): TraceMapNode<JwtEntry> => ({ [CONSTRUCT]: entry });
const read = (entry: JwtEntry): TraceMapNode<JwtEntry> => ({ [READ]: entry });

const argumentKey = (index: number): KeySource => ({ kind: 'argument', index });
const optionKey = (...options: { path: readonly string[]; family?: Family }[]): KeySource => ({ kind: 'options', options });

// jsonwebtoken
const JSONWEBTOKEN_VERIFY: VerifierSpec = {
  label: 'jsonwebtoken `verify`',
  form: '`verify(token, key, { algorithms })`, also through `util.promisify`, `.bind` or a local `new Promise` wrapper',
  optionsArgument: 2,
  path: ['algorithms'],
  allowlist: 'list',
  reportMissing: true,
  expirationPath: ['ignoreExpiration'],
  tokenArgument: 0,
  key: argumentKey(1),
};
const JSONWEBTOKEN_SIGN: SignerSpec = {
  label: 'jsonwebtoken `sign`',
  form: '`sign(payload, key, { algorithm })` (HS256 by default)',
  optionsArgument: 2,
  path: ['algorithm'],
  defaultAlgorithm: 'HS256',
  key: argumentKey(1),
};
const JSONWEBTOKEN_DECODE: DecoderSpec = {
  label: 'jsonwebtoken `decode`',
  form: '`decode(token)`, `decode(token, { complete: true }).payload`',
  returns: 'claims',
  switches: [{ argument: 1, path: ['complete'], returns: 'token' }],
};

// jose
const joseVerify = (name: string): VerifierSpec => ({
  label: `jose \`${name}\``,
  form: `\`${name}(token, key, { algorithms })\``,
  optionsArgument: 2,
  path: ['algorithms'],
  allowlist: 'list',
  reportMissing: true,
  tokenArgument: 0,
  key: argumentKey(1),
});
const JOSE_SIGN: SignerSpec = {
  label: 'jose `SignJWT`',
  form: '`new SignJWT(payload).setProtectedHeader({ alg }).sign(key)` (and `CompactSign`, `FlattenedSign`, `GeneralSign`)',
  optionsArgument: 0,
  path: ['alg'],
  key: argumentKey(0),
};
const JOSE_DECODE_JWT: DecoderSpec = { label: 'jose `decodeJwt`', form: '`decodeJwt(token)`', returns: 'claims' };
const JOSE_UNSECURED: DecoderSpec = { label: 'jose `UnsecuredJWT.decode`', form: '`UnsecuredJWT.decode(token)`', returns: 'token' };
const JOSE_HEADER: DecoderSpec = { label: 'jose `decodeProtectedHeader`', form: '`decodeProtectedHeader(token)`', returns: 'header' };

// Express, Koa and Socket.IO middleware built on jsonwebtoken
const middlewareVerifier = (label: string, form: string, keyOption: string): VerifierSpec => ({
  label,
  form,
  optionsArgument: 0,
  path: ['algorithms'],
  allowlist: 'list',
  reportMissing: true,
  expirationPath: ['ignoreExpiration'],
  key: optionKey({ path: [keyOption] }),
});
const EXPRESS_JWT = middlewareVerifier('express-jwt', '`expressjwt({ secret, algorithms })`, `jwt({ ... })` (v5/v6)', 'secret');
const KOA_JWT = middlewareVerifier('koa-jwt', '`jwt({ secret, algorithms })`', 'secret');
const SOCKETIO_JWT = middlewareVerifier('socketio-jwt `authorize`', '`authorize({ secret, algorithms })`', 'secret');

// passport-jwt and its NestJS mixin
const PASSPORT_JWT: VerifierSpec = {
  label: 'passport-jwt `Strategy`',
  form: '`new Strategy({ secretOrKey, algorithms }, verify)`, `PassportStrategy(Strategy)` with `super({ ... })`',
  optionsArgument: 0,
  path: ['algorithms'],
  allowlist: 'list',
  reportMissing: true,
  expirationPath: ['ignoreExpiration'],
  key: optionKey({ path: ['secretOrKeyProvider'], family: 'public-key' }, { path: ['secretOrKey'] }),
};

// @nestjs/jwt
const NEST_KEYS = optionKey({ path: ['publicKey'], family: 'public-key' }, { path: ['secretOrKeyProvider'] }, { path: ['secret'] });
const NEST_MODULE_VERIFY: VerifierSpec = {
  label: '@nestjs/jwt `JwtModule`',
  form: '`JwtModule.register({ verifyOptions: { algorithms } })`, `registerAsync({ useFactory })`',
  optionsArgument: 0,
  path: ['verifyOptions', 'algorithms'],
  allowlist: 'list',
  reportMissing: true,
  expirationPath: ['verifyOptions', 'ignoreExpiration'],
  key: NEST_KEYS,
};
const NEST_MODULE_SIGN: SignerSpec = {
  label: '@nestjs/jwt `JwtModule`',
  form: '`signOptions: { algorithm }`',
  optionsArgument: 0,
  path: ['signOptions', 'algorithm'],
  key: optionKey({ path: ['privateKey'], family: 'public-key' }, { path: ['secret'] }),
};
const NEST_SERVICE_VERIFY: VerifierSpec = {
  label: '@nestjs/jwt `JwtService.verify`',
  form: 'an injected `JwtService`: `verify(token, { algorithms })`, `verifyAsync(...)` (a missing list falls back to the module)',
  optionsArgument: 1,
  path: ['algorithms'],
  allowlist: 'list',
  reportMissing: false,
  expirationPath: ['ignoreExpiration'],
  tokenArgument: 0,
  key: optionKey({ path: ['publicKey'], family: 'public-key' }, { path: ['secret'] }),
};
const NEST_SERVICE_SIGN: SignerSpec = {
  label: '@nestjs/jwt `JwtService.sign`',
  form: '`sign(payload, { algorithm })`, `signAsync(...)`',
  optionsArgument: 1,
  path: ['algorithm'],
  key: optionKey({ path: ['privateKey'], family: 'public-key' }, { path: ['secret'] }),
};
const NEST_SERVICE_DECODE: DecoderSpec = {
  label: '@nestjs/jwt `JwtService.decode`',
  form: '`decode(token)`',
  returns: 'claims',
  switches: [{ argument: 1, path: ['complete'], returns: 'token' }],
};

// fast-jwt, @fastify/jwt, hapi-auth-jwt2
const FAST_JWT_VERIFY: VerifierSpec = {
  ...middlewareVerifier('fast-jwt `createVerifier`', '`createVerifier({ key, algorithms })`', 'key'),
  expirationPath: undefined,
};
const FAST_JWT_SIGN: SignerSpec = {
  label: 'fast-jwt `createSigner`',
  form: '`createSigner({ key, algorithm })`',
  optionsArgument: 0,
  path: ['algorithm'],
  key: optionKey({ path: ['key'] }),
};
const FAST_JWT_DECODE: DecoderSpec = {
  label: 'fast-jwt `createDecoder`',
  form: 'the function `createDecoder()` returns',
  returns: 'claims',
  switches: [{ argument: 0, path: ['complete'], returns: 'token' }],
};
const FASTIFY_JWT_VERIFY: VerifierSpec = {
  label: '@fastify/jwt',
  form: '`fastify.register(jwt, { secret, verify: { algorithms } })` (also the older `fastify-jwt`)',
  optionsArgument: 1,
  path: ['verify', 'algorithms'],
  allowlist: 'list',
  reportMissing: true,
  key: optionKey({ path: ['secret', 'public'], family: 'public-key' }, { path: ['secret'] }),
};
const FASTIFY_JWT_SIGN: SignerSpec = {
  label: '@fastify/jwt',
  form: '`sign: { algorithm }`',
  optionsArgument: 1,
  path: ['sign', 'algorithm'],
  key: optionKey({ path: ['secret', 'private'], family: 'public-key' }, { path: ['secret'] }),
};
const HAPI_AUTH_JWT2: VerifierSpec = {
  label: 'hapi-auth-jwt2',
  form: '`server.auth.strategy(name, "jwt", { key, verifyOptions: { algorithms } })`',
  optionsArgument: 2,
  path: ['verifyOptions', 'algorithms'],
  allowlist: 'list',
  reportMissing: true,
  expirationPath: ['verifyOptions', 'ignoreExpiration'],
  key: optionKey({ path: ['key'] }),
};

// jwt-simple, hono, @tsndr/cloudflare-worker-jwt, jwt-decode
const JWT_SIMPLE_DECODE: VerifierSpec = {
  label: 'jwt-simple `decode`',
  form: '`decode(token, key, false, algorithm)`; `decode(token, key, true)` skips the signature',
  optionsArgument: 3,
  path: [],
  allowlist: 'single',
  reportMissing: true,
  fillerArguments: ['false'],
  tokenArgument: 0,
  key: argumentKey(1),
};
const JWT_SIMPLE_ENCODE: SignerSpec = {
  label: 'jwt-simple `encode`',
  form: '`encode(payload, key, algorithm)` (HS256 by default)',
  optionsArgument: 2,
  path: [],
  defaultAlgorithm: 'HS256',
  key: argumentKey(1),
};
const HONO_VERIFY: VerifierSpec = {
  label: 'hono `verify`',
  form: '`verify(token, key, alg)` or `verify(token, key, { alg })`',
  optionsArgument: 2,
  path: [],
  allowlist: 'single',
  objectPath: ['alg'],
  reportMissing: true,
  tokenArgument: 0,
  key: argumentKey(1),
};
const HONO_MIDDLEWARE: VerifierSpec = {
  label: 'hono `jwt()` middleware',
  form: '`jwt({ secret, alg })`',
  optionsArgument: 0,
  path: ['alg'],
  allowlist: 'single',
  reportMissing: true,
  key: optionKey({ path: ['secret'] }),
};
const HONO_SIGN: SignerSpec = {
  label: 'hono `sign`',
  form: '`sign(payload, key, alg)` (HS256 by default)',
  optionsArgument: 2,
  path: [],
  objectPath: ['alg'],
  defaultAlgorithm: 'HS256',
  key: argumentKey(1),
};
const HONO_DECODE: DecoderSpec = { label: 'hono `decode`', form: '`decode(token).payload`', returns: 'token' };
const TSNDR_VERIFY: VerifierSpec = {
  label: '@tsndr/cloudflare-worker-jwt `verify`',
  form: '`verify(token, secret, { algorithm })` (pinned to HS256 when none is given)',
  optionsArgument: 2,
  path: [],
  allowlist: 'single',
  objectPath: ['algorithm'],
  reportMissing: false,
  tokenArgument: 0,
  key: argumentKey(1),
};
const TSNDR_SIGN: SignerSpec = {
  label: '@tsndr/cloudflare-worker-jwt `sign`',
  form: '`sign(payload, secret, { algorithm })` (HS256 by default)',
  optionsArgument: 2,
  path: [],
  objectPath: ['algorithm'],
  defaultAlgorithm: 'HS256',
  key: argumentKey(1),
};
const TSNDR_DECODE: DecoderSpec = {
  label: '@tsndr/cloudflare-worker-jwt `decode`',
  form: '`decode(token).payload`',
  returns: 'token',
};
const JWT_DECODE: DecoderSpec = {
  label: 'jwt-decode',
  form: '`jwtDecode(token)` on a token taken from the request (a browser library elsewhere)',
  returns: 'claims',
  switches: [{ argument: 1, path: ['header'], returns: 'header' }],
  requestTokensOnly: true,
};

const jsonwebtokenVerify = {
  ...call({ role: 'verifier', verifier: JSONWEBTOKEN_VERIFY }),
  ...read({ role: 'verifierFunction', verifier: JSONWEBTOKEN_VERIFY }),
};
const joseHeaderSigners = Object.fromEntries(
  ['SignJWT', 'CompactSign', 'FlattenedSign', 'GeneralSign'].map((name) => [name, construct({ role: 'headerSigner', signer: JOSE_SIGN })]),
);
const honoHelpers: TraceMapNode<JwtEntry> = {
  verify: call({ role: 'verifier', verifier: HONO_VERIFY }),
  decode: call({ role: 'decoder', decoder: HONO_DECODE }),
  sign: call({ role: 'signer', signer: HONO_SIGN }),
};
const fastifyJwt = read({ role: 'plugin', verifier: FASTIFY_JWT_VERIFY, signer: FASTIFY_JWT_SIGN, registration: 'fastify-register' });
const jwtDecode = call({ role: 'decoder', decoder: JWT_DECODE });
const tsndr: TraceMapNode<JwtEntry> = {
  verify: call({ role: 'verifier', verifier: TSNDR_VERIFY }),
  sign: call({ role: 'signer', signer: TSNDR_SIGN }),
  decode: call({ role: 'decoder', decoder: TSNDR_DECODE }),
};
const nestMethods: Readonly<Record<string, ServiceMethod>> = {
  verify: { role: 'verifier', verifier: NEST_SERVICE_VERIFY },
  verifyAsync: { role: 'verifier', verifier: NEST_SERVICE_VERIFY },
  sign: { role: 'signer', signer: NEST_SERVICE_SIGN },
  signAsync: { role: 'signer', signer: NEST_SERVICE_SIGN },
  decode: { role: 'decoder', decoder: NEST_SERVICE_DECODE },
};

/** Each library once, by module, in the order the docs list them; `aliases` are other names the same API is published under. */
const LIBRARIES: readonly { module: string; aliases?: readonly string[]; api: TraceMapNode<JwtEntry> }[] = [
  {
    module: 'jsonwebtoken',
    api: {
      verify: jsonwebtokenVerify,
      decode: call({ role: 'decoder', decoder: JSONWEBTOKEN_DECODE }),
      sign: call({ role: 'signer', signer: JSONWEBTOKEN_SIGN }),
    },
  },
  {
    module: 'jose',
    api: {
      jwtVerify: call({ role: 'verifier', verifier: joseVerify('jwtVerify') }),
      compactVerify: call({ role: 'verifier', verifier: joseVerify('compactVerify') }),
      flattenedVerify: call({ role: 'verifier', verifier: joseVerify('flattenedVerify') }),
      generalVerify: call({ role: 'verifier', verifier: joseVerify('generalVerify') }),
      decodeJwt: call({ role: 'decoder', decoder: JOSE_DECODE_JWT }),
      decodeProtectedHeader: call({ role: 'decoder', decoder: JOSE_HEADER }),
      UnsecuredJWT: { decode: call({ role: 'decoder', decoder: JOSE_UNSECURED }) },
      ...joseHeaderSigners,
    },
  },
  {
    module: 'express-jwt',
    api: {
      ...call({ role: 'verifier', verifier: EXPRESS_JWT }),
      expressjwt: call({ role: 'verifier', verifier: EXPRESS_JWT }),
    },
  },
  {
    module: 'koa-jwt',
    api: { ...call({ role: 'verifier', verifier: KOA_JWT }), default: call({ role: 'verifier', verifier: KOA_JWT }) },
  },
  {
    module: 'passport-jwt',
    api: {
      Strategy: { ...construct({ role: 'verifier', verifier: PASSPORT_JWT }), ...read({ role: 'strategyClass' }) },
    },
  },
  { module: '@nestjs/passport', api: { PassportStrategy: call({ role: 'strategyMixin', verifier: PASSPORT_JWT }) } },
  {
    module: '@nestjs/jwt',
    api: {
      JwtModule: {
        register: call({ role: 'moduleOptions', verifier: NEST_MODULE_VERIFY, signer: NEST_MODULE_SIGN, factory: false }),
        registerAsync: call({ role: 'moduleOptions', verifier: NEST_MODULE_VERIFY, signer: NEST_MODULE_SIGN, factory: true }),
      },
      JwtService: read({ role: 'service', label: '@nestjs/jwt `JwtService`', methods: nestMethods }),
    },
  },
  {
    module: 'fast-jwt',
    api: {
      createVerifier: call({ role: 'verifier', verifier: FAST_JWT_VERIFY }),
      createDecoder: call({ role: 'decoderFactory', decoder: FAST_JWT_DECODE }),
      createSigner: call({ role: 'signer', signer: FAST_JWT_SIGN }),
    },
  },
  {
    module: '@fastify/jwt',
    aliases: ['fastify-jwt'],
    api: { ...fastifyJwt, default: fastifyJwt, fastifyJwt },
  },
  {
    module: 'hapi-auth-jwt2',
    api: {
      ...read({ role: 'plugin', verifier: HAPI_AUTH_JWT2, registration: 'hapi-strategy' }),
      default: read({ role: 'plugin', verifier: HAPI_AUTH_JWT2, registration: 'hapi-strategy' }),
    },
  },
  { module: 'socketio-jwt', api: { authorize: call({ role: 'verifier', verifier: SOCKETIO_JWT }) } },
  {
    module: 'jwt-simple',
    api: {
      decode: call({ role: 'optionalVerifier', verifier: JWT_SIMPLE_DECODE, noVerifyArgument: 2 }),
      encode: call({ role: 'signer', signer: JWT_SIMPLE_ENCODE }),
    },
  },
  {
    module: 'hono/jwt',
    api: { ...honoHelpers, jwt: call({ role: 'verifier', verifier: HONO_MIDDLEWARE }) },
  },
  { module: 'hono/utils/jwt', api: { Jwt: honoHelpers } },
  { module: '@tsndr/cloudflare-worker-jwt', api: { ...tsndr, default: tsndr } },
  { module: 'jwt-decode', api: { ...jwtDecode, default: jwtDecode, jwtDecode } },
];

/** Every JWT library the rule knows, by module specifier. */
export const JWT_LIBRARIES: TraceMap<JwtEntry> = Object.fromEntries(
  LIBRARIES.flatMap((library) => [library.module, ...(library.aliases ?? [])].map((name) => [name, library.api])),
);

/** Functions that turn a callback API into a promise one, so `promisify(jwt.verify)` still verifies. */
export const PROMISIFIERS: TraceMap<true> = {
  util: { promisify: { [CALL]: true } },
  'node:util': { promisify: { [CALL]: true } },
  bluebird: { promisify: { [CALL]: true }, fromCallback: { [CALL]: true } },
  'es6-promisify': { promisify: { [CALL]: true } },
  pify: { [CALL]: true, default: { [CALL]: true } },
};

const JWKS_RSA: TraceMapNode<Family> = {
  [CALL]: 'public-key',
  JwksClient: { [CONSTRUCT]: 'public-key' },
  expressJwtSecret: { [CALL]: 'public-key' },
  koaJwtSecret: { [CALL]: 'public-key' },
  passportJwtSecret: { [CALL]: 'public-key' },
  hapiJwt2Key: { [CALL]: 'public-key' },
  hapiJwt2KeyAsync: { [CALL]: 'public-key' },
};

/** Calls that make a key whose algorithm family is visible: a public or private key object, a JWKS lookup, a secret. */
export const KEY_SOURCES: TraceMap<Family> = {
  crypto: { createPublicKey: { [CALL]: 'public-key' }, createPrivateKey: { [CALL]: 'public-key' }, createSecretKey: { [CALL]: 'hmac' } },
  'node:crypto': {
    createPublicKey: { [CALL]: 'public-key' },
    createPrivateKey: { [CALL]: 'public-key' },
    createSecretKey: { [CALL]: 'hmac' },
  },
  jose: {
    createRemoteJWKSet: { [CALL]: 'public-key' },
    createLocalJWKSet: { [CALL]: 'public-key' },
    importSPKI: { [CALL]: 'public-key' },
    importX509: { [CALL]: 'public-key' },
    importPKCS8: { [CALL]: 'public-key' },
  },
  'jwks-rsa': { ...JWKS_RSA, default: JWKS_RSA },
  'get-jwks': { [CALL]: 'public-key', default: { [CALL]: 'public-key' } },
};

/** File readers whose path, when it names a key file (`.pem`, `.pub`, `public`, `cert`), shows a public-key key. */
export const KEY_FILE_READERS: TraceMap<true> = Object.fromEntries(
  ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra'].map((name) => [
    name,
    { readFileSync: { [CALL]: true }, readFile: { [CALL]: true }, promises: { readFile: { [CALL]: true } } },
  ]),
);

/** The first algorithm of a family, suggested when the family is all this file shows. */
export const FAMILY_DEFAULTS: Readonly<Record<Family, string>> = { hmac: 'HS256', 'public-key': 'RS256' };

/** Algorithms a JWK's `kty` (and `crv`) stand for when the JWK names no `alg`. */
export const JWK_KEY_TYPES: Readonly<Record<string, { family: Family; algorithm: string }>> = {
  oct: { family: 'hmac', algorithm: 'HS256' },
  RSA: { family: 'public-key', algorithm: 'RS256' },
  EC: { family: 'public-key', algorithm: 'ES256' },
  OKP: { family: 'public-key', algorithm: 'EdDSA' },
};

export function algorithmFamily(algorithm: string): Family {
  return /^HS\d+$/i.test(algorithm) ? 'hmac' : 'public-key';
}

interface Specs {
  verifiers: readonly VerifierSpec[];
  decoders: readonly DecoderSpec[];
  signers: readonly SignerSpec[];
}

const NO_SPECS: Specs = { verifiers: [], decoders: [], signers: [] };
const verifying = (entry: { verifier: VerifierSpec }): Specs => ({ ...NO_SPECS, verifiers: [entry.verifier] });
const signing = (entry: { signer: SignerSpec }): Specs => ({ ...NO_SPECS, signers: [entry.signer] });
const decoding = (entry: { decoder: DecoderSpec }): Specs => ({ ...NO_SPECS, decoders: [entry.decoder] });

/** The specs each role carries, for the docs. */
const SPECS: { [R in Role]: (entry: JwtEntry<R>) => Specs } = {
  verifier: verifying,
  verifierFunction: verifying,
  optionalVerifier: verifying,
  strategyMixin: verifying,
  signer: signing,
  headerSigner: signing,
  decoder: decoding,
  decoderFactory: decoding,
  moduleOptions: (entry) => ({ ...NO_SPECS, verifiers: [entry.verifier], signers: [entry.signer] }),
  plugin: (entry) => ({ ...NO_SPECS, verifiers: [entry.verifier], signers: entry.signer ? [entry.signer] : [] }),
  service: (entry) => {
    const methods = Object.values(entry.methods).map(specsOf);
    return {
      verifiers: methods.flatMap((specs) => specs.verifiers),
      decoders: methods.flatMap((specs) => specs.decoders),
      signers: methods.flatMap((specs) => specs.signers),
    };
  },
  strategyClass: () => NO_SPECS,
};

function specsOf<R extends Role>(entry: JwtEntry<R>): Specs {
  return SPECS[entry.role](entry);
}

function entriesOf(node: TraceMapNode<JwtEntry>): JwtEntry[] {
  const own = Object.getOwnPropertySymbols(node).map((symbol) => node[symbol]);
  const members = Object.values(node).flatMap((child) => entriesOf(child));
  return [...own.filter((entry): entry is JwtEntry => entry !== undefined), ...members];
}

function uniqueForms(specs: readonly { form: string }[]): string {
  return [...new Set(specs.map((spec) => spec.form))].join('; ') || '-';
}

/** The libraries as the docs list them: generated from the specs above, so a new library shows up once added. */
export const JWT_LIBRARY_DOCS: LibraryDocs = {
  columns: ['module', 'verification (where the allowlist goes)', 'decoded without verification', 'signing (compared with verifiers)'],
  rows: LIBRARIES.map((library) => {
    const specs = entriesOf(library.api).map(specsOf);
    return [
      [library.module, ...(library.aliases ?? [])].map((name) => `\`${name}\``).join(', '),
      uniqueForms(specs.flatMap((spec) => spec.verifiers)),
      uniqueForms(specs.flatMap((spec) => spec.decoders)),
      uniqueForms(specs.flatMap((spec) => spec.signers)),
    ];
  }),
};
