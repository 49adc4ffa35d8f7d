// pattern: MUTSDA-WEB/mutsda server/middleware/verifyToken.middleware.js (hono/jwt middleware with cookie and alg)
import { Hono } from 'hono';
import { jwt, sign } from 'hono/jwt';
import type { JwtVariables } from 'hono/jwt';

type Bindings = {
  JWT_SECRET: string;
};

const app = new Hono<{ Bindings: Bindings; Variables: JwtVariables }>();

app.use('/api/*', (c, next) => {
  const guard = jwt({
    secret: c.env.JWT_SECRET,
    cookie: 'auth',
    alg: 'HS384',
  });
  return guard(c, next);
});

app.post('/session/guest', async (c) => {
  const now = Math.floor(Date.now() / 1000);
  const token = await sign({ sub: crypto.randomUUID(), role: 'guest', exp: now + 3600 }, c.env.JWT_SECRET, 'HS384');
  return c.json({ token });
});

app.get('/api/me', (c) => {
  const payload = c.get('jwtPayload');
  return c.json({ id: payload.sub, role: payload.role });
});

export default app;
