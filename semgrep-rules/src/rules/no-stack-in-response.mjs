// Python twin of ai-guard/no-stack-in-response: tracebacks, caught exceptions and debug mode in FastAPI/Starlette,
// Flask/Werkzeug, Django/DRF, aiohttp, Tornado, http.server and GraphQL error formatters.
import { importsAny, matchesAny, mentionsAny } from '../lib/anchors.mjs';
import { all, either, focus, inside, metavariableRegex, not, notInside } from '../lib/patterns.mjs';
import { RESPONSE_CALLEE, routeFunction, SERVER_MODULES } from '../libraries/web.mjs';

const serverCode = importsAny(SERVER_MODULES);

const TRACEBACKS = [
  'traceback.format_exc(...)',
  'traceback.format_exception(...)',
  'traceback.format_exception_only(...)',
  'traceback.format_tb(...)',
  'traceback.format_stack(...)',
  'traceback.format_list(...)',
  'traceback.extract_tb(...)',
  'traceback.extract_stack(...)',
  'traceback.TracebackException(...).format(...)',
  'traceback.TracebackException.from_exception(...).format(...)',
  '$ERROR.__traceback__',
  'sys.exc_info()',
];

// Functions whose return value is what a GraphQL server sends for an error (graphene `format_error`, Ariadne's
// `error_formatter=`, Strawberry and graphql-core formatters are named this way).
const FORMATTER_NAME = String.raw`(?i)^\w*(format_?errors?|errors?_?format(ter)?)$`;
const HANDLER_DECORATORS = String.raw`^(errorhandler|app_errorhandler|exception_handler)$`;
// Django REST framework's EXCEPTION_HANDLER: a function of (exc, context) that starts from DRF's own handler, which
// answers None for the exceptions DRF does not handle (everything but APIException, Http404 and PermissionDenied).
const DRF_HANDLER = 'rest_framework.views.exception_handler';

/** A caught exception, labelled EXC: the name an except clause binds, or an error handler's exception parameter. */
// No file anchor here: a `pattern-regex` beside the bare `$E` stops it from matching (the sinks carry the anchor).
const caughtException = [
  all(inside('try:\n  ...\nexcept $EXC as $E:\n  ...'), '$E'),
  all('@$APP.$HOOK(...)\ndef $HANDLER(..., $E):\n  ...', metavariableRegex('$HOOK', HANDLER_DECORATORS), focus('$E')),
  all('def process_exception($SELF, $REQ, $E):\n  ...', focus('$E')),
  all(`def $HANDLER($E, $CONTEXT):\n  ...\n  <... ${DRF_HANDLER}($E, $CONTEXT) ...>\n  ...`, focus('$E')),
  all('def $FORMATTER($E, ...):\n  ...', metavariableRegex('$FORMATTER', FORMATTER_NAME), focus('$E')),
].map((source) => ({ label: 'EXC', ...source }));

/**
 * File anchors for the exception checks: an except clause whose name is used in one of `uses` (written with NAME)
 * within the next 600 characters, or an error hook. Most files that catch exceptions never put one into text, so
 * the checks skip them before parsing. One regex per form: a single alternation of them all makes Semgrep's PCRE give
 * up on large files, and a prefilter that gives up lets the file through.
 */
function caughtAnchor(uses) {
  return matchesAny([
    ...uses.map((use) => String.raw`\bexcept\b[^\n:]*\bas\s+(\w+)\s*:.{0,600}?${use.replaceAll('NAME', String.raw`\1`)}`),
    String.raw`(?m)^[ \t]*@\w+(?:\.\w+)*\.(?:errorhandler|app_errorhandler|exception_handler)\b`,
    String.raw`\bdef\s+(?:process_exception\b|\w*(?:format_?errors?|errors?_?format))`,
    String.raw`\bexception_handler\(\s*\w+\s*,\s*\w+\s*\)`,
  ]);
}

/** Development-only branches: what is built inside one is not sent in production. */
const DEBUG_GUARDS = [
  'if <... $APP.debug ...>:\n  ...',
  'if <... $SETTINGS.DEBUG ...>:\n  ...',
  'if <... DEBUG ...>:\n  ...',
  'if <... $APP.config["DEBUG"] ...>:\n  ...',
  'if <... "development" ...>:\n  ...',
].map(notInside);

