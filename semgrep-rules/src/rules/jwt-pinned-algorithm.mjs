// Python twin of ai-guard/jwt-pinned-algorithm: PyJWT, python-jose and authlib.
import { mentionsAny } from '../lib/anchors.mjs';
import { all, either, focus, inside, metavariablePattern, metavariableRegex, not, notInside } from '../lib/patterns.mjs';
import {
  ALL_ALGORITHMS,
  AUTHLIB_ANY_ALGORITHM_DECODE,
  AUTHLIB_CLASSES,
  FLASK_JWT_EXTENDED_ALLOWLISTS,
  HMAC,
  JOSE_DECODE,
  JOSE_JWS_VERIFY,
  MODULES,
  PARTIALS,
  PUBLIC_KEY,
  PYJWT_CLASSES,
  PYJWT_METHODS,
  PYJWT_MODULE_VERIFIERS,
  SELF_DESCRIBING_KEYS,
  SIGNERS,
  STANDARD_HEADER_FIELDS,
  UNVERIFIED_CLAIMS_READERS,
  UNVERIFIED_HEADER_READERS,
} from '../libraries/jwt.mjs';

const anchor = mentionsAny(MODULES);
// The unverified-claims check needs a reader in the file: a narrower anchor than the module names.
const unverifiedAnchor = mentionsAny(['get_unverified_claims', 'get_unverified_header', 'get_unverified_headers']);

/** PyJWT verifier calls of one argument shape: module functions, inline instances, and named instances. */
function pyjwtCalls(shape) {
  return [
    ...PYJWT_MODULE_VERIFIERS.map((verifier) => `${verifier}${shape}`),
    ...PYJWT_CLASSES.flatMap((cls) => PYJWT_METHODS.map((method) => `${cls}(...).${method}${shape}`)),
    all(
      either(PYJWT_CLASSES.map((cls) => inside(`$INSTANCE = ${cls}(...)\n...`))),
      either(PYJWT_METHODS.map((method) => `$INSTANCE.${method}${shape}`)),
    ),
  ];
}

/** Verifiers that take `algorithms` (PyJWT and python-jose `jwt.decode`), in one argument shape. */
const verifierCalls = (shape) => [...pyjwtCalls(shape), `${JOSE_DECODE}${shape}`];

/** `functools.partial(jwt.decode, ...)`: a verifier whose options are fixed once, given keyword arguments `keywords`. */
const partialVerifiers = (keywords) =>
  PARTIALS.flatMap((partial) => [...PYJWT_MODULE_VERIFIERS, JOSE_DECODE].map((verifier) => `${partial}(${verifier}, ${keywords})`));

/** Every place an allowlist is given, bound to $ALGS: keyword or third positional argument, authlib's first. */
const ALLOWLIST_SHAPES = ['(..., algorithms=$ALGS, ...)', '($TOKEN, $KEY, $ALGS, ...)'];
const allowlistHolders = either(
  ...ALLOWLIST_SHAPES.flatMap((shape) => [...verifierCalls(shape), `${JOSE_JWS_VERIFY}${shape}`]),
  // Any partial given `algorithms=` (one pattern instead of one per verifier, for speed).
  ...PARTIALS.map((partial) => `${partial}($VERIFIER, ..., algorithms=$ALGS, ...)`),
  ...AUTHLIB_CLASSES.flatMap((cls) => [`${cls}($ALGS, ...)`, `${cls}(..., algorithms=$ALGS, ...)`]),
);
/** flask-jwt-extended's allowlist setting, only looked for in files that name it. */
const configAllowlists = all(mentionsAny(['JWT_DECODE_ALGORITHMS']), either(FLASK_JWT_EXTENDED_ALLOWLISTS));

/** Options passed through `**$ALGS`, a dict assigned above whose "algorithms" entry is $VALUE. */
const kwargsAllowlist = all(
  either(inside('$ALGS = {..., "algorithms": $VALUE, ...}\n...'), inside('$ALGS = dict(..., algorithms=$VALUE, ...)\n...')),
  either(verifierCalls('(..., **$ALGS)')),
);

