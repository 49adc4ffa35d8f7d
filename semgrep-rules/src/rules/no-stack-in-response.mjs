// Python twin of ai-guard/no-stack-in-response: tracebacks, caught exceptions and debug mode in FastAPI/Starlette,
// Flask/Werkzeug, Django/DRF, aiohttp, Tornado, http.server and GraphQL error hooks.
import { importsAny, mentionsAny } from '../lib/anchors.mjs';
import { all, either, focus, inside, metavariableRegex, not, notInside, regex } from '../lib/patterns.mjs';
import { RESPONSE_CALLS, routeFunction, SERVER_MODULES } from '../libraries/web.mjs';

const serverCode = importsAny(SERVER_MODULES);
// Files that catch an exception by name (or take one in a handler) and then use that name.
const exceptionText = regex(
  String.raw`(?s)\A(?=.*(?:\bexcept\b[^\n]*\bas\s+\w+\s*:|def\s+\w+\([^)]*\b(?:e|exc|exception|error|err)\b)).*\z`,
);

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

/** Where a caught exception is bound to $E: an except clause, or an error handler's exception parameter. */
const caughtException = either(
  inside('try:\n  ...\nexcept $EXC as $E:\n  ...'),
  inside('@$APP.exception_handler(...)\ndef $HANDLER($REQ, $E):\n  ...'),
  inside('@$APP.exception_handler(...)\nasync def $HANDLER($REQ, $E):\n  ...'),
  inside('@$APP.errorhandler(...)\ndef $HANDLER($E):\n  ...'),
  inside('@$APP.register_error_handler(...)\ndef $HANDLER($E):\n  ...'),
  inside('def process_exception($SELF, $REQ, $E):\n  ...'),
  inside('def format_error($E, ...):\n  ...'),
);
const MESSAGE_OF = [
  'str($E)',
  'repr($E)',
  'f"...{$E}..."',
  'f"...{$E!r}..."',
  '$FMT.format(..., $E, ...)',
  '$FMT % $E',
  '$FMT % (..., $E, ...)',
  '$E.message',
  'str($E.original_exception)',
  '$E.original_exception',
];
const OBJECT_OF = ['$E.args', '$E.__dict__', 'vars($E)', '$E.__cause__', '$E.__context__'];

/**
 * `$VALUE` carries one of `sources`: written inside it, or in a name it is (assigned, or filled in by item or
 * `append`) one statement block above. Search mode, not taint: Semgrep's taint engine treats an except block as
 * unreachable when its try body makes no call (\`try: x = 1 / 0\`), and would skip it.
 */
function carries(sink, sources, context = [], { throughNames = true } = {}) {
  const holders = [
    '$HOLDER = <... SOURCE ...>',
    '$HOLDER[$KEY] = <... SOURCE ...>',
    '$HOLDER.append(<... SOURCE ...>)',
    '$HOLDER.update(<... SOURCE ...>)',
  ];
  return either(
    all(sink, ...context, {
      'metavariable-pattern': { metavariable: '$VALUE', 'pattern-either': sources.map((source) => ({ pattern: source })) },
    }),
    all(
      sink,
      ...context,
      either(sources.flatMap((source) => holders.map((holder) => inside(`${holder.replace('SOURCE', source)}\n...`)))),
      { 'metavariable-pattern': { metavariable: '$VALUE', pattern: '$HOLDER' } },
    ),
  );
}

/** Arguments of a response call, bound to $VALUE. */
const responseArguments = RESPONSE_CALLS.flatMap((call) => [`${call}(..., $VALUE, ...)`, `${call}(..., $KEYWORD=$VALUE, ...)`]);
/** What a route or an error hook returns, bound to $VALUE. */
const returnedValues = either('return $VALUE', 'return $VALUE, ...');
const returnedFrom = [
  ...routeFunction(returnedValues),
  all(inside('def format_error(...):\n  ...'), returnedValues),
  all(inside('@$APP.errorhandler($CODE)\ndef $HANDLER(...):\n  ...'), returnedValues),
  all(inside('@$APP.exception_handler(...)\nasync def $HANDLER(...):\n  ...'), returnedValues),
];
/** Any response, whatever its status. */
const anyResponse = either(...responseArguments, ...returnedFrom);

