// pattern: Hono middleware (honojs docs "Middleware") verifying service and user tokens with jose jwtVerify and a shared algorithm list; flaw at line 23
import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { importSPKI, jwtVerify, type JWTPayload } from "jose";

type Env = {
  Bindings: { AUTH_PUBLIC_KEY: string; INTERNAL_SECRET: string };
  Variables: { claims: JWTPayload };
};

const ACCEPTED_ALGS = ["RS256", "HS256"];

const requireAuth = createMiddleware<Env>(async (c, next) => {
  const header = c.req.header("Authorization") ?? "";
  const token = header.replace(/^Bearer\s+/i, "");
  if (!token) return c.json({ error: "missing token" }, 401);

  const key = c.req.header("X-Internal-Call")
    ? new TextEncoder().encode(c.env.INTERNAL_SECRET)
    : await importSPKI(c.env.AUTH_PUBLIC_KEY, "RS256");

  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ACCEPTED_ALGS });
    c.set("claims", payload);
  } catch {
    return c.json({ error: "invalid token" }, 401);
  }
  await next();
});

const app = new Hono<Env>();

app.use("/api/*", requireAuth);

app.get("/api/me", (c) => c.json({ sub: c.get("claims").sub }));

export default app;
