const express = require('express');

const app = express();
const PREVIEW_HOSTS = new Set(['www.youtube.com', 'vimeo.com']);

app.get('/api/link-preview', async (req, res) => {
  let target;
  try {
    target = new URL(req.query.url);
  } catch {
    return res.status(400).json({ error: 'invalid url' });
  }
  if (!PREVIEW_HOSTS.has(target.hostname)) return res.status(400).json({ error: 'host not allowed' });
  const response = await fetch(target, { redirect: 'error' });
  res.json({ status: response.status });
});

app.listen(3000);
