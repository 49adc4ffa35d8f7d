// JWT libraries as data: every name a verifier, an allowlist holder, an unverified reader and a signer is reached
// by. Semgrep resolves imports (`from jwt import decode`, `import jwt as pyjwt`), so each is written once by its
// module path.

/** PyJWT verifiers: module functions, and the same methods on PyJWT/PyJWS instances. `algorithms` is third. */
export const PYJWT_MODULE_VERIFIERS = [
  'jwt.decode',
  'jwt.decode_complete',
  'jwt.api_jwt.decode',
  'jwt.api_jwt.decode_complete',
  'jwt.api_jws.decode',
  'jwt.api_jws.decode_complete',
];
export const PYJWT_CLASSES = ['jwt.PyJWT', 'jwt.PyJWS', 'jwt.api_jwt.PyJWT', 'jwt.api_jws.PyJWS'];
export const PYJWT_METHODS = ['decode', 'decode_complete'];

/** python-jose: `jwt.decode(token, key, algorithms)` and `jws.verify(token, key, algorithms, verify=True)`. */
export const JOSE_DECODE = 'jose.jwt.decode';
export const JOSE_JWS_VERIFY = 'jose.jws.verify';

/** authlib: the module-level `jwt` accepts every algorithm; instances take the allowlist first. */
export const AUTHLIB_ANY_ALGORITHM_DECODE = 'authlib.jose.jwt.decode';
export const AUTHLIB_CLASSES = [
  'authlib.jose.JsonWebToken',
  'authlib.jose.rfc7519.JsonWebToken',
  'authlib.jose.JsonWebSignature',
  'authlib.jose.rfc7515.JsonWebSignature',
];

/** Readers of the header or claims without a signature check. */
export const UNVERIFIED_HEADER_READERS = [
  'jwt.get_unverified_header',
  'jwt.api_jws.get_unverified_header',
  'jose.jwt.get_unverified_header',
  'jose.jwt.get_unverified_headers',
  'jose.jws.get_unverified_header',
  'jose.jws.get_unverified_headers',
];
export const UNVERIFIED_CLAIMS_READERS = ['jose.jwt.get_unverified_claims', 'jose.jws.get_unverified_claims'];

/** Signing calls: `algorithm=` or the third positional argument. */
export const SIGNERS = ['jwt.encode', 'jwt.api_jwt.encode', 'jose.jwt.encode'];

/** Keys that carry their own algorithm: a JWKS client's key or a PyJWK object. */
export const SELF_DESCRIBING_KEYS = [
  '$CLIENT.get_signing_key_from_jwt(...)',
  '$CLIENT.get_signing_key(...)',
  'jwt.PyJWK(...)',
  'jwt.PyJWK.from_dict(...)',
  'jwt.PyJWK.from_json(...)',
];

/** Header fields that name keys and formats, not identities. */
export const STANDARD_HEADER_FIELDS = [
  'alg',
  'kid',
  'typ',
  'cty',
  'jku',
  'jwk',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'crit',
  'enc',
  'zip',
  'b64',
];

export const HMAC = 'HS(?:256|384|512)';
export const PUBLIC_KEY = '(?:RS(?:256|384|512)|PS(?:256|384|512)|ES(?:256K?|384|512|521)|EdDSA|Ed25519|Ed448)';

/** Values that hold every algorithm the library knows. */
export const ALL_ALGORITHMS = [
  'jwt.algorithms.get_default_algorithms(...)',
  'jwt.PyJWS(...).get_algorithms()',
  'jose.constants.ALGORITHMS.SUPPORTED',
  'jose.constants.ALGORITHMS.ALL',
];

/** `functools.partial` over a verifier: the options it fixes are the options of every call of the result. */
export const PARTIALS = ['functools.partial'];

/**
 * flask-jwt-extended settings (Flask config keys, read by the library itself): the decode allowlist as a config item,
 * an `update(...)` / `from_mapping(...)` keyword or dict entry, or an attribute of a config class or module loaded with
 * `config.from_object`.
 */
export const FLASK_JWT_EXTENDED_ALLOWLISTS = [
  '$CONFIG["JWT_DECODE_ALGORITHMS"] = $ALGS',
  '$CONFIG.$UPDATE(..., JWT_DECODE_ALGORITHMS=$ALGS, ...)',
  '{..., "JWT_DECODE_ALGORITHMS": $ALGS, ...}',
  'JWT_DECODE_ALGORITHMS = $ALGS',
];

export const MODULES = ['jwt', 'jose', 'authlib', 'flask_jwt_extended', 'JWT_DECODE_ALGORITHMS'];