const FIVE_XX = String.raw`^(5\d\d|.*HTTP_5\d\d\w*|.*INTERNAL_SERVER_ERROR|.*BAD_GATEWAY|.*SERVICE_UNAVAILABLE|.*GATEWAY_TIMEOUT)$`;
const STATUSED = [
  '$CALL(..., status_code=$STATUS, ...)',
  '$CALL(..., status=$STATUS, ...)',
  'fastapi.HTTPException($STATUS, ...)',
  'starlette.exceptions.HTTPException($STATUS, ...)',
  'flask.make_response($BODY, $STATUS, ...)',
  'flask.abort($STATUS, ...)',
  'self.send_error($STATUS, ...)',
];
/** A response with a 5xx status, or one sent while handling an unexpected exception with no status given. */
const serverErrorResponse = all(
  either(
    all(either(STATUSED), metavariableRegex('$STATUS', FIVE_XX), either(responseArguments)),
    all(either('return $VALUE, $STATUS', 'return $VALUE, $STATUS, $HEADERS'), metavariableRegex('$STATUS', FIVE_XX)),
    either(['django.http.HttpResponseServerError', 'aiohttp.web.HTTPInternalServerError'].map((call) => `${call}(..., $VALUE, ...)`)),
    all(
      either(
        inside('@$APP.exception_handler(Exception)\nasync def $HANDLER(...):\n  ...'),
        inside('@$APP.exception_handler(Exception)\ndef $HANDLER(...):\n  ...'),
        // Handlers of unexpected errors: Exception, 500 and its class (a 404 handler's text is written for clients).
        ...['Exception', '500', 'InternalServerError', 'werkzeug.exceptions.InternalServerError'].map((code) =>
          inside(`@$APP.errorhandler(${code})\ndef $HANDLER(...):\n  ...`),
        ),
        inside('def process_exception($SELF, $REQ, $CAUGHT):\n  ...'),
        inside('@aiohttp.web.middleware\nasync def $MIDDLEWARE($REQ, $HANDLER):\n  ...'),
        inside('try:\n  ...\nexcept Exception as $CAUGHT:\n  ...'),
        inside('try:\n  ...\nexcept BaseException as $CAUGHT:\n  ...'),
        inside('try:\n  ...\nexcept:\n  ...'),
        inside('class $HANDLER(http.server.BaseHTTPRequestHandler):\n  ...'),
      ),
      either(...responseArguments, returnedValues, ...returnedFrom),
      // A status given explicitly is judged by the branches above.
      not('$ANY(..., status_code=$S, ...)'),
      not('$ANY(..., status=$S, ...)'),
      not('return $VALUE, $S, ...'),
      not('return $ANY(..., status_code=$S, ...)'),
      not('return $ANY(..., status=$S, ...)'),
      notInside('$ANY(..., status_code=$S, ...)'),
      notInside('$ANY(..., status=$S, ...)'),
      notInside('fastapi.HTTPException($S, ...)'),
      notInside('flask.abort($S, ...)'),
      notInside('return $VALUE, $S, ...'),
    ),
  ),
);

const DEBUG_SETTINGS = [
  '$APP.run(..., debug=$ON, ...)',
  '$APP.debug = $ON',
  '$APP.config["DEBUG"] = $ON',
  '$APP.config.update(..., DEBUG=$ON, ...)',
  'fastapi.FastAPI(..., debug=$ON, ...)',
  'starlette.applications.Starlette(..., debug=$ON, ...)',
  'tornado.web.Application(..., debug=$ON, ...)',
  'aiohttp.web.Application(..., debug=$ON, ...)',
  'sanic.Sanic(...).run(..., debug=$ON, ...)',
  'werkzeug.serving.run_simple(..., use_debugger=$ON, ...)',
  'werkzeug.run_simple(..., use_debugger=$ON, ...)',
];
const SETTINGS_MARKERS = ['INSTALLED_APPS', 'MIDDLEWARE', 'ROOT_URLCONF'];

const LOG_AND_HIDE = 'Log it server-side (`logger.exception(...)`) and send a generic message with a correlation id.';

export default {
  id: 'no-stack-in-response',
  comment: `
What a response carries is matched in the response's argument or returned value, or one name above it, in files
importing a web framework (or http.server, a GraphQL library). Debug mode is matched on the flag's value. Response calls and route
decorators come from semgrep-rules/src/libraries/web.mjs.`,
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
      summary: 'A formatted traceback in any response (constructor argument, route or error-hook return value), whatever the status.',
      message: `\`$VALUE\` sends the error's stack trace to the client, revealing file paths, dependencies and code structure.
        ${LOG_AND_HIDE}`,
      patterns: [carries(anyResponse, TRACEBACKS), focus('$VALUE'), serverCode, mentionsAny(['traceback', '__traceback__', 'exc_info'])],
    },
    errorObjectInResponse: {
      summary: "A caught exception's internals (`e.args`, `vars(e)`, `e.__cause__`) in any response.",
      message: `\`$VALUE\` sends the caught error object to the client, which can carry its stack, SQL, file paths or request
        headers. ${LOG_AND_HIDE}`,
      patterns: [carries(anyResponse, OBJECT_OF, [caughtException], { throughNames: false }), focus('$VALUE'), serverCode, exceptionText],
    },
    errorMessageInResponse: {
      summary: "A caught exception's text (`str(e)`, f-string, `%`, `.format`) in a 5xx answer or an unexpected-error handler.",
      message: `\`$VALUE\` sends an internal error message in a 5xx or unhandled-error response, which can reveal SQL,
        hostnames or file paths. ${LOG_AND_HIDE}`,
      patterns: [
        carries(serverErrorResponse, MESSAGE_OF, [caughtException], { throughNames: false }),
        focus('$VALUE'),
        serverCode,
        exceptionText,
      ],
    },
    debugModeEnabled: {
      summary: 'Debug mode set to True (or a constant holding True) in application code or a Django settings module.',
      confidence: 'HIGH',
      message: `This \`debug\` setting turns on debug mode, which sends stack traces and internal error details to every
        client (Werkzeug's debugger also runs code). Read it from the environment, default off:
        \`debug=os.environ.get("APP_DEBUG") == "1"\`.`,
      patterns: [
        either(
          all(either(DEBUG_SETTINGS), metavariableRegex('$ON', '^True$')),
          // A name holding True (constant propagation); never a call that merely mentions True.
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
        mentionsAny(['debug', 'DEBUG', 'use_debugger']),
      ],
    },
  },
};