/** Values made from a caught exception (labelled EXC): its text, or its internals. */
const MESSAGE_OF = [
  'str($X)',
  'repr($X)',
  'f"...{$X}..."',
  '$FMT.format(..., $X, ...)',
  '$FMT % $X',
  '$FMT % (..., $X, ...)',
  '$X.message',
];
const MESSAGE_ANCHOR = caughtAnchor([
  String.raw`\b(?:str|repr)\(\s*NAME\b`,
  String.raw`\{NAME\b`,
  String.raw`%\s*\(?\s*NAME\b`,
  String.raw`format\([^)]*\bNAME\b`,
  String.raw`\bNAME\.message\b`,
]);
const TRACEBACK_ANCHOR = mentionsAny(['traceback', '__traceback__', 'exc_info']);
const OBJECT_OF = ['$X.args', '$X.__dict__', 'vars($X)', '$X.__cause__', '$X.__context__'];
const OBJECT_ANCHOR = caughtAnchor([String.raw`\b\w+\.(?:args|__dict__|__cause__|__context__)\b`, String.raw`\bvars\(`]);

/** `sources` made from a caught exception, as a label that requires EXC. */
const fromCaught = (label, sources, anchor, ...conditions) => [
  ...caughtException,
  { label, requires: 'EXC', patterns: [either(sources), ...conditions, ...DEBUG_GUARDS, anchor] },
];

// A list or dict filled from a traceback carries it.
const propagators = [
  { pattern: '$LIST.append($VALUE)', from: '$VALUE', to: '$LIST' },
  { pattern: '$LIST.extend($VALUE)', from: '$VALUE', to: '$LIST' },
  { pattern: '$DICT.update($VALUE)', from: '$VALUE', to: '$DICT' },
];

/** An argument of a response call (by its callee, see RESPONSE_CALLEE), bound to $VALUE. */
const RESPONSE_ARGUMENTS = ['$RESPONSE(..., $VALUE, ...)', '$RESPONSE(..., $KEYWORD=$VALUE, ...)'];
const responseCall = all(either(RESPONSE_ARGUMENTS), metavariableRegex('$RESPONSE', RESPONSE_CALLEE));
const errorHook = inside('@$APP.$HOOK(...)\ndef $HANDLER(...):\n  ...');
/** What a route, an error hook or an error formatter returns (or stores in its result), bound to $VALUE. */
const returnedFrom = [
  ...routeFunction('return $VALUE'),
  all(errorHook, metavariableRegex('$HOOK', HANDLER_DECORATORS), 'return $VALUE'),
  all(
    inside('def $FORMATTER(...):\n  ...'),
    metavariableRegex('$FORMATTER', FORMATTER_NAME),
    either('return $VALUE', '$RESULT.setdefault(...)[$KEY] = $VALUE'),
  ),
];
/** Any response, whatever its status. */
const anyResponse = (anchor) => [all(either(responseCall, ...returnedFrom), focus('$VALUE'), serverCode, anchor)];

const FIVE_XX = String.raw`(5\d\d|[\w.]*HTTP_5\d\d\w*|[\w.]*(INTERNAL_SERVER_ERROR|BAD_GATEWAY|SERVICE_UNAVAILABLE|GATEWAY_TIMEOUT))`;
const FOUR_XX = String.raw`(4\d\d|[\w.]*HTTP_4\d\d\w*|[\w.]*(BAD_REQUEST|UNAUTHORIZED|FORBIDDEN|NOT_FOUND|CONFLICT|UNPROCESSABLE_ENTITY))`;
/** The arguments of a response call that give a status matching `status`: a keyword, or the first positional argument. */
const statusArguments = (status) => String.raw`(?s)^(\s*${status}\s*(,|$)|.*\bstatus(_code)?\s*=\s*${status}\s*(,|$))`;
/**
 * A response call whose arguments (their text, in $...ARGUMENTS) satisfy `regex`. The callee is filtered first, so the
 * argument regex only ever runs on response calls.
 */
const responseWhere = (regex) =>
  all(
    inside('$RESPONSE($...ARGUMENTS)'),
    either(RESPONSE_ARGUMENTS),
    metavariableRegex('$RESPONSE', RESPONSE_CALLEE),
    metavariableRegex('$...ARGUMENTS', regex),
  );
/** Handlers of unexpected errors: catch-alls, 500 handlers and error middleware (a 404 handler's text is written for clients). */
const CATCH_ALLS = [
  '@$APP.exception_handler(Exception)\ndef $HANDLER(...):\n  ...',
  ...['Exception', '500', 'InternalServerError', 'werkzeug.exceptions.InternalServerError'].map(
    (code) => `@$APP.errorhandler(${code})\ndef $HANDLER(...):\n  ...`,
  ),
  'def process_exception($SELF, $REQ, $CAUGHT):\n  ...',
  'try:\n  ...\nexcept Exception as $CAUGHT:\n  ...',
  'try:\n  ...\nexcept BaseException as $CAUGHT:\n  ...',
  'try:\n  ...\nexcept:\n  ...',
  'class $HANDLER(http.server.BaseHTTPRequestHandler):\n  ...',
  // What a DRF exception handler sends when DRF's own handler had no answer: an unhandled exception.
  `$DRF_RESPONSE = ${DRF_HANDLER}(...)\n...\nif $DRF_RESPONSE is None:\n  ...`,
  `$DRF_RESPONSE = ${DRF_HANDLER}(...)\n...\nif not $DRF_RESPONSE:\n  ...`,
];
/**
 * A response with a 5xx status, or one sent from a catch-all with no status or a status that is not a fixed 4xx
 * (`status_code=getattr(exc, "status_code", 500)` may well be a 500).
 */
