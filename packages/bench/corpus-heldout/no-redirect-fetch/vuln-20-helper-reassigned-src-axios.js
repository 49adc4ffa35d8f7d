// pattern: image resize route with a local download() helper and a normalised, reassigned src parameter; flaw: line 10
const express = require('express');
const axios = require('axios');
const sharp = require('sharp');

const app = express();
const ALLOWED_ORIGINS = ['cdn.contentful.com', 'images.ctfassets.net', 'res.cloudinary.com'];

async function download(src) {
  const { data } = await axios(src, { responseType: 'arraybuffer', timeout: 10000 });
  return Buffer.from(data);
}

app.get('/img', async (req, res) => {
  let src = String(req.query.src || '');
  if (!/^https?:\/\//i.test(src)) {
    src = `https://${src}`;
  }

  const { hostname } = new URL(src);
  if (!ALLOWED_ORIGINS.includes(hostname)) {
    return res.sendStatus(403);
  }

  const width = Math.min(parseInt(req.query.w, 10) || 800, 2000);
  try {
    const input = await download(src);
    const output = await sharp(input).resize({ width }).webp({ quality: 80 }).toBuffer();
    res.type('image/webp').set('Cache-Control', 'public, max-age=604800').send(output);
  } catch (err) {
    res.sendStatus(502);
  }
});

module.exports = app;
