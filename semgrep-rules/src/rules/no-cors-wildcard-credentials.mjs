// Python twin of ai-guard/no-cors-wildcard-credentials: Starlette/FastAPI, flask-cors, django-cors-headers,
// aiohttp-cors, Litestar, and hand-written headers.
import { matchesAny, mentionsAny } from '../lib/anchors.mjs';
import { withOption, withoutOptions } from '../lib/options.mjs';
import { all, either, focus, inside, metavariableRegex, not, notInside, regex } from '../lib/patterns.mjs';
import {
  AIOHTTP_CORS_OPTIONS,
  ALLOW_ORIGIN_HEADER,
  CORS_MIDDLEWARE_CLASSES,
  CREDENTIALS_WRITES,
  DJANGO_ALLOW_ALL,
  DJANGO_ORIGINS,
  DJANGO_REGEXES,
  DJANGO_SETTINGS_MARKERS,
  FLASK_CORS,
  FLASK_CORS_CREDENTIALS_SETTING,
  FLASK_CORS_ORIGINS_SETTING,
  HEADER_WRITES,
  LITESTAR_CORS,
  MIDDLEWARE_WRAPPERS,
  ORIGIN_READS,
} from '../libraries/cors.mjs';

const configAnchor = regex(String.raw`(?si)\A(?=.*cors).*\z`);
const headerAnchor = regex(String.raw`(?si)\A(?=.*access-control-allow-origin).*\z`);

const STARLETTE = [
  ...CORS_MIDDLEWARE_CLASSES.map((cls) => `$APP.add_middleware(${cls}, ARGS)`),
  ...MIDDLEWARE_WRAPPERS.flatMap((wrapper) => CORS_MIDDLEWARE_CLASSES.map((cls) => `${wrapper}(${cls}, ARGS)`)),
];
const FLASK = FLASK_CORS.map((name) => `${name}(ARGS)`);
const LITESTAR = LITESTAR_CORS.map((name) => `${name}(ARGS)`);

const STAR_LISTS = ['[..., "*", ...]', '(..., "*", ...)'];
// `null`: the Origin a sandboxed iframe or a data: URL sends, so any site can send it.
const NULL_LISTS = ['[..., "null", ...]', '(..., "null", ...)'];
const ANY_ORIGIN_LISTS = [...STAR_LISTS, ...NULL_LISTS];
// The rarer forms are only looked for in files that have them: each costs a pass over every call and assignment.
const mentionsNull = matchesAny([String.raw`["']null["']`]);
const buildsOrigins = matchesAny([String.raw`origins["']?\s*[=:]\s*[^\n]*(?:\+|\[\s*\*)`]);
/**
 * An origins option that lists `*` or `null`: inline, through a name assigned such a list above, or a list built from
 * one (`WEB_ORIGINS + DESKTOP_ORIGINS`, `[*WEB_ORIGINS, "null"]`).
 */
function originsIncludeAny(templates, name) {
  const held = (lists) => either(lists.map((list) => inside(`$ORIGINS = ${list}\n...`)));
  return either(
    ...STAR_LISTS.map((list) => withOption(templates, name, list)),
    all(held(STAR_LISTS), withOption(templates, name, '$ORIGINS')),
    all(mentionsNull, either(NULL_LISTS.map((list) => withOption(templates, name, list)))),
    all(mentionsNull, held(NULL_LISTS), withOption(templates, name, '$ORIGINS')),
    all(
      buildsOrigins,
      either(
        ...ANY_ORIGIN_LISTS.flatMap((list) => [`$REST + ${list}`, `${list} + $REST`]).map((value) => withOption(templates, name, value)),
        all(held(ANY_ORIGIN_LISTS), withOption(templates, name, '<... $ORIGINS ...>')),
      ),
    ),
  );
}

