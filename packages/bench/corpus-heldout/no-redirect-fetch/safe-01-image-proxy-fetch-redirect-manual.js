// pattern: sarayu-01/webtech backend/routes/imageProxy.js (image proxy route) using fetch with a hostname allowlist
const express = require('express');

const router = express.Router();

const IMAGE_HOSTS = new Set(['images.unsplash.com', 'i.imgur.com', 'cdn.shopify.com']);

router.get('/', async (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.url));
  } catch {
    return res.status(400).send('Invalid url');
  }
  if (target.protocol !== 'https:' || !IMAGE_HOSTS.has(target.hostname)) {
    return res.status(403).send('Host not allowed');
  }

  const upstream = await fetch(target, { redirect: 'manual', signal: AbortSignal.timeout(8000) });
  if (upstream.status !== 200) {
    return res.status(502).send('Image load failed');
  }
  res.set('Content-Type', upstream.headers.get('content-type') || 'application/octet-stream');
  res.set('Cache-Control', 'public, max-age=86400');
  return res.send(Buffer.from(await upstream.arrayBuffer()));
});

module.exports = router;
