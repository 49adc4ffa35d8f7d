// pattern: Intina47/link-preview-library api/preview.js (axios + cheerio link preview) restricted to known hosts
import axios from 'axios';
import * as cheerio from 'cheerio';
import type { Request, Response } from 'express';

const PREVIEWABLE = new Set(['github.com', 'www.npmjs.com', 'developer.mozilla.org', 'stackoverflow.com']);

export async function preview(req: Request, res: Response) {
  const url = String(req.query.url ?? '');
  let hostname: string;
  try {
    ({ hostname } = new URL(url));
  } catch {
    return res.status(400).json({ error: 'URL is required' });
  }
  if (!PREVIEWABLE.has(hostname)) {
    return res.status(400).json({ error: 'Previews are only available for supported sites' });
  }

  try {
    const { data } = await axios.get<string>(url, { maxRedirects: 0, timeout: 6000, responseType: 'text' });
    const $ = cheerio.load(data);
    return res.json({
      title: $('meta[property="og:title"]').attr('content') || $('title').text(),
      image: $('meta[property="og:image"]').attr('content') || null,
      url,
    });
  } catch {
    return res.status(502).json({ error: 'Failed to fetch the URL' });
  }
}
