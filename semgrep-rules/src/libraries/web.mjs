// Web frameworks as data: where request input comes from, and which decorators make a function a route.
import { all, either, inside, metavariableRegex } from '../lib/patterns.mjs';

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

/** Parameters of a route function: path, query and body values (FastAPI, Flask path variables, Django Ninja). */
export const routeParameter = all(
  either(
    inside('@$ROUTER.$ROUTE(...)\ndef $VIEW(..., $PARAM, ...):\n  ...'),
    inside('@$ROUTER.$ROUTE(...)\nasync def $VIEW(..., $PARAM, ...):\n  ...'),
  ),
  metavariableRegex('$ROUTE', ROUTE_DECORATORS),
  '$PARAM',
);

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

/** Calls that build or send a response (any status), per framework. */
export const RESPONSE_CALLS = [
  'fastapi.responses.$RESPONSE',
  'starlette.responses.$RESPONSE',
  'fastapi.HTTPException',
  'fastapi.exceptions.HTTPException',
  'starlette.exceptions.HTTPException',
  'flask.jsonify',
  'flask.make_response',
  'flask.Response',
  'flask.abort',
  'werkzeug.wrappers.Response',
  'django.http.$RESPONSE',
  'django.shortcuts.render',
  'rest_framework.response.Response',
  'aiohttp.web.json_response',
  'aiohttp.web.Response',
  'aiohttp.web.$HTTP_ERROR',
  'self.write',
  'self.finish',
  'self.send_error',
  'self.wfile.write',
];

/** Decorators that make a function a route: its return value is the response. */
export const routeFunction = (body) => [
  all(
    either(inside(`@$ROUTER.$ROUTE(...)\ndef $VIEW(...):\n  ...`), inside(`@$ROUTER.$ROUTE(...)\nasync def $VIEW(...):\n  ...`)),
    metavariableRegex('$ROUTE', ROUTE_DECORATORS),
    body,
  ),
];

/** Server code that answers requests: a file importing one of these is worth scanning for leaks. */
export const SERVER_MODULES = [...FRAMEWORK_MODULES, 'http.server', 'graphql', 'graphene', 'strawberry', 'ariadne'];
