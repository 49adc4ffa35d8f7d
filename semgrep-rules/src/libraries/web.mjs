// Web frameworks as data: where request input comes from, and which decorators make a function a route.
import { all, either, focus, inside, metavariableRegex, not } from '../lib/patterns.mjs';

/** Attributes and calls that are client input on a request object, per framework. */
const FLASK_REQUEST = ['args', 'form', 'values', 'json', 'data', 'headers', 'cookies', 'view_args', 'files'].map(
  (attr) => `flask.request.${attr}`,
);
const FLASK_REQUEST_CALLS = ['get_json', 'get_data'].map((method) => `flask.request.${method}(...)`);
// Names specific enough to stand on any object: Django's request.GET, aiohttp's request.match_info.
const DISTINCT_ATTRIBUTES = ['GET', 'POST', 'COOKIES', 'META', 'FILES', 'query_params', 'path_params', 'match_info', 'rel_url'];
// Generic names, read only from something called request (Django, DRF, Starlette, aiohttp, Tornado's self.request).
const REQUEST_ATTRIBUTES = [
  'body',
  'data',
  'headers',
  'cookies',
  'query',
  'arguments',
  'body_arguments',
  'query_arguments',
  'url',
  'content',
];
const REQUEST_METHODS = ['json', 'form', 'post', 'body', 'text', 'read', 'get_json', 'multipart'];
const TORNADO_HANDLER_METHODS = [
  'get_argument',
  'get_arguments',
  'get_query_argument',
  'get_query_arguments',
  'get_body_argument',
  'get_body_arguments',
];
const REQUEST_NAMES = String.raw`^(request|req|self\.request|http_request)$`;

/** Decorators that make a function's parameters client input (Flask, FastAPI, Starlette routers, Django Ninja...). */
export const ROUTE_VERBS = ['route', 'get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'api_route', 'websocket'];
export const ROUTE_DECORATORS = `^(${ROUTE_VERBS.join('|')})$`;

/** Injected dependencies of a FastAPI route (`settings: Settings = Depends(get_settings)`) are not client input. */
const INJECTED = [
  '$P: $T = fastapi.Depends(...)',
  '$P = fastapi.Depends(...)',
  '$P: typing.Annotated[$T, fastapi.Depends(...)]',
  '$P: $T = fastapi.Security(...)',
  '$P: typing.Annotated[$T, fastapi.Security(...)]',
];

/**
 * Parameters of a route function (FastAPI, Flask path variables, Django Ninja), as a taint source on the parameter
 * itself: the decorated `def` is matched once per function and the parameter is focused, instead of matching every
 * expression of the file against a bare `$PARAM`.
 */
export const routeParameter = all(
  '@$ROUTER.$ROUTE(...)\ndef $VIEW(..., $P, ...):\n  ...',
  ...INJECTED.map((parameter) => not(`@$ROUTER.$ROUTE(...)\ndef $VIEW(..., ${parameter}, ...):\n  ...`)),
  metavariableRegex('$ROUTE', ROUTE_DECORATORS),
  metavariableRegex('$P', String.raw`^(?!(self|cls)$)`),
  focus('$P'),
);

/**
 * FastAPI request parameters declared in any function, so dependencies count (`def target(url: str = Query(...))`),
 * and a route parameter typed `str` whose value a dependency computes (`target: str = Depends(target_url)`).
 */
const FASTAPI_PARAMETERS = String.raw`^(Query|Body|Form|Header|Path|Cookie|File)$`;
const declaredParameter = all(
  either(
    'def $FUNCTION(..., $P: $T = fastapi.$DECLARE(...), ...):\n  ...',
    'def $FUNCTION(..., $P = fastapi.$DECLARE(...), ...):\n  ...',
    'def $FUNCTION(..., $P: typing.Annotated[$T, fastapi.$DECLARE(...)], ...):\n  ...',
  ),
  metavariableRegex('$DECLARE', FASTAPI_PARAMETERS),
  focus('$P'),
);
const dependencyString = all('@$ROUTER.$ROUTE(...)\ndef $VIEW(..., $P: str = fastapi.Depends(...), ...):\n  ...', focus('$P'));

/** Every expression that is client input: request attributes and calls, Tornado argument getters, route parameters. */
export const requestInput = [
  ...FLASK_REQUEST,
  ...FLASK_REQUEST_CALLS,
  ...DISTINCT_ATTRIBUTES.map((attr) => `$REQ.${attr}`),
  all(
    either(
      REQUEST_ATTRIBUTES.map((attr) => `$REQ.${attr}`),
      REQUEST_METHODS.map((method) => `$REQ.${method}(...)`),
    ),
    metavariableRegex('$REQ', REQUEST_NAMES),
  ),
  ...TORNADO_HANDLER_METHODS.map((method) => `self.${method}(...)`),
  routeParameter,
  declaredParameter,
  dependencyString,
];

/**
 * Text that every file reading request input contains (regexes for `matchesAny`): a request object's attribute
 * (`request.args`, `req.query`), a Django/DRF/aiohttp request attribute, a Tornado argument getter, a route decorator, a
 * FastAPI parameter declaration. A file gate for taint rules whose sources are `requestInput` only.
 */
export const REQUEST_INPUT_MARKERS = [
  String.raw`\b(?:request|req|http_request)\.\w`,
  String.raw`\.(?:${DISTINCT_ATTRIBUTES.join('|')})\b`,
  String.raw`\bself\.(?:${TORNADO_HANDLER_METHODS.join('|')})\(`,
  String.raw`@[\w.]+\.(?:${ROUTE_VERBS.join('|')})\(`,
  String.raw`\b(?:Query|Body|Form|Header|Path|Cookie|File|Depends|Security)\(`,
];

/** The imports that mark a module as server code handling requests. */
export const FRAMEWORK_MODULES = [
  'flask',
  'django',
  'rest_framework',
  'fastapi',
  'starlette',
  'aiohttp',
  'tornado',
  'werkzeug',
  'ninja',
  'sanic',
  'litestar',
  'quart',
  'bottle',
  'pyramid',
  'falcon',
];

/**
 * Calls that build or send a response (any status), by the text of the callee: FastAPI/Starlette `*Response` classes and
 * `HTTPException`, Flask `jsonify`/`make_response`/`abort`/`Response`, Django `HttpResponse*`/`JsonResponse`/`render`, DRF
 * `Response`, aiohttp `json_response`/`web.Response`/`web.HTTP*`, Tornado `self.write`/`finish`/`send_error`, http.server
 * `self.wfile.write`. One `$RESPONSE(...)` pattern filtered by this regex costs a fraction of one pattern per class.
 */
export const RESPONSE_CALLEE = String.raw`^((\w+\.)*(jsonify|make_response|abort|render|json_response|\w*Response\w*|HTTPException|HTTP[A-Z]\w+)|self\.(write|finish|send_error)|self\.wfile\.write)$`;

/** Decorators that make a function a route: its return value is the response. */
export const routeFunction = (body) => [
  all(inside(`@$ROUTER.$ROUTE(...)\ndef $VIEW(...):\n  ...`), metavariableRegex('$ROUTE', ROUTE_DECORATORS), body),
];

/** Server code that answers requests: a file importing one of these is worth scanning for leaks. */
export const SERVER_MODULES = [...FRAMEWORK_MODULES, 'http.server', 'graphql', 'graphene', 'strawberry', 'ariadne'];
