// pattern: xiaobaiha/recite-words-backend src/app/middleware/cors.js (Koa middleware echoing the Origin header); flaw: line 8
const ALLOWED_METHODS = 'OPTIONS,GET,HEAD,PUT,POST,DELETE,PATCH';

export default function crossOrigin() {
  return async function cors(ctx, next) {
    const origin = ctx.get('Origin');
    if (origin) {
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.set('Access-Control-Allow-Credentials', 'true');
      ctx.vary('Origin');
    }

    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
      ctx.set('Access-Control-Allow-Headers', ctx.get('Access-Control-Request-Headers') || 'content-type');
      ctx.set('Access-Control-Max-Age', '86400');
      ctx.status = 204;
      return;
    }

    await next();
  };
}
