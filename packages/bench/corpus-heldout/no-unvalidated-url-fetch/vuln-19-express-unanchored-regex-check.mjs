// pattern: Express oEmbed relay with an unanchored regex on the raw URL, fetch with redirects off; flaw: line 13
import express from 'express';

const app = express();
const SUPPORTED = /(youtube\.com|youtu\.be|vimeo\.com)\//;

app.get('/oembed', async (req, res) => {
  const pageUrl = String(req.query.url ?? '');
  if (!SUPPORTED.test(pageUrl)) {
    return res.status(422).json({ error: 'unsupported provider' });
  }

  const page = await fetch(pageUrl, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
  const html = await page.text();
  const title = html.match(/<meta property="og:title" content="([^"]*)"/)?.[1] ?? null;
  const thumbnail = html.match(/<meta property="og:image" content="([^"]*)"/)?.[1] ?? null;
  res.json({ title, thumbnail_url: thumbnail, provider_url: new URL(pageUrl).origin });
});

export default app;
