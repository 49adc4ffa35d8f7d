// pattern: sarayu-01/webtech backend/routes/imageProxy.js (axios arraybuffer image proxy) plus a hostname allowlist; flaw: line 22
const express = require('express');
const axios = require('axios');

const router = express.Router();

const IMAGE_HOSTS = new Set(['images.unsplash.com', 'i.imgur.com', 'cdn.shopify.com']);

router.get('/', async (req, res) => {
  const { url } = req.query;
  let target;
  try {
    target = new URL(String(url));
  } catch {
    return res.status(400).send('Invalid url');
  }
  if (target.protocol !== 'https:' || !IMAGE_HOSTS.has(target.hostname)) {
    return res.status(403).send('Host not allowed');
  }

  try {
    const response = await axios.get(target.toString(), { responseType: 'arraybuffer', timeout: 8000 });
    res.set('Content-Type', response.headers['content-type'] || 'application/octet-stream');
    res.set('Cache-Control', 'public, max-age=86400');
    return res.send(response.data);
  } catch (err) {
    return res.status(502).send('Image load failed');
  }
});

module.exports = router;
