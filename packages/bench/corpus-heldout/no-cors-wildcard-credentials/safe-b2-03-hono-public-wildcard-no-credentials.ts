// pattern: hono/cors origin '*' on a public read-only API without credentials (dangjingtao/open-proxy-apis src/middlewares/cors.ts)
import { Hono } from "hono";
import { cors } from "hono/cors";
import { getRates } from "./rates";

const app = new Hono();

app.use(
  "/v1/*",
  cors({
    origin: "*",
    allowMethods: ["GET", "HEAD", "OPTIONS"],
    allowHeaders: ["Content-Type"],
    maxAge: 86400,
  }),
);

app.get("/v1/rates/:base", async (c) => {
  const base = c.req.param("base").toUpperCase();
  const rates = await getRates(base);
  c.header("Cache-Control", "public, max-age=300");
  return c.json({ base, rates });
});

export default app;
