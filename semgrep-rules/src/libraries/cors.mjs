// CORS configuration entry points and the request's Origin header, as data.

/** Starlette / FastAPI CORSMiddleware, as added to an app or listed as Middleware(...). */
export const CORS_MIDDLEWARE_CLASSES = ['starlette.middleware.cors.CORSMiddleware', 'fastapi.middleware.cors.CORSMiddleware'];
export const MIDDLEWARE_WRAPPERS = ['starlette.middleware.Middleware', 'fastapi.middleware.Middleware'];
export const FLASK_CORS = ['flask_cors.CORS', 'flask_cors.cross_origin'];
export const LITESTAR_CORS = ['litestar.config.cors.CORSConfig', 'litestar.config.CORSConfig'];
export const AIOHTTP_CORS_OPTIONS = 'aiohttp_cors.ResourceOptions';

/** flask-cors settings read from the Flask config (`app.config.from_object(Config)` or `app.config[...]`). */
export const FLASK_CORS_ORIGINS_SETTING = 'CORS_ORIGINS';
export const FLASK_CORS_CREDENTIALS_SETTING = 'CORS_SUPPORTS_CREDENTIALS';

/** django-cors-headers settings. */
export const DJANGO_ALLOW_ALL = ['CORS_ALLOW_ALL_ORIGINS', 'CORS_ORIGIN_ALLOW_ALL'];
export const DJANGO_REGEXES = ['CORS_ALLOWED_ORIGIN_REGEXES', 'CORS_ORIGIN_REGEX_WHITELIST'];
export const DJANGO_ORIGINS = ['CORS_ALLOWED_ORIGINS', 'CORS_ORIGIN_WHITELIST'];
/** Names only a Django settings module assigns. */
export const DJANGO_SETTINGS_MARKERS = ['INSTALLED_APPS', 'MIDDLEWARE', 'ROOT_URLCONF'];

/** Reads of the request's Origin header (Flask, Django, Starlette/FastAPI, aiohttp, Tornado-style `headers`). */
export const ORIGIN_READS = [
  '$REQUEST.headers["Origin"]',
  '$REQUEST.headers["origin"]',
  '$REQUEST.headers.get("Origin", ...)',
  '$REQUEST.headers.get("origin", ...)',
  '$REQUEST.META["HTTP_ORIGIN"]',
  '$REQUEST.META.get("HTTP_ORIGIN", ...)',
  '$REQUEST.headers.get_header("Origin", ...)',
  'flask.request.origin',
];

/** Places a response header is set, with the header name in $HEADER and the value in $ORIGIN. */
export const HEADER_WRITES = [
  '$RESPONSE.headers[$HEADER] = $ORIGIN',
  '$RESPONSE[$HEADER] = $ORIGIN',
  '$HEADERS.add($HEADER, $ORIGIN)',
  '$HEADERS.set($HEADER, $ORIGIN)',
  '$RESPONSE.set_header($HEADER, $ORIGIN)',
  '$RESPONSE.add_header($HEADER, $ORIGIN)',
  '{..., $HEADER: $ORIGIN, ...}',
];
export const ALLOW_ORIGIN_HEADER = String.raw`(?i)^[rbu]?["']access-control-allow-origin["']$`;

/** Allow-Credentials switched on, in the same function. */
export const CREDENTIALS_WRITES = [
  '$CRED_RESPONSE.headers["Access-Control-Allow-Credentials"] = "true"',
  '$CRED_RESPONSE["Access-Control-Allow-Credentials"] = "true"',
  '$CRED_HEADERS.$SET("Access-Control-Allow-Credentials", "true")',
  '$CRED_RESPONSE = $MAKE(..., headers={..., "Access-Control-Allow-Credentials": "true", ...}, ...)',
  'return $MAKE(..., headers={..., "Access-Control-Allow-Credentials": "true", ...}, ...)',
];