/** flask-cors options from the Flask config: `CORS_ORIGINS` given one of `values`, with `CORS_SUPPORTS_CREDENTIALS = True`. */
function flaskCorsConfig(values) {
  const credentials = [`${FLASK_CORS_CREDENTIALS_SETTING} = True`, `$APP.config["${FLASK_CORS_CREDENTIALS_SETTING}"] = True`];
  const settings = values.flatMap((value) => [
    `${FLASK_CORS_ORIGINS_SETTING} = ${value}`,
    `$APP.config["${FLASK_CORS_ORIGINS_SETTING}"] = ${value}`,
  ]);
  return all(
    mentionsAny([FLASK_CORS_CREDENTIALS_SETTING]),
    either(
      all(
        either(settings),
        // The origins are matched apart: a sequence binds one element of a list, not each in turn. A config class is
        // matched whole: Semgrep starts a statement sequence in a class body only at its first statement.
        either(
          ...credentials.flatMap((setting) => [
            inside(`${setting}\n...`),
            inside(`${FLASK_CORS_ORIGINS_SETTING} = $ORIGINS\n...\n${setting}`),
            inside(`$APP.config["${FLASK_CORS_ORIGINS_SETTING}"] = $ORIGINS\n...\n${setting}`),
          ]),
          ...['class $CONFIG:', 'class $CONFIG(...):'].map((header) => inside(`${header}\n  ...\n  ${credentials[0]}`)),
        ),
      ),
      ...values.map((value) =>
        all(
          `$CONFIG.update(..., ${FLASK_CORS_ORIGINS_SETTING}=${value}, ...)`,
          `$CONFIG.update(..., ${FLASK_CORS_CREDENTIALS_SETTING}=True, ...)`,
        ),
      ),
    ),
  );
}

// A dot that is not escaped, between a host part (a character, a group, a class or a quantifier) and the next one:
// `app.example`, `(www|app).example`, `[a-z0-9-]+.example`.
const UNESCAPED_DOT = String.raw`.*[A-Za-z0-9)\]+*?}]\.[A-Za-z0-9(\[].*`;
const CATCH_ALL = String.raw`\^?(https?\??:(//|\\/\\/))?\.[*+]\$?`;
// Starlette uses re.fullmatch: a catch-all, or an unescaped dot.
const LOOSE_REGEX = String.raw`^(${CATCH_ALL}|${UNESCAPED_DOT})$`;
// django-cors-headers uses re.match: a regex without the closing `$` is loose too.
const LOOSE_DJANGO_REGEX = String.raw`^(${CATCH_ALL}|.*[^$]|${UNESCAPED_DOT})$`;
// flask-cors takes an origin other than `*` for a regex when it holds a regex character, and then uses re.match.
const REGEX_VALUES = ['"$REGEX"', '[..., "$REGEX", ...]', '(..., "$REGEX", ...)'];
const COMPILED_VALUES = ['re.compile("$REGEX", ...)', '[..., re.compile("$REGEX", ...), ...]', '(..., re.compile("$REGEX", ...), ...)'];

/** flask-cors origins given one of `values`, with credentials: CORS() / cross_origin options, resources, the Flask config. */
function flaskCorsOrigins(values) {
  return either(
    all(
      mentionsAny(['supports_credentials']),
      withOption(FLASK, 'supports_credentials', 'True'),
      either(
        ...values.map((value) => withOption(FLASK, 'origins', value)),
        all(either(values.map((value) => inside(`$ORIGINS = ${value}\n...`))), withOption(FLASK, 'origins', '$ORIGINS')),
        ...values.map((value) => `$CORS(..., resources={..., $PATH: {..., "origins": ${value}, ...}, ...}, ...)`),
      ),
    ),
    flaskCorsConfig(values),
  );
}
const LOOSE_FLASK_REGEX = String.raw`^(?!\*$)(?=.*[*\\\]?$^\[()])(${CATCH_ALL}|.*[^$]|${UNESCAPED_DOT})$`;

/** A module-level Django setting `name = value` in a settings module that also allows credentials. */
function djangoSetting(names, valuePatterns) {
  const assigned = (name) => [inside(`${name} = $VALUE\n...\nCORS_ALLOW_CREDENTIALS = True`)];
  return [
    either(names.map((name) => `${name} = $VALUE`)),
    either(valuePatterns),
    either(inside('CORS_ALLOW_CREDENTIALS = True\n...'), ...names.flatMap(assigned)),
    either(
      ...DJANGO_SETTINGS_MARKERS.map((marker) => inside(`${marker} = $SETTING\n...`)),
      ...names.flatMap((name) => DJANGO_SETTINGS_MARKERS.map((marker) => inside(`${name} = $VALUE\n...\n${marker} = $SETTING`))),
    ),
  ];
}

/** Inside a function (or header dict) that also sends Access-Control-Allow-Credentials: true. */
const withCredentialsHeader = either(
  inside('{..., "Access-Control-Allow-Credentials": "true", ...}'),
  ...CREDENTIALS_WRITES.map((write) => inside(`def $HANDLER(...):\n  ...\n  ${write}\n  ...`)),
);