/** An allowlist whose value (written inline, or assigned to the name passed) satisfies one of `conditions`. */
function allowlistWhere(...conditions) {
  return [
    either(
      conditions.flatMap((condition) => [
        all(allowlistHolders, condition('$ALGS')),
        all(configAllowlists, condition('$ALGS')),
        all(allowlistHolders, inside('$ALGS = $VALUE\n...'), condition('$VALUE')),
        // Two names deep: `allowed = SUPPORTED_ALGORITHMS` in the function, the list at module level.
        all(allowlistHolders, inside('$ALGS = $NAME\n...'), inside('$NAME = $VALUE\n...'), condition('$VALUE')),
        all(kwargsAllowlist, condition('$VALUE')),
      ]),
    ),
    focus('$ALGS'),
  ];
}

// A local `jwt` or `decode` is not the library.
const notShadowed = [notInside('jwt = $ANYTHING\n...'), notInside('def decode(...):\n  ...\n...'), notInside('decode = $ANYTHING\n...')];

const TIMING_CLAIMS = ['exp', 'iat', 'nbf'];
const VERIFY_OFF = '{..., "verify_signature": False, ...}';
const VERIFY_OFF_FORMS = [VERIFY_OFF, 'dict(..., verify_signature=False, ...)'];
const optionHolders = [
  ...verifierCalls('(..., options=$FLAG, ...)'),
  ...partialVerifiers('..., options=$FLAG, ...'),
  ...PYJWT_CLASSES.map((cls) => `${cls}(..., options=$FLAG, ...)`),
];

const LIST = String.raw`\s*[\[\(\{]`;
const NONE = String.raw`(?i:["']none["']|ALGORITHMS\.NONE\b)`;
const EMPTY = String.raw`^(\[\s*\]|\(\s*\)|(list|tuple|set)\(\s*\))$`;
const HAS_NONE = String.raw`(?s)^${LIST}.*${NONE}`;
const MIXED = String.raw`(?s)^(?!.*${NONE})(?=.*(["']|ALGORITHMS\.)${HMAC}\b)(?=.*(["']|ALGORITHMS\.)${PUBLIC_KEY}\b)${LIST}`;
// A list of one family; FIRST is its first entry, compared with the signing algorithm's family.
const ONE_FAMILY = String.raw`^(?=\s*[\[\(]\s*["'](?P<FIRST>\w+)["'])\s*[\[\(]\s*(?:(?:["']${HMAC}["']\s*,?\s*)+|(?:["']${PUBLIC_KEY}["']\s*,?\s*)+)[\]\)]\s*$`;

const headerReads = (header) => [`${header}["alg"]`, `${header}.get("alg", ...)`];
/** A value, or a list or tuple holding it. */
const inList = (values) => values.flatMap((value) => [value, `[..., ${value}, ...]`, `(..., ${value}, ...)`]);

/**
 * Identity uses of a value read from an unverified token, bound to $VALUE: returned or yielded (a dependency or helper
 * hands it to its caller), stored on an object (the request, `g`, a user object) or in a slot (a session), compared, or
 * a claim tested by an `if`.
 */
const IDENTITY_USES = [
  'return $VALUE',
  'yield $VALUE',
  // A claim that decides a branch: `if claims.get("is_admin"):`.
  all(either('if $VALUE:\n  ...', 'if not $VALUE:\n  ...'), metavariablePattern('$VALUE', either('$CLAIMS[$KEY]', '$CLAIMS.get(...)'))),
  '$OBJECT.$ATTRIBUTE = $VALUE',
  '$SLOT[$INDEX] = $VALUE',
  ...['==', '!=', 'in', 'not in'].flatMap((operator) => [`$VALUE ${operator} $OTHER`, `$OTHER ${operator} $VALUE`]),
];

