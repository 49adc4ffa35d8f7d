const ALLOWED_METHODS = 'GET,POST,PUT,DELETE,OPTIONS';

function requestOrigin(ctx) {
  return ctx.get('Origin');
}

module.exports = async function crossOrigin(ctx, next) {
  const origin = requestOrigin(ctx);
  const allowOrigin = origin || '*';
  ctx.set('Access-Control-Allow-Origin', allowOrigin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  ctx.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
  await next();
};
