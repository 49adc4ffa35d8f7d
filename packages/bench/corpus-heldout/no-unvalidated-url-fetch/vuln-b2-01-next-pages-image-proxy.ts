// pattern: Next.js pages-router image proxy (/pages/api/image-proxy.ts seen in several repos, Derick-Ochieng-Owino/Africulture api/proxy.js); flaw at line 12
import type { NextApiRequest, NextApiResponse } from "next";

export const config = { api: { responseLimit: "8mb" } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const imageUrl = Array.isArray(req.query.url) ? req.query.url[0] : req.query.url;
  if (!imageUrl) {
    return res.status(400).json({ error: "Missing 'url' query parameter." });
  }

  const upstream = await fetch(decodeURIComponent(imageUrl));
  if (!upstream.ok) {
    return res.status(502).json({ error: "Failed to fetch the image." });
  }

  res.setHeader("Content-Type", upstream.headers.get("content-type") ?? "image/jpeg");
  res.setHeader("Cache-Control", "public, max-age=604800, immutable");
  res.send(Buffer.from(await upstream.arrayBuffer()));
}