/** Reads of `source` that only say when the token expires (a cache planning its refresh). */
const timingReads = (source) => TIMING_CLAIMS.flatMap((claim) => [`${source}["${claim}"]`, `${source}.get("${claim}", ...)`]);

/** A statement using `use` after `$DECODED = $DECODE(...)`, in the same block or after the `try` that assigns it. */
const afterAssignment = (use) => [
  `$DECODED = $DECODE(...)\n...\n${use}`,
  `try:\n  ...\n  $DECODED = $DECODE(...)\n  ...\nexcept ...:\n  ...\n...\n${use}`,
];
/** Uses of the decoded claims in $DECODED other than a timing claim: another field, or the whole mapping. */
const FIELD_USES = ['<... $DECODED[$FIELD] ...>', '<... $DECODED.get($FIELD, ...) ...>'];
const WHOLE_USES = [
  'return $DECODED',
  'return <... ($DECODED, ...) ...>',
  '$TARGET = $DECODED',
  '<... $CALL(..., $DECODED, ...) ...>',
  '<... $CALL(..., $KEYWORD=$DECODED, ...) ...>',
  '<... {..., $KEY: $DECODED, ...} ...>',
  '<... {..., **$DECODED} ...>',
  'for $ITEM in <... $DECODED ...>:\n  ...',
];
/**
 * A decode result kept in a name and used for more than when it expires: a field other than exp/iat/nbf, or the
 * whole mapping. One whose only reads are timing claims (a client scheduling the refresh of its own token) is not.
 */
const usedBeyondTiming = either(
  all(either(FIELD_USES.flatMap(afterAssignment).map(inside)), metavariableRegex('$FIELD', `^(?!["'](${TIMING_CLAIMS.join('|')})["']$)`)),
  ...WHOLE_USES.flatMap(afterAssignment).map(inside),
);

// Claims read and then verified in the same function were only peeked at.
const verifiedLater = [
  ...PYJWT_MODULE_VERIFIERS.slice(0, 2).map((verifier) =>
    notInside(`def $FUNCTION(...):\n  ...\n  ${verifier}($TOKEN, $KEY2, ...)\n  ...`),
  ),
  notInside(`def $FUNCTION(...):\n  ...\n  ${JOSE_DECODE}($TOKEN, $KEY2, ...)\n  ...`),
  notInside('def $FUNCTION(...):\n  ...\n  $INSTANCE2.decode($TOKEN, $KEY2, ...)\n  ...'),
];

