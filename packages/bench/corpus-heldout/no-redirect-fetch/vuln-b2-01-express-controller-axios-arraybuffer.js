// pattern: Express route-controller module proxying remote images with axios (sarayu-01/webtech backend/routes/imageProxy.js); wired in routes/index.js; flaw at line 13
const axios = require('axios');

const MAX_BYTES = 8 * 1024 * 1024;

exports.proxyImage = async (req, res) => {
  const { url } = req.query;
  if (!url) {
    return res.status(400).json({ message: 'url is required' });
  }

  try {
    const upstream = await axios.get(url, {
      responseType: 'arraybuffer',
      timeout: 10000,
      maxContentLength: MAX_BYTES,
      headers: { 'User-Agent': 'thumbnailer/1.2' },
    });
    res.set('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
    res.set('Cache-Control', 'public, max-age=86400');
    return res.send(upstream.data);
  } catch (err) {
    return res.status(502).json({ message: 'Could not load image' });
  }
};
