// pattern: Express image proxy handler (req.query.url passed to fetch, as in public imageProxy controllers) with redirect: 'manual'; flaw: line 13
const express = require('express');

const app = express();

app.get('/api/proxy/image', async (req, res) => {
  const imageUrl = req.query.url;
  if (!imageUrl) {
    return res.status(400).send('Image URL is required');
  }

  try {
    const upstream = await fetch(imageUrl, { redirect: 'manual' });
    if (upstream.status >= 300 && upstream.status < 400) {
      return res.status(502).send('Upstream redirected');
    }
    const contentType = upstream.headers.get('content-type');
    const buffer = Buffer.from(await upstream.arrayBuffer());
    res.setHeader('Content-Type', contentType || 'image/jpeg');
    return res.send(buffer);
  } catch (error) {
    console.error('Error proxying image:', error);
    return res.status(500).send('Failed to fetch image');
  }
});

module.exports = app;
