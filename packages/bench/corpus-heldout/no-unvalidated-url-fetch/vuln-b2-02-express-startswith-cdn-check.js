// pattern: Express download proxy guarded by url.startsWith on the raw string (OWASP SSRF cheat sheet anti-pattern; axios stream proxying examples); flaw at line 15
const express = require('express');
const axios = require('axios');

const router = express.Router();
const ASSET_PREFIX = 'https://assets.mediahub-cdn.com';

router.get('/download', async (req, res, next) => {
  const { file } = req.query;
  if (typeof file !== 'string' || !file.startsWith(ASSET_PREFIX)) {
    return res.status(400).send('Only MediaHub assets can be downloaded');
  }

  try {
    const upstream = await axios({ method: 'get', url: file, responseType: 'stream' });
    res.setHeader('Content-Disposition', 'attachment');
    res.setHeader('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
    upstream.data.pipe(res);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
