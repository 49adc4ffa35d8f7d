// pattern: Express "credentials" middleware reflecting Origin only for an allowlist (config/allowedOrigins + middleware/credentials.js pattern seen in many MERN repos, here with a Set)
import type { NextFunction, Request, Response } from "express";

const ALLOWED_ORIGINS = new Set<string>([
  "https://portal.brightlane.com",
  "https://brightlane.com",
]);

export function corsWithCredentials(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin;

  if (origin && ALLOWED_ORIGINS.has(origin)) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
    res.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
  }
  res.append("Vary", "Origin");

  if (req.method === "OPTIONS") {
    res.sendStatus(204);
    return;
  }
  next();
}