const serverErrorResponse = (anchor) => [
  all(
    either(
      responseWhere(statusArguments(FIVE_XX)),
      all(
        either(RESPONSE_ARGUMENTS),
        metavariableRegex('$RESPONSE', String.raw`^(\w+\.)*(HttpResponseServerError|HTTPInternalServerError)$`),
      ),
      all(either('return $VALUE, $STATUS', 'return $VALUE, $STATUS, $HEADERS'), metavariableRegex('$STATUS', `^${FIVE_XX}$`)),
      all(
        either(CATCH_ALLS.map(inside)),
        either(
          responseWhere(`^(?!${statusArguments(FOUR_XX)})`),
          all(either('return $VALUE, $STATUS', 'return $VALUE, $STATUS, $HEADERS'), metavariableRegex('$STATUS', `^(?!${FOUR_XX}$)`)),
          all(either(returnedFrom), not('return $CALL(...)'), not('return $BODY, $STATUS'), not('return $BODY, $STATUS, $HEADERS')),
        ),
      ),
    ),
    focus('$VALUE'),
    serverCode,
    anchor,
  ),
];

/**
 * Flask-style switches (Flask, Quart, Sanic) on an application object: `$APP` is named like one (`app`, `application`,
 * `flask_app`, `self.app`) or is built in the file by the framework's constructor. Other receivers are not web apps:
 * unittest's `suite.run(result, debug=True)`, a Django template engine's `engine.debug = True`.
 */
const APP_SETTINGS = [
  '$APP.run(..., debug=$ON, ...)',
  '$APP.debug = $ON',
  '$APP.config["DEBUG"] = $ON',
  '$APP.config.update(..., DEBUG=$ON, ...)',
];
const APP_NAME = String.raw`^(self\.)?(\w+_)?(app|application)$`;
const APP_CONSTRUCTORS = ['flask.Flask', 'quart.Quart', 'sanic.Sanic'];
const appSettings = [
  all(either(APP_SETTINGS), metavariableRegex('$APP', APP_NAME)),
  ...APP_CONSTRUCTORS.map((constructor) => all(either(APP_SETTINGS), inside(`$APP = ${constructor}(...)\n...`))),
];
/** Debug switches that name their framework: constructors and Werkzeug's development server. */
const FRAMEWORK_SETTINGS = [
  'fastapi.FastAPI(..., debug=$ON, ...)',
  'starlette.applications.Starlette(..., debug=$ON, ...)',
  'tornado.web.Application(..., debug=$ON, ...)',
  'aiohttp.web.Application(..., debug=$ON, ...)',
  'litestar.Litestar(..., debug=$ON, ...)',
  'sanic.Sanic(...).run(..., debug=$ON, ...)',
  'werkzeug.serving.run_simple(..., use_debugger=$ON, ...)',
  'werkzeug.run_simple(..., use_debugger=$ON, ...)',
];
const DEBUG_SETTINGS = [...appSettings, either(FRAMEWORK_SETTINGS)];
const SETTINGS_MARKERS = ['INSTALLED_APPS', 'MIDDLEWARE', 'ROOT_URLCONF'];
/**
 * Every switch above is written as an assignment or a keyword: `debug=`, `app.debug =`, `DEBUG=`/`DEBUG =`,
 * `config["DEBUG"] =`, `use_debugger=` (an annotation may come between the name and `=`, never `==`). Most files that
 * mention debug only log with `logger.debug(...)`, and skip the check on this test of their text.
 */
const DEBUG_ANCHOR = matchesAny([
  String.raw`\b(?:debug|DEBUG|use_debugger)[ \t]*(?::[^=\n]*)?=(?!=)`,
  String.raw`\[[ \t]*["']DEBUG["'][ \t]*\][ \t]*=(?!=)`,
]);

const LOG_AND_HIDE = 'Log it server-side (`logger.exception(...)`) and send a generic message with a correlation id.';

