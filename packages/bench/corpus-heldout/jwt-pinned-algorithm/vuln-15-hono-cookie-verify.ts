// pattern: hono/jwt verify() in a createMiddleware cookie guard (Cloudflare Workers app); flaw: line 22
import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { verify } from 'hono/jwt';

type Bindings = {
  JWT_SECRET: string;
};

type Variables = {
  userId: number;
  workspace: string;
};

export const requireUser = createMiddleware<{ Bindings: Bindings; Variables: Variables }>(async (c, next) => {
  const token = getCookie(c, 'access-token') ?? c.req.header('Authorization')?.replace('Bearer ', '');
  if (!token) {
    return c.json({ ok: false, msg: 'Forbidden' }, 401);
  }

  try {
    const payload = await verify(token, c.env.JWT_SECRET);
    c.set('userId', Number(payload.userId));
    c.set('workspace', String(payload.ws));
  } catch {
    return c.json({ ok: false, msg: 'Session expired' }, 401);
  }

  await next();
});