export default {
  id: 'jwt-pinned-algorithm',
  comment: `
Every check is limited to files that mention jwt, jose, authlib or flask-jwt-extended. Library entry points come from
semgrep-rules/src/libraries/jwt.mjs; an allowlist held in a name is followed to its assignment (two names deep), and
functools.partial over a verifier counts as a verifier. Unverified claims are followed as taint to their identity uses.`,
  confidence: 'HIGH',
  likelihood: 'MEDIUM',
  impact: 'HIGH',
  technology: ['jwt', 'pyjwt', 'python-jose', 'authlib'],
  references: [
    'https://www.rfc-editor.org/rfc/rfc8725#section-3.1',
    'https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode',
    'https://python-jose.readthedocs.io/en/latest/jwt/api.html',
    'https://docs.authlib.org/en/latest/jose/jwt.html',
  ],
  checks: {
    missingAlgorithms: {
      summary: 'A verifier called with no allowlist (PyJWT 1, python-jose), or authlib objects that accept every algorithm.',
      message: `This call verifies a JWT without an algorithm allowlist, so the token's own \`alg\` header picks the check:
        a forged \`none\` token, or HS256 keyed with your public key, can pass. Pass the algorithm you sign with:
        \`algorithms=["RS256"]\` (authlib: \`JsonWebToken(["RS256"])\`).`,
      patterns: [
        either(
          all(
            either(
              all(either(verifierCalls('(...)')), not('$F(..., options=$OPTIONS, ...)')),
              all(either(verifierCalls('(..., options={...}, ...)')), not(`$F(..., options=${VERIFY_OFF}, ...)`)),
              all(
                inside('$OPTIONS = {...}\n...'),
                either(verifierCalls('(..., options=$OPTIONS, ...)')),
                notInside(`$OPTIONS = ${VERIFY_OFF}\n...`),
              ),
            ),
            not('$F(..., algorithms=$ALGORITHMS, ...)'),
            not('$F($TOKEN, $KEY, $THIRD, ...)'),
            not('$F(..., **$KWARGS)'),
            not('$F(..., *$ARGS, ...)'),
            not('$F(..., verify=False, ...)'),
            ...SELF_DESCRIBING_KEYS.flatMap((key) => [
              not(`$F($TOKEN, ${key}, ...)`),
              not(`$F(..., key=${key}, ...)`),
              notInside(`$JWK = ${key}\n...\n$DECODE($TOKEN, $JWK, ...)`),
              notInside(`$JWK = ${key}\n...\n$DECODE(..., key=$JWK, ...)`),
            ]),
            ...notShadowed,
          ),
          // A partial with no allowlist, unless every call of it passes one.
          all(
            either(partialVerifiers('...')),
            not('$PARTIAL(..., algorithms=$ALGORITHMS, ...)'),
            not(`$PARTIAL(..., options=${VERIFY_OFF}, ...)`),
            not('$PARTIAL(..., **$KWARGS)'),
            not('$PARTIAL($VERIFIER, $TOKEN, $KEY, $THIRD, ...)'),
            notInside('$VERIFY = $PARTIAL(...)\n...\n<... $VERIFY(..., algorithms=$ALGORITHMS, ...) ...>'),
            notInside('$VERIFY = $PARTIAL(...)\n...\n<... $VERIFY($TOKEN, $KEY, $THIRD, ...) ...>'),
          ),
          `${AUTHLIB_ANY_ALGORITHM_DECODE}(...)`,
          ...AUTHLIB_CLASSES.filter((cls) => cls.endsWith('JsonWebToken')).flatMap((cls) => [
            `${cls}()`,
            `${cls}(None, ...)`,
            `${cls}(algorithms=None, ...)`,
          ]),
        ),
        anchor,
      ],
    },
    emptyAlgorithms: {
      summary: 'An allowlist that is empty: `[]`, `()`, `list()`.',
      message: `This verifier is given an empty algorithm allowlist (\`$ALGS\`), which pins nothing. List the one algorithm
        you sign with, e.g. \`algorithms=["RS256"]\`.`,
      patterns: [...allowlistWhere((value) => metavariableRegex(value, EMPTY)), anchor],
    },
    algorithmsFromToken: {
      summary: "An allowlist read from the token's own unverified header, unless the value was checked against a constant.",
      message: `This verifier takes its algorithm allowlist from the token being verified (\`$ALGS\`), so the attacker chooses
        it: \`none\`, or HS256 keyed with your public key. Pin a constant, e.g. \`algorithms=["RS256"]\`.`,
      patterns: [
        either(
          all(
            allowlistHolders,
            metavariablePattern('$ALGS', either(UNVERIFIED_HEADER_READERS.flatMap((reader) => inList(headerReads(`${reader}(...)`))))),
          ),
          all(
            either(
              ...UNVERIFIED_HEADER_READERS.map((reader) => inside(`$HEADER = ${reader}(...)\n...`)),
              ...PYJWT_MODULE_VERIFIERS.filter((verifier) => verifier.endsWith('decode_complete')).map((verifier) =>
                inside(`$HEADER = ${verifier}(...)["header"]\n...`),
              ),
            ),
            either(
              all(allowlistHolders, metavariablePattern('$ALGS', either(inList(headerReads('$HEADER'))))),
              all(
                either(headerReads('$HEADER').map((read) => inside(`$ALG = ${read}\n...`))),
                allowlistHolders,
                metavariablePattern('$ALGS', either(inList(['$ALG']))),
              ),
            ),
          ),
          all(
            either(
              UNVERIFIED_HEADER_READERS.flatMap((reader) => headerReads(`${reader}(...)`).map((read) => inside(`$ALG = ${read}\n...`))),
            ),
            allowlistHolders,
            metavariablePattern('$ALGS', either(inList(['$ALG']))),
          ),
        ),
        notInside('if <... "alg" ...> not in $ALLOWED:\n  ...\n...'),
        notInside('if $ALG not in $ALLOWED:\n  ...\n...'),
        notInside('if <... "alg" ...> in $ALLOWED:\n  ...'),
        notInside('if $ALG in $ALLOWED:\n  ...'),
        focus('$ALGS'),
        anchor,
      ],
    },
    noneAlgorithm: {
      summary: 'An allowlist that contains `none`.',
      message: `This verifier accepts \`$ALGS\`, which includes \`none\`: an unsigned token passes verification. Remove it and
        list only the algorithm you sign with, e.g. \`algorithms=["RS256"]\`.`,
      patterns: [...allowlistWhere((value) => metavariableRegex(value, HAS_NONE)), anchor],
    },
    mixedAlgorithmFamilies: {
      summary: 'An allowlist that mixes HMAC with public-key algorithms, or holds every algorithm the library knows.',
      message: `This verifier accepts both HMAC (\`HS*\`) and public-key (\`RS*\`/\`ES*\`) algorithms in \`$ALGS\`, so your public
        key can be used as an HMAC secret to forge tokens. Keep one family, e.g. \`algorithms=["RS256"]\`.`,
      patterns: [
        ...allowlistWhere(
          (value) => metavariableRegex(value, MIXED),
          (value) => metavariablePattern(value, either(ALL_ALGORITHMS)),
        ),
        anchor,
      ],
    },
    signVerifyMismatch: {
      summary: 'An allowlist of one family that lacks the algorithm this module signs with (same family).',
      message: `This verifier accepts \`$ALGS\` but this file signs with \`$SIG\`, so its own tokens fail or the allowlist is
        stale. Verify with \`["$SIG"]\`.`,
      patterns: [
        either(
          ...SIGNERS.flatMap((signer) =>
            [`${signer}(..., algorithm="$SIG", ...)`, `${signer}($PAYLOAD, $SIGNING_KEY, "$SIG", ...)`].flatMap((call) => [
              inside(`import $MODULE\n...\n${call}`),
              inside(`${call}\n...`),
              inside(`def $SIGNING_FUNCTION(...):\n  ...\n  ${call}\n...`),
            ]),
          ),
        ),
        metavariableRegex('$SIG', String.raw`^(${HMAC}|${PUBLIC_KEY})$`),
        ...allowlistWhere((value) => metavariableRegex(value, ONE_FAMILY)),
        { 'metavariable-comparison': { comparison: 're.match("HS", str($SIG)) == re.match("HS", str($FIRST))' } },
        ...['[..., "$SIG", ...]', '(..., "$SIG", ...)'].flatMap((list) => [
          not(`$F(..., algorithms=${list}, ...)`),
          not(`$F($TOKEN, $KEY, ${list}, ...)`),
          not(`$F(${list}, ...)`),
        ]),
        notInside('$ALGS = [..., "$SIG", ...]\n...'),
        notInside('$ALGS = (..., "$SIG", ...)\n...'),
        anchor,
      ],
    },
    unverifiedDecode: {
      summary:
        'Claims (python-jose `get_unverified_claims`) or non-standard header fields read unverified and used as identity: returned, stored, compared.',
      message: `This code reads JWT claims without checking the signature, and uses them here as identity, so anyone can
        write a token that says they are an admin. Verify the token (\`jwt.decode(token, key, algorithms=["RS256"])\`) and
        use its result.`,
      mode: 'taint',
      'pattern-sources': [
        ...UNVERIFIED_CLAIMS_READERS.map((reader) => ({
          label: 'CLAIMS',
          ...all(`${reader}($TOKEN, ...)`, ...verifiedLater, unverifiedAnchor),
        })),
        ...UNVERIFIED_HEADER_READERS.map((reader) => ({
          label: 'HEADER',
          ...all(`${reader}($TOKEN, ...)`, ...verifiedLater, unverifiedAnchor),
        })),
        // A header names keys and formats; only a field of its own (`tenant`, `role`) is identity.
        {
          label: 'FIELD',
          requires: 'HEADER',
          ...all(
            either('$HEADER[$FIELD]', '$HEADER.get($FIELD, ...)'),
            metavariableRegex('$FIELD', `^["'](?!(${STANDARD_HEADER_FIELDS.join('|')})["'])`),
          ),
        },
      ],
      'pattern-sanitizers': timingReads('$CLAIMS'),
      'pattern-sinks': [{ requires: 'CLAIMS or FIELD', ...all(either(IDENTITY_USES), focus('$VALUE'), unverifiedAnchor) }],
    },
    verificationDisabled: {
      summary: '`verify_signature: False` in options (inline or a dict in a name), `verify=False`, or a positional `False`.',
      message: `This call is told to skip signature verification (\`$FLAG\`), so any forged token is accepted. Remove the
        flag and pin the algorithm, e.g. \`algorithms=["RS256"]\`.`,
      patterns: [
        either(
          all(either(optionHolders), metavariablePattern('$FLAG', either(VERIFY_OFF_FORMS))),
          all(either(VERIFY_OFF_FORMS.map((form) => inside(`$FLAG = ${form}\n...`))), either(optionHolders)),
          all(
            either(
              verifierCalls('(..., verify=$FLAG, ...)'),
              partialVerifiers('..., verify=$FLAG, ...'),
              `${JOSE_JWS_VERIFY}(..., verify=$FLAG, ...)`,
              pyjwtCalls('($TOKEN, $KEY, $FLAG, ...)'),
              `${JOSE_JWS_VERIFY}($TOKEN, $KEY, $ALGS, $FLAG)`,
            ),
            metavariableRegex('$FLAG', '^False$'),
          ),
        ),
        notInside(
          'def $FUNCTION(...):\n  ...\n  $CLAIMS = $PEEK($TOKEN, ...)\n  ...\n  $VERIFY($TOKEN, $KEY2, ..., algorithms=$ALGS2, ...)\n  ...',
        ),
        notInside(
          'def $FUNCTION(...):\n  ...\n  $CLAIMS = $PEEK($TOKEN, ...)[$PART]\n  ...\n  $VERIFY($TOKEN, $KEY2, ..., algorithms=$ALGS2, ...)\n  ...',
        ),
        notInside('def $FUNCTION(...):\n  ...\n  $CLAIMS = $PEEK($TOKEN, ...)\n  ...\n  $VERIFY($TOKEN, $KEY2, [...], ...)\n  ...'),
        // Only a timing claim read from the result (`jwt.decode(token, options=...).get("exp")`, a token cache planning its
        // refresh): no identity comes from it.
        ...TIMING_CLAIMS.flatMap((claim) => [notInside(`$PEEK(...).get("${claim}", ...)`), notInside(`$PEEK(...)["${claim}"]`)]),
        either(
          all(inside('$DECODE(...)'), notInside('$DECODED = $DECODE(...)')),
          all(inside('$DECODED = $DECODE(...)'), ...timingReads('$DECODED').flatMap(afterAssignment).map(notInside)),
          all(inside('$DECODED = $DECODE(...)'), usedBeyondTiming),
        ),
        ...notShadowed,
        focus('$FLAG'),
        anchor,
      ],
    },
  },
};
