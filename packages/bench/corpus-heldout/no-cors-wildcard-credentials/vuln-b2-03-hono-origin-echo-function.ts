// pattern: hono/cors with an origin function and credentials (honojs docs "CORS Middleware", puruhitaaa/unithrift-be auth-cors.ts); flaw at line 12
import { Hono } from "hono";
import { cors } from "hono/cors";
import { authRoutes } from "./routes/auth";
import { listingRoutes } from "./routes/listings";

const app = new Hono();

app.use(
  "/api/*",
  cors({
    origin: (origin) => origin,
    allowHeaders: ["Content-Type", "Authorization"],
    allowMethods: ["GET", "POST", "PUT", "DELETE", "OPTIONS"],
    exposeHeaders: ["Content-Length"],
    maxAge: 600,
    credentials: true,
  }),
);

app.route("/api/auth", authRoutes);
app.route("/api/listings", listingRoutes);

export default app;