export default {
  id: 'no-stack-in-response',
  comment: `
The three leak checks are taint rules: a traceback, or a value made from a caught exception (labelled EXC: an except
clause's name, an error handler's parameter, a DRF EXCEPTION_HANDLER's exc), flows to a response argument or a value a route, error hook or error
formatter returns, in files importing a web framework (or http.server, a GraphQL library). Semgrep's taint engine
treats an except block as unreachable when its try body makes no call (\`try: x = d["k"]\`): such leaks are not found.
Debug mode is matched on the flag's value, on a web framework's own switches only: Flask-style run(debug=), .debug and
config["DEBUG"] on an application object, framework constructors, Werkzeug's run_simple and Django settings modules. Response calls and route decorators come from
semgrep-rules/src/libraries/web.mjs.`,
  confidence: 'MEDIUM',
  likelihood: 'MEDIUM',
  impact: 'HIGH',
  technology: ['python', 'fastapi', 'starlette', 'flask', 'django', 'aiohttp', 'tornado', 'werkzeug', 'graphql'],
  references: [
    'https://cwe.mitre.org/data/definitions/209.html',
    'https://owasp.org/www-community/Improper_Error_Handling',
    'https://docs.python.org/3/library/traceback.html',
  ],
  checks: {
    stackInResponse: {
      summary: 'A formatted traceback in any response (argument, route, error-hook or error-formatter result), whatever the status.',
      message: `\`$VALUE\` sends the error's stack trace to the client, revealing file paths, dependencies and code structure.
        ${LOG_AND_HIDE}`,
      mode: 'taint',
      'pattern-sources': [all(either(TRACEBACKS), ...DEBUG_GUARDS, TRACEBACK_ANCHOR)],
      'pattern-propagators': propagators,
      'pattern-sinks': anyResponse(TRACEBACK_ANCHOR),
    },
    errorObjectInResponse: {
      summary: "A caught exception's internals (`e.args`, `vars(e)`, `e.__cause__`) in any response.",
      message: `\`$VALUE\` sends the caught error object to the client, which can carry its stack, SQL, file paths or request
        headers. ${LOG_AND_HIDE}`,
      mode: 'taint',
      'pattern-sources': fromCaught('OBJECT', OBJECT_OF, OBJECT_ANCHOR),
      'pattern-propagators': propagators,
      'pattern-sinks': anyResponse(OBJECT_ANCHOR).map((sink) => ({ requires: 'OBJECT', ...sink })),
    },
    errorMessageInResponse: {
      summary: "A caught exception's text (`str(e)`, f-string, `%`, `.format`) in a 5xx answer or from a catch-all handler.",
      message: `\`$VALUE\` sends an internal error message in a 5xx or unhandled-error response, which can reveal SQL,
        hostnames or file paths. ${LOG_AND_HIDE}`,
      mode: 'taint',
      // str(e.args) is reported as the error object.
      'pattern-sources': fromCaught(
        'MESSAGE',
        MESSAGE_OF,
        MESSAGE_ANCHOR,
        ...OBJECT_OF.map((object) => not(`str(${object.replace('$X', '$OBJECT')})`)),
      ),
      'pattern-propagators': propagators,
      'pattern-sinks': serverErrorResponse(MESSAGE_ANCHOR).map((sink) => ({ requires: 'MESSAGE', ...sink })),
    },
    debugModeEnabled: {
      summary: 'Debug mode set to True (or a constant holding True) in application code or a Django settings module.',
      confidence: 'HIGH',
      message: `This \`debug\` setting turns on debug mode, which sends stack traces and internal error details to every
        client (Werkzeug's debugger also runs code). Read it from the environment, default off:
        \`debug=os.environ.get("APP_DEBUG") == "1"\`.`,
      patterns: [
        either(
          // True, or a name holding True (constant propagation); never a call that merely mentions True. One branch for
          // both: each pattern of DEBUG_SETTINGS costs a walk of the file.
          all(either(DEBUG_SETTINGS), metavariableRegex('$ON', String.raw`^[A-Za-z_][\w.]*$`), {
            'metavariable-pattern': { metavariable: '$ON', pattern: 'True' },
          }),
          all(
            'DEBUG = $ON',
            metavariableRegex('$ON', '^True$'),
            notInside('def $FUNCTION(...):\n  ...'),
            notInside('class $CLASS(...):\n  ...'),
            notInside('if $CONDITION:\n  ...'),
            either(
              ...SETTINGS_MARKERS.flatMap((marker) => [
                inside(`DEBUG = $ON\n...\n${marker} = $VALUE`),
                inside(`${marker} = $VALUE\n...\nDEBUG = $ON`),
              ]),
            ),
          ),
        ),
        focus('$ON'),
        DEBUG_ANCHOR,
      ],
    },
  },
};
