// pattern: Next.js pages-router API route fetching link previews with node-fetch after a hostname allowlist (vercel examples, link-preview tutorials); flaw at line 24
import type { NextApiRequest, NextApiResponse } from "next";
import fetch from "node-fetch";
import * as cheerio from "cheerio";

const PREVIEW_HOSTS = new Set(["youtube.com", "www.youtube.com", "vimeo.com", "github.com"]);

type Preview = { title?: string; description?: string; image?: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse<Preview | { error: string }>) {
  if (req.method !== "POST") return res.status(405).end();

  const { link } = req.body as { link?: string };
  let target: URL;
  try {
    target = new URL(String(link));
  } catch {
    return res.status(400).json({ error: "invalid link" });
  }
  if (!PREVIEW_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: "unsupported site" });
  }

  const page = await fetch(target.toString(), { headers: { Accept: "text/html" } });
  const $ = cheerio.load(await page.text());
  res.status(200).json({
    title: $('meta[property="og:title"]').attr("content") ?? $("title").text(),
    description: $('meta[property="og:description"]').attr("content"),
    image: $('meta[property="og:image"]').attr("content"),
  });
}
