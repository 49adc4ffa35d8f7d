export function applyCorsHeaders(headers, req, config) {
  const requestOrigin = req.headers.get('Origin');
  if (config.cors === '*') {
    headers.set('Access-Control-Allow-Origin', '*');
  } else if (Array.isArray(config.cors) && config.cors.includes(requestOrigin)) {
    headers.set('Access-Control-Allow-Origin', requestOrigin);
    headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return headers;
}
