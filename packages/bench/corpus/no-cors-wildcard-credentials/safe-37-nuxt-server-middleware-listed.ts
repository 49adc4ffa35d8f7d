const allowed = new Set(useRuntimeConfig().public.corsOrigins as string[]);

export default defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin');
  if (origin && allowed.has(origin)) {
    setResponseHeaders(event, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      Vary: 'Origin',
    });
  }
  if (event.method === 'OPTIONS') {
    return sendNoContent(event);
  }
});
