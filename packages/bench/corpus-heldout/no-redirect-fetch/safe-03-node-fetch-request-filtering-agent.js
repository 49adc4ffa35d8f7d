// pattern: azu/request-filtering-agent README (node-fetch with useAgent(url)) in a link preview route
const express = require('express');
const fetch = require('node-fetch');
const { useAgent } = require('request-filtering-agent');

const router = express.Router();

router.post('/unfurl', async (req, res) => {
  const { url } = req.body;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    return res.status(400).json({ error: 'Invalid or missing URL' });
  }

  try {
    const response = await fetch(url, {
      agent: useAgent(url),
      timeout: 8000,
      headers: { 'User-Agent': 'Mozilla/5.0 (compatible; linkbot/1.0)' },
    });
    const html = await response.text();
    const title = (html.match(/<title>(.*?)<\/title>/i) || [])[1] || '';
    const ogImage = (html.match(/property="og:image" content="(.*?)"/i) || [])[1] || null;
    return res.json({ title, ogImage, url });
  } catch (err) {
    return res.status(502).json({ error: 'Could not preview that page' });
  }
});

module.exports = router;
