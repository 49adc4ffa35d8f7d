// pattern: Intina47/link-preview-library api/preview.js (axios + cheerio link preview) restricted to known hosts; flaw: line 19
import axios from 'axios';
import * as cheerio from 'cheerio';

const PREVIEWABLE = new Set(['github.com', 'www.npmjs.com', 'developer.mozilla.org', 'stackoverflow.com']);

export default async function preview(req, res) {
  const { url } = req.query;
  if (!url) {
    return res.status(400).json({ error: 'URL is required' });
  }

  const { hostname } = new URL(url);
  if (!PREVIEWABLE.has(hostname)) {
    return res.status(400).json({ error: 'Previews are only available for supported sites' });
  }

  try {
    const { data } = await axios.get(url, { maxRedirects: 5, timeout: 6000 });
    const $ = cheerio.load(data);
    return res.status(200).json({
      title: $('meta[property="og:title"]').attr('content') || $('title').text(),
      description: $('meta[property="og:description"]').attr('content') || '',
      image: $('meta[property="og:image"]').attr('content') || null,
      url,
    });
  } catch (error) {
    return res.status(502).json({ error: 'Failed to fetch the URL' });
  }
}
