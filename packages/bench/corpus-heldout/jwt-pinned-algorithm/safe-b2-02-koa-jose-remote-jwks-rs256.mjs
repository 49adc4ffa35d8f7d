// pattern: Koa middleware using jose createRemoteJWKSet + jwtVerify (jorgevrgs/jwt-example verify.mjs, panva/jose docs)
import Koa from 'koa';
import Router from '@koa/router';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const ISSUER = process.env.OIDC_ISSUER;
const JWKS = createRemoteJWKSet(new URL(`${ISSUER}/.well-known/jwks.json`));

async function authenticate(ctx, next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) ctx.throw(401, 'missing token');

  try {
    const { payload } = await jwtVerify(token, JWKS, {
      issuer: ISSUER,
      audience: 'orders-api',
      algorithms: ['RS256'],
    });
    ctx.state.user = { id: payload.sub, scope: String(payload.scope || '').split(' ') };
  } catch {
    ctx.throw(401, 'invalid token');
  }
  await next();
}

const router = new Router({ prefix: '/orders' });
router.use(authenticate);
router.get('/', async (ctx) => {
  ctx.body = await ctx.db.orders.listForCustomer(ctx.state.user.id);
});

const app = new Koa();
app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
