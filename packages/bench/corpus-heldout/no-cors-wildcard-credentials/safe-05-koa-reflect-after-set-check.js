// pattern: TianlunXiong/Spot server/handlers/cors.js (Koa middleware with a Set of allowed origins)
const ALLOWED_ORIGINS = new Set([
  'https://spot.example.org',
  'https://m.spot.example.org',
]);

module.exports = async function corsHandler(ctx, next) {
  const origin = ctx.get('Origin');

  if (origin && ALLOWED_ORIGINS.has(origin)) {
    ctx.set('Access-Control-Allow-Origin', origin);
    ctx.set('Access-Control-Allow-Credentials', 'true');
  }
  ctx.vary('Origin');

  if (ctx.method === 'OPTIONS') {
    ctx.set('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
    ctx.set('Access-Control-Allow-Headers', 'Content-Type');
    ctx.status = 204;
    return;
  }

  await next();
};
