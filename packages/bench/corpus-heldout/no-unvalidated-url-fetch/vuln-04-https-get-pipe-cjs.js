// pattern: node https.get download piped to the Express response (no HTTP client library); flaw: line 13
const https = require('https');
const express = require('express');

const router = express.Router();

router.get('/download', (req, res) => {
  const fileUrl = req.query.file;
  if (!fileUrl) {
    return res.status(400).json({ error: 'file is required' });
  }

  const upstream = https.get(fileUrl, { timeout: 15000 }, (response) => {
    if (response.statusCode !== 200) {
      response.resume();
      return res.status(502).json({ error: `upstream responded ${response.statusCode}` });
    }
    res.setHeader('Content-Type', response.headers['content-type'] || 'application/octet-stream');
    response.pipe(res);
  });

  upstream.on('error', () => {
    if (!res.headersSent) res.status(502).json({ error: 'download failed' });
  });
});

module.exports = router;
