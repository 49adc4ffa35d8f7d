// pattern: express-jwt v8 with jwks-rsa expressJwtSecret (auth0 express quickstart, auth0/express-jwt README)
import express from "express";
import { expressjwt, type Request as JWTRequest } from "express-jwt";
import jwksRsa from "jwks-rsa";

const domain = process.env.AUTH0_DOMAIN!;
const audience = process.env.AUTH0_AUDIENCE!;

const checkJwt = expressjwt({
  secret: jwksRsa.expressJwtSecret({
    cache: true,
    rateLimit: true,
    jwksRequestsPerMinute: 5,
    jwksUri: `https://${domain}/.well-known/jwks.json`,
  }) as any,
  audience,
  issuer: `https://${domain}/`,
  algorithms: ["RS256"],
});

const app = express();

app.get("/api/public", (_req, res) => {
  res.json({ message: "Hello from a public endpoint" });
});

app.get("/api/private", checkJwt, (req: JWTRequest, res) => {
  res.json({ message: "Hello from a private endpoint", sub: req.auth?.sub });
});

app.listen(Number(process.env.PORT ?? 3001));
