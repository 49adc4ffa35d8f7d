// pattern: Express image proxy handler (req.query.url passed to fetch) with a hostname allowlist
const express = require('express');

const app = express();

const IMAGE_HOSTS = new Set(['images.unsplash.com', 'i.imgur.com', 'pbs.twimg.com']);

app.get('/api/proxy/image', async (req, res) => {
  let imageUrl;
  try {
    imageUrl = new URL(String(req.query.url));
  } catch {
    return res.status(400).send('Image URL is required');
  }
  if (imageUrl.protocol !== 'https:' || !IMAGE_HOSTS.has(imageUrl.hostname)) {
    return res.status(403).send('Image host not allowed');
  }

  try {
    const upstream = await fetch(imageUrl, { redirect: 'manual' });
    if (upstream.status !== 200) {
      return res.status(502).send('Failed to fetch image');
    }
    res.setHeader('Content-Type', upstream.headers.get('content-type') || 'image/jpeg');
    return res.send(Buffer.from(await upstream.arrayBuffer()));
  } catch (error) {
    return res.status(500).send('Failed to fetch image');
  }
});

module.exports = app;
