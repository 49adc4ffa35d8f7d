export default defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin');
  if (origin) {
    setResponseHeaders(event, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': 'GET,POST,PUT,DELETE,OPTIONS',
    });
  }
  if (event.method === 'OPTIONS') {
    return sendNoContent(event);
  }
});