const allowOriginWrite = [either(HEADER_WRITES), metavariableRegex('$HEADER', ALLOW_ORIGIN_HEADER)];
// Checks that decide whether the Origin is echoed: an allowlist, or a prefix/suffix/substring/regex test (judged by
// looseOriginCheck instead).
const CHECK_FORMS = [
  '$CHECKED in $ALLOWED',
  '$CHECKED.endswith(...)',
  '$CHECKED.startswith(...)',
  '$TEXT in $CHECKED',
  're.$MATCH(..., $CHECKED, ...)',
];
const ORIGIN_CHECKS = [
  ...CHECK_FORMS.map((check) => `if <... ${check} ...>:\n  ...`),
  'if <... $CHECKED not in $ALLOWED ...>:\n  ...\n...',
  'if not <... $CHECKED.endswith(...) ...>:\n  ...\n...',
];

export default {
  id: 'no-cors-wildcard-credentials',
  comment: `
Configuration checks are limited to files that mention CORS; hand-written headers to files that mention
Access-Control-Allow-Origin. Options are read inline or from a \`**dict\` assigned above (semgrep-rules/src/lib/options.mjs).`,
  confidence: 'HIGH',
  likelihood: 'MEDIUM',
  impact: 'HIGH',
  technology: [
    'starlette',
    'fastapi',
    'flask',
    'flask-cors',
    'django',
    'django-cors-headers',
    'aiohttp',
    'aiohttp-cors',
    'litestar',
    'cors',
  ],
  references: [
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#requests_with_credentials',
    'https://portswigger.net/web-security/cors',
    'https://www.starlette.io/middleware/#corsmiddleware',
    'https://flask-cors.readthedocs.io/en/latest/api.html',
    'https://github.com/adamchainz/django-cors-headers#configuration',
    'https://github.com/aio-libs/aiohttp-cors#usage',
  ],
  checks: {
    anyOriginWithCredentials: {
      summary:
        'Credentials allowed with `*`, `null` or a default that means every origin (Starlette, flask-cors and its config, Django, aiohttp-cors, Litestar).',
      message: `This CORS setup allows credentialed requests from any origin (\`*\`, \`"null"\` or the library's default), so any
        website can act as the signed-in user and read the responses. List the allowed origins, e.g.
        \`allow_origins=os.environ["CORS_ORIGINS"].split(",")\` or Django's \`CORS_ALLOWED_ORIGINS\`.`,
      patterns: [
        either(
          all(withOption(STARLETTE, 'allow_credentials', 'True'), originsIncludeAny(STARLETTE, 'allow_origins')),
          all(
            withOption(FLASK, 'supports_credentials', 'True'),
            either(
              all(withoutOptions(FLASK, ['origins', 'resources']), not('flask_cors.cross_origin($ORIGINS, ...)')),
              withOption(FLASK, 'origins', '"*"'),
              originsIncludeAny(FLASK, 'origins'),
              ...['"*"', ...STAR_LISTS].map((origins) => `$CORS(..., resources={..., $PATH: {..., "origins": ${origins}, ...}, ...}, ...)`),
            ),
          ),
          all(
            mentionsNull,
            either(
              ...['"null"', ...NULL_LISTS].map(
                (origins) => `$CORS(..., resources={..., $PATH: {..., "origins": ${origins}, ...}, ...}, ...)`,
              ),
            ),
          ),
          flaskCorsConfig(['"*"', ...ANY_ORIGIN_LISTS]),
          all(
            withOption(LITESTAR, 'allow_credentials', 'True'),
            either(withoutOptions(LITESTAR, ['allow_origins']), originsIncludeAny(LITESTAR, 'allow_origins')),
          ),
          all(...djangoSetting(DJANGO_ALLOW_ALL, ['$NAME = True'])),
          all(mentionsNull, ...djangoSetting(DJANGO_ORIGINS, ['$NAME = [..., "null", ...]', '$NAME = (..., "null", ...)'])),
          ...['"*"', '"null"'].flatMap((origin) => [
            `{..., ${origin}: ${AIOHTTP_CORS_OPTIONS}(..., allow_credentials=True, ...), ...}`,
            all(inside(`$OPTIONS = ${AIOHTTP_CORS_OPTIONS}(..., allow_credentials=True, ...)\n...`), `{..., ${origin}: $OPTIONS, ...}`),
          ]),
        ),
        configAnchor,
      ],
    },
    looseOriginRegex: {
      summary:
        'Credentials allowed for origins matching a catch-all or unanchored regex, or one with an unescaped dot (Starlette, Litestar, flask-cors, Django).',
      message: `This CORS setup allows credentialed requests from origins matching \`$REGEX\`, which also matches hosts an
        attacker can register (a catch-all, no closing \`$\`, or an unescaped dot). Anchor it with \`^\` and \`$\` and escape
        every dot, e.g. \`^https://(www\\.)?example\\.com$\`.`,
      patterns: [
        either(
          // Litestar's CORSConfig, like Starlette, matches allow_origin_regex in full.
          ...[STARLETTE, LITESTAR].map((templates) =>
            all(
              withOption(templates, 'allow_credentials', 'True'),
              withOption(templates, 'allow_origin_regex', '"$REGEX"'),
              metavariableRegex('$REGEX', LOOSE_REGEX),
            ),
          ),
          all(
            ...djangoSetting(
              DJANGO_REGEXES,
              [...REGEX_VALUES, ...COMPILED_VALUES]
                .filter((value) => value.startsWith('[') || value.startsWith('('))
                .map((value) => `$NAME = ${value}`),
            ),
            metavariableRegex('$REGEX', LOOSE_DJANGO_REGEX),
          ),
          all(flaskCorsOrigins(REGEX_VALUES), metavariableRegex('$REGEX', LOOSE_FLASK_REGEX)),
          // A compiled pattern is a regex whatever characters it holds.
          all(mentionsAny(['compile']), flaskCorsOrigins(COMPILED_VALUES), metavariableRegex('$REGEX', LOOSE_DJANGO_REGEX)),
        ),
        configAnchor,
      ],
    },
    looseOriginCheck: {
      summary:
        'A hand-written Origin check by prefix, suffix, substring or unanchored regex, before the Origin is echoed with credentials.',
      message: `The Origin check on \`$ORIGIN\` also passes attacker-registered origins such as \`example.com.evil.net\` or
        \`evilexample.com\`, and that Origin is then allowed with credentials. Compare the whole origin with an allowlist:
        \`if origin in ALLOWED_ORIGINS:\`.`,
      patterns: [
        either(ORIGIN_READS.map((read) => inside(`$ORIGIN = <... ${read} ...>\n...`))),
        either(
          all(either('$ORIGIN.endswith("$TEXT")', '$ORIGIN.endswith((..., "$TEXT", ...))'), metavariableRegex('$TEXT', String.raw`^[^.]`)),
          all('$ORIGIN.startswith("$TEXT")', metavariableRegex('$TEXT', String.raw`^[^/]*//[^/]+$`)),
          all('"$TEXT" in $ORIGIN', metavariableRegex('$TEXT', String.raw`^[^/]*\.[^/]*$`)),
          all(
            either(['match', 'search'].map((fn) => `re.${fn}("$TEXT", $ORIGIN, ...)`)),
            metavariableRegex('$TEXT', String.raw`^([^$]*|.*[A-Za-z0-9]\.[A-Za-z0-9].*)$`),
          ),
        ),
        inside(`def $HANDLER(...):\n  ...`),
        either(
          ...['$RESPONSE.headers["Access-Control-Allow-Origin"] = $ORIGIN', '$RESPONSE["Access-Control-Allow-Origin"] = $ORIGIN'].map(
            (write) => inside(`def $HANDLER(...):\n  ...\n  ${write}\n  ...`),
          ),
        ),
        either(CREDENTIALS_WRITES.slice(0, 3).map((write) => inside(`def $HANDLER(...):\n  ...\n  ${write}\n  ...`))),
        headerAnchor,
      ],
    },
    reflectedOriginHeader: {
      summary:
        "A hand-written Access-Control-Allow-Origin of `*` or the request's own Origin (followed through variables), with credentials.",
      message: `A hand-written CORS header allows credentialed requests from \`$ORIGIN\`, which is whatever origin the
        caller sends, so any website can act as the signed-in user and read the responses. Echo the Origin only after
        \`if origin in ALLOWED_ORIGINS:\`.`,
      mode: 'taint',
      'pattern-sources': [
        all(either(ORIGIN_READS), headerAnchor),
        all(...allowOriginWrite, metavariableRegex('$ORIGIN', String.raw`^["']\*["']$`), focus('$ORIGIN'), headerAnchor),
      ],
      'pattern-sanitizers': [
        '$VALUE if <... $CHECKED in $ALLOWED ...> else $OTHER',
        ...ORIGIN_CHECKS.map((check) => all(inside(check), '$CHECKED')),
      ],
      'pattern-sinks': [
        all(
          ...allowOriginWrite,
          withCredentialsHeader,
          ...ORIGIN_CHECKS.map((check) => notInside(check)),
          notInside('$VAR = $VALUE if <... $CHECKED in $ALLOWED ...> else $OTHER\n...'),
          focus('$ORIGIN'),
          headerAnchor,
        ),
      ],
    },
  },
};
